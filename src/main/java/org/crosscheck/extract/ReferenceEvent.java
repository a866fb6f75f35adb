package org.crosscheck.extract;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * A widely known dated event that articles refer to without a year ("Operation Al-Aqsa Flood", "Hamas ... on
 * October 7"). An article naming it was written after it, which fixes the year of its other year-less dates when
 * nothing else does. Read from the bundled {@code reference-events.csv}.
 *
 * @param names   distinctive names: any of them in the text names the event
 * @param context words that, in the same sentence as the event's month and day, identify the event
 */
public record ReferenceEvent(LocalDate date, List<String> names, List<String> context) {

    static final String BUNDLED = "/org/crosscheck/extract/reference-events.csv";

    public ReferenceEvent {
        names = names.stream().map(FoldedText::fold).toList();
        context = context.stream().map(FoldedText::fold).toList();
    }

    boolean namedIn(String folded) {
        return names.stream().anyMatch(folded::contains);
    }

    boolean contextNear(String folded, int position) {
        int from = Math.max(0, folded.lastIndexOf('.', position) + 1);
        int to = folded.indexOf('.', position);
        var sentence = folded.substring(from, to < 0 ? folded.length() : to);
        return context.stream().anyMatch(sentence::contains);
    }

    /** The events bundled with the application. */
    public static List<ReferenceEvent> bundled() {
        try (var in = ReferenceEvent.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the list of reference events " + BUNDLED + " is missing from the build");
            }
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            var result = new ArrayList<ReferenceEvent>();
            try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (var row : parser) {
                    result.add(new ReferenceEvent(LocalDate.parse(row.get("date")), split(row.get("names")),
                            split(row.get("context"))));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String cell) {
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
