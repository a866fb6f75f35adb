package org.crosscheck.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The columns of the article list: everything but the text, so a page of them stays small; {@code lead} is the
 * text's opening words, which the list shows when an article states no title.
 */
public record ArticleSummary(long id, String fileName, String outlet, String title, String language,
                             LocalDate published, int charCount, String lead) {

    /** How many characters of the text make an article's lead. */
    public static final int LEAD_LENGTH = 240;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The summary of an article held whole. */
    public static ArticleSummary of(Article article) {
        return new ArticleSummary(article.id(), article.fileName(), article.outlet(), article.title(),
                article.language(), article.published(), article.charCount(), lead(opening(article.text())));
    }

    /** The text's first {@link #LEAD_LENGTH} characters, as stored beside the list's columns. */
    public static String opening(String text) {
        int end = Math.min(text.length(), LEAD_LENGTH);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The lead made from the text's first {@link #LEAD_LENGTH} characters: trimmed, runs of white space as one. */
    public static String lead(String opening) {
        return WHITESPACE.matcher(opening.strip()).replaceAll(" ");
    }
}
