package org.crosscheck.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;

/**
 * One hand-annotated article of the evaluation set: {@code NAME.txt} and its {@code NAME.gold} (format in the gold
 * folder's README): outlet and publication date, the attacks it reports, its claims and its links.
 */
public record GoldArticle(String name, String text, String outlet, LocalDate published, Set<String> incidents,
                          Set<String> claims, Set<String> links) {

    /** Every {@code .txt} with a {@code .gold} beside it in the folder, by name. */
    public static List<GoldArticle> readFolder(Path folder) throws IOException {
        var result = new ArrayList<GoldArticle>();
        try (Stream<Path> files = Files.list(folder)) {
            for (var text : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                var name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                var gold = text.resolveSibling(name + ".gold");
                if (Files.exists(gold)) {
                    result.add(read(name, Files.readString(text, StandardCharsets.UTF_8),
                            new StringReader(Files.readString(gold, StandardCharsets.UTF_8))));
                }
            }
        }
        return result;
    }

    static GoldArticle read(String name, String text, Reader gold) throws IOException {
        String outlet = null;
        LocalDate published = null;
        var incidents = new HashSet<String>();
        var claims = new HashSet<String>();
        var links = new HashSet<String>();
        var format = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(gold)) {
            for (var row : parser) {
                try {
                    switch (row.get(0).strip()) {
                        case "outlet" -> outlet = row.get(1).strip();
                        case "published" -> published = LocalDate.parse(row.get(1).strip());
                        case "incident" -> incidents.add(row.get(1).strip() + "|" + LocalDate.parse(row.get(2).strip()));
                        case "claim" -> claims.add(claimKey(row.get(1), row.get(2), row.get(3)));
                        case "link" -> links.add(row.get(1).strip() + "|" + row.get(2).strip() + "|" + row.get(3).strip());
                        default -> throw new IOException(name + ".gold line " + parser.getCurrentLineNumber()
                                + ": unknown kind \"" + row.get(0) + "\"");
                    }
                } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                    throw new IOException(name + ".gold line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return new GoldArticle(name, text, outlet, published, Set.copyOf(incidents), Set.copyOf(claims),
                Set.copyOf(links));
    }

    /** Claims compare by site, aspect and value, ignoring case and spacing. */
    static String claimKey(String site, String aspect, String value) {
        return site.strip() + "|" + aspect.strip().toLowerCase(Locale.ROOT) + "|"
                + value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
