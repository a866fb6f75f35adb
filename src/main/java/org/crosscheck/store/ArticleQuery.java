package org.crosscheck.store;

import java.time.LocalDate;

/**
 * What the article list shows: an optional full-text search, an optional publication-date window (inclusive) and
 * the sort order.
 */
public record ArticleQuery(String search, LocalDate from, LocalDate to, Sort sort, boolean ascending) {

    /** Sortable columns of the article list. */
    public enum Sort {
        PUBLISHED("a.published"), OUTLET("o.name"), TITLE("a.title"), LANGUAGE("a.language"), FILE("a.file_name");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, Sort.PUBLISHED, true);
    }

    public ArticleQuery withSearch(String text) {
        return new ArticleQuery(text, from, to, sort, ascending);
    }

    public ArticleQuery withWindow(LocalDate newFrom, LocalDate newTo) {
        return new ArticleQuery(search, newFrom, newTo, sort, ascending);
    }

    public ArticleQuery withSort(Sort newSort, boolean newAscending) {
        return new ArticleQuery(search, from, to, newSort, newAscending);
    }

    boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
