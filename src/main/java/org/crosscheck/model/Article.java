package org.crosscheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One imported news article: its text exactly as stored (all spans point into it) and the metadata read from it.
 * Metadata that the text does not state stays {@code null}; each stated value keeps the span it came from.
 */
public record Article(
        long id,
        String fileName,
        String sha256,
        String text,
        String outlet,
        Span outletSpan,
        String title,
        Span titleSpan,
        String language,
        LocalDate published,
        DateBasis publishedBasis,
        Span publishedSpan,
        Instant importedAt) {

    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
    }

    public int charCount() {
        return text.length();
    }

    public Article withId(long newId) {
        return new Article(newId, fileName, sha256, text, outlet, outletSpan, title, titleSpan, language,
                published, publishedBasis, publishedSpan, importedAt);
    }

    /** The analyst's edit of the header fields; an edited value no longer points at a span. */
    public Article withHeader(String newOutlet, String newTitle, LocalDate newPublished) {
        var outletChanged = !Objects.equals(outlet, newOutlet);
        var titleChanged = !Objects.equals(title, newTitle);
        var dateChanged = !Objects.equals(published, newPublished);
        return new Article(id, fileName, sha256, text,
                newOutlet, outletChanged ? null : outletSpan,
                newTitle, titleChanged ? null : titleSpan,
                language,
                newPublished,
                dateChanged ? (newPublished == null ? null : DateBasis.EXPLICIT) : publishedBasis,
                dateChanged ? null : publishedSpan,
                importedAt);
    }
}
