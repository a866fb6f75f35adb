package org.crosscheck.store;

import java.time.LocalDate;

/**
 * What the article list shows: an optional full-text search, an optional time window (inclusive: articles published
 * in it or reporting an incident in it), an optional tag the articles must carry, and the sort order.
 */
public record ArticleQuery(String search, LocalDate from, LocalDate to, Sort sort, boolean ascending, Long tagId) {

    /** Sortable columns of the article list. */
    public enum Sort {
        PUBLISHED("a.published"), OUTLET("o.name"), TITLE("a.title"), LANGUAGE("a.language"), FILE("a.file_name");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, Sort.PUBLISHED, true, null);
    }

    public ArticleQuery withSearch(String text) {
        return new ArticleQuery(text, from, to, sort, ascending, tagId);
    }

    public ArticleQuery withWindow(LocalDate newFrom, LocalDate newTo) {
        return new ArticleQuery(search, newFrom, newTo, sort, ascending, tagId);
    }

    public ArticleQuery withSort(Sort newSort, boolean newAscending) {
        return new ArticleQuery(search, from, to, newSort, newAscending, tagId);
    }

    /** Only the articles carrying the tag; null for all. */
    public ArticleQuery withTag(Long newTagId) {
        return new ArticleQuery(search, from, to, sort, ascending, newTagId);
    }

    /** True when something narrows the list (search, window or tag), so "N of M" is worth saying. */
    public boolean isFiltered() {
        return hasSearch() || from != null || to != null || tagId != null;
    }

    boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
