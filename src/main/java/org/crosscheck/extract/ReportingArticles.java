package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.DateRange;

/**
 * Which articles report the incidents of each day, built once from the incident summaries the map and timeline
 * already hold, so that the article list learns the articles reporting an incident in a brushed window with two
 * binary searches and a union of bits in memory instead of a join over every claim on each brush. Undated incidents
 * are never in a window with a bound, as in the database's date comparison.
 */
public final class ReportingArticles {

    /** Event dates as epoch days, ascending; only dated incidents. */
    private final long[] days;
    /**
     * The reporting article ids of the incident at the same position. A brush sets them as bits, so an id beyond
     * 2^31 (H2 hands them out from 1) would fail loudly instead of being lost.
     */
    private final long[][] articleIds;

    private ReportingArticles(long[] days, long[][] articleIds) {
        this.days = days;
        this.articleIds = articleIds;
    }

    public static ReportingArticles of(List<IncidentSummary> summaries) {
        var dated = summaries.stream().filter(summary -> summary.incident().eventDate() != null)
                .sorted(Comparator.comparing(summary -> summary.incident().eventDate())).toList();
        var days = new long[dated.size()];
        var ids = new long[dated.size()][];
        for (int i = 0; i < dated.size(); i++) {
            days[i] = dated.get(i).incident().eventDate().toEpochDay();
            ids[i] = dated.get(i).articleIds().stream().mapToLong(Long::longValue).toArray();
        }
        return new ReportingArticles(days, ids);
    }

    /**
     * The ids of the articles with a claim on an incident whose event date is in the window, ascending and each
     * once; for {@link DateRange#ALL}, those of every dated incident.
     */
    public List<Long> in(DateRange window) {
        int start = SortedDays.start(days, window);
        int end = SortedDays.end(days, window);
        if (start >= end) {
            return List.of();
        }
        var reporting = new BitSet();
        for (int i = start; i < end; i++) {
            for (long id : articleIds[i]) {
                reporting.set(Math.toIntExact(id));
            }
        }
        var ids = new ArrayList<Long>(reporting.cardinality());
        for (int id = reporting.nextSetBit(0); id >= 0; id = reporting.nextSetBit(id + 1)) {
            ids.add((long) id);
        }
        return ids;
    }
}
