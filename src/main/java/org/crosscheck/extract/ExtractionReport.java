package org.crosscheck.extract;

import java.util.List;

/**
 * What one extraction run did: articles read, incidents created, claims and links stored, attacks whose date could
 * not be anchored, and the median time the pure extraction took per article.
 */
public record ExtractionReport(int articles, int newIncidents, int claims, int links, int undated,
                               List<String> problems, double medianMillisPerArticle, boolean cancelled) {

    public ExtractionReport {
        problems = List.copyOf(problems);
    }

    /** One line for the status bar and the CLI. */
    public String summary() {
        if (cancelled) {
            return articles == 0 ? "extraction cancelled; nothing was changed"
                    : "extraction cancelled after " + articles + " articles; what they gave is stored";
        }
        return String.format(java.util.Locale.ROOT,
                "extracted %d articles: %d new incidents, %d claims, %d links, %d undated attacks, %.2f ms/article",
                articles, newIncidents, claims, links, undated, medianMillisPerArticle);
    }
}
