package org.crosscheck.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article's stored metadata without its text: what an export writes about each article, read without loading
 * every text ({@code charCount} is the stored length of the text).
 */
public record ArticleMetadata(long id, String fileName, String sha256, String outlet, String title, String language,
                              LocalDate published, DateBasis publishedBasis, Instant importedAt, int charCount) {
}
