package org.crosscheck.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What the article list shows: an optional full-text search, an optional time window (inclusive: articles published
 * in it or reporting an incident in it), an optional tag the articles must carry, and the sort order.
 *
 * @param reportingIds the articles with a claim on an incident in the window when the caller already knows them
 *                     (the views hold every incident summary), so the store need not join the claims; null lets the
 *                     store find them
 */
public record ArticleQuery(String search, LocalDate from, LocalDate to, Sort sort, boolean ascending, Long tagId,
                           List<Long> reportingIds) {

    /** Sortable columns of the article list. */
    public enum Sort {
        PUBLISHED("a.published"), OUTLET("o.name"), TITLE("a.title"), LANGUAGE("a.language"), FILE("a.file_name");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public ArticleQuery {
        reportingIds = reportingIds == null ? null : List.copyOf(reportingIds);
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, Sort.PUBLISHED, true, null, null);
    }

    public ArticleQuery withSearch(String text) {
        return new ArticleQuery(text, from, to, sort, ascending, tagId, reportingIds);
    }

    /** The window with the store finding the articles that report its incidents. */
    public ArticleQuery withWindow(LocalDate newFrom, LocalDate newTo) {
        return new ArticleQuery(search, newFrom, newTo, sort, ascending, tagId, null);
    }

    /** The window and the ids of the articles with a claim on an incident in it, as the caller knows them. */
    public ArticleQuery withWindow(LocalDate newFrom, LocalDate newTo, List<Long> newReportingIds) {
        return new ArticleQuery(search, newFrom, newTo, sort, ascending, tagId, newReportingIds);
    }

    public ArticleQuery withSort(Sort newSort, boolean newAscending) {
        return new ArticleQuery(search, from, to, newSort, newAscending, tagId, reportingIds);
    }

    /** Only the articles carrying the tag; null for all. */
    public ArticleQuery withTag(Long newTagId) {
        return new ArticleQuery(search, from, to, sort, ascending, newTagId, reportingIds);
    }

    /** True when something narrows the list (search, window or tag), so "N of M" is worth saying. */
    public boolean isFiltered() {
        return hasSearch() || from != null || to != null || tagId != null;
    }

    boolean hasSearch() {
        return search != null && !search.isBlank();
    }

    /** True when the list is narrowed to a time window. */
    public boolean hasWindow() {
        return from != null || to != null;
    }

    /** Names the reporting articles by their number only: a brush may carry thousands. */
    @Override
    public String toString() {
        return "ArticleQuery[search=" + search + ", from=" + from + ", to=" + to + ", sort=" + sort + ", ascending="
                + ascending + ", tagId=" + tagId + ", reportingIds="
                + (reportingIds == null ? "null" : reportingIds.size() + " ids") + "]";
    }
}
