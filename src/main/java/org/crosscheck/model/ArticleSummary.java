package org.crosscheck.model;

import java.time.LocalDate;

/**
 * The columns of the article list: everything but the text, so a page of them stays small; {@code lead} is the
 * text's opening words, which the list shows when an article states no title.
 */
public record ArticleSummary(long id, String fileName, String outlet, String title, String language,
                             LocalDate published, int charCount, String lead) {
}
