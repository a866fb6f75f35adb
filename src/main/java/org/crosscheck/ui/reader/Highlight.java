package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.crosscheck.model.Span;

/**
 * A span of the article text the reader marks with a CSS style class and an optional hover text: search hits, the
 * span the workspace points at, and the sites, dates and claims the extractor found. A highlight is drawn as a band
 * behind the text, a tint, or a line under it, so a site inside a claim stays visible.
 */
public record Highlight(Span span, String styleClass, String tooltip, Mark mark) {

    public static final String SEARCH_HIT = "search-hit";
    public static final String TARGET = "reader-target";

    /**
     * How the reader draws a highlight: BAND behind the text (bands stack where they overlap); TINT behind the text
     * where overlapping tints never stack, the narrowest one showing (claims of one sentence keep a clean colour);
     * UNDERLINE as a line under the text.
     */
    public enum Mark { BAND, TINT, UNDERLINE }

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(styleClass, "styleClass");
        Objects.requireNonNull(mark, "mark");
    }

    /** A highlight drawn as a band behind the text. */
    public Highlight(Span span, String styleClass, String tooltip) {
        this(span, styleClass, tooltip, Mark.BAND);
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
