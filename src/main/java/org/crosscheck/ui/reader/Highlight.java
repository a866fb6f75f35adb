package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crosscheck.model.Span;

/**
 * A span of the article text the reader marks with a CSS style class and an optional hover text: search hits now,
 * and sites, dates and claims for whoever extracts them.
 */
public record Highlight(Span span, String styleClass, String tooltip) {

    public static final String SEARCH_HIT = "search-hit";
    public static final String TARGET = "reader-target";

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(styleClass, "styleClass");
    }

    /**
     * Every occurrence in {@code text} of a word of the search, case-insensitive, starting at a word boundary
     * (so "base" marks "bases" but not "airbase"), as search hits.
     */
    public static List<Highlight> searchHits(String text, String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        var hits = new ArrayList<Highlight>();
        for (var word : search.strip().split("[\\s\\p{Punct}]+")) {
            if (word.length() < 2) {
                continue;
            }
            var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (matcher.find()) {
                hits.add(new Highlight(new Span(matcher.start(), matcher.end()), SEARCH_HIT, null));
            }
        }
        return hits;
    }
}
