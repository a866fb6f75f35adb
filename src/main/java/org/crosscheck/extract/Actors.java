package org.crosscheck.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Known armed groups and official bodies with their names in the languages extraction reads, so "IRI", "the Islamic
 * Resistance of Iraq", "المقاومة الإسلامية في العراق" and "la Résistance islamique en Irak" all become one actor and reports in
 * different languages agree on who claimed an attack. Read from the bundled {@code actors.csv}.
 */
final class Actors {

    static final String BUNDLED = "/org/crosscheck/extract/actors.csv";
    /** A leading article: a whole word ("the", "o", "al"), or written onto the name ("l'", "al-"). */
    private static final String LEADING_ARTICLE = "^(?:(?:the|la|le|les|el|los|las|o|os|al)\\s+|l'|al-)";

    private final Map<String, String> byAlias = new HashMap<>();
    private final List<String> aliasesLongestFirst = new ArrayList<>();

    Actors(Map<String, List<String>> aliasesByName) {
        aliasesByName.forEach((name, aliases) -> {
            byAlias.put(key(name), name);
            aliases.forEach(alias -> byAlias.put(key(alias), name));
        });
        aliasesLongestFirst.addAll(byAlias.keySet());
        aliasesLongestFirst.sort((a, b) -> b.length() - a.length());
    }

    /** The actors bundled with the application, read once. */
    static Actors bundled() {
        return Holder.BUNDLED_ACTORS;
    }

    private static final class Holder {
        static final Actors BUNDLED_ACTORS = read();
    }

    private static Actors read() {
        try (var in = Actors.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the list of known actors " + BUNDLED + " is missing from the build");
            }
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            var aliases = new java.util.LinkedHashMap<String, List<String>>();
            try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (var row : parser) {
                    aliases.put(row.get("name").strip(), Arrays.stream(row.get("aliases").split(";"))
                            .map(String::strip).filter(alias -> !alias.isEmpty()).toList());
                }
            }
            return new Actors(aliases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical name of a claimant: the known actor the phrase names (whole phrase, or a known name inside it:
     * "the Mujahideen of the Islamic Resistance in Iraq"), else the phrase as written.
     */
    String actor(String phrase) {
        if (phrase == null) {
            return null;
        }
        var key = key(phrase);
        var exact = byAlias.get(key);
        if (exact != null) {
            return exact;
        }
        var padded = " " + key + " ";
        for (var alias : aliasesLongestFirst) {
            if (padded.contains(" " + alias + " ")) {
                return byAlias.get(alias);
            }
        }
        return phrase;
    }

    /** The canonical name of a speaker only when the whole phrase names a known body ("DoD" → "Pentagon"). */
    String speaker(String phrase) {
        if (phrase == null) {
            return null;
        }
        return byAlias.getOrDefault(key(phrase), phrase);
    }

    /** Folded, without punctuation, a leading article or "US"/"U.S." spelling differences. */
    private static String key(String phrase) {
        var folded = FoldedText.fold(phrase).replace("u.s.", "us").replaceAll("[’'`]", "'");
        folded = folded.replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
        return folded.replaceFirst(LEADING_ARTICLE, "").strip();
    }
}
