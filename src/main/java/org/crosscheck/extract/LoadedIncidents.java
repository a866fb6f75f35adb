package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.DateRange;

/**
 * The incident summaries of the last load of every incident, kept by date without their article ids and report
 * dates, so the incidents list filters a brushed window in memory (two binary searches) instead of asking the
 * database again, which takes seconds for one month at 100,000 articles. A window holds what the database's date
 * comparison gives: the incidents dated inside it; {@link DateRange#ALL} holds every incident, undated ones too.
 */
public final class LoadedIncidents {

    /** Every incident, by id. */
    private final List<IncidentSummary> all;
    /** Event dates as epoch days, ascending; only dated incidents. */
    private final long[] days;
    /** The dated incidents, in the order of {@link #days}. */
    private final IncidentSummary[] byDate;

    private LoadedIncidents(List<IncidentSummary> all, long[] days, IncidentSummary[] byDate) {
        this.all = all;
        this.days = days;
        this.byDate = byDate;
    }

    public static LoadedIncidents of(List<IncidentSummary> summaries) {
        var all = summaries.stream().map(LoadedIncidents::withoutArticles)
                .sorted(Comparator.comparingLong(summary -> summary.incident().id())).toList();
        var byDate = all.stream().filter(summary -> summary.incident().eventDate() != null)
                .sorted(Comparator.comparing(summary -> summary.incident().eventDate()))
                .toArray(IncidentSummary[]::new);
        var days = Arrays.stream(byDate).mapToLong(summary -> summary.incident().eventDate().toEpochDay()).toArray();
        return new LoadedIncidents(all, days, byDate);
    }

    private static IncidentSummary withoutArticles(IncidentSummary summary) {
        return new IncidentSummary(summary.incident(), summary.siteName(), summary.reportCount(),
                summary.independentSourceCount(), summary.conflictCount(), List.of(), List.of(), summary.state());
    }

    /** The incidents in the window, by id (as the database lists them), without article ids or report dates. */
    public List<IncidentSummary> in(DateRange window) {
        if (window.from() == null && window.to() == null) {
            return all;
        }
        int start = SortedDays.start(days, window);
        int end = SortedDays.end(days, window);
        var inWindow = new ArrayList<IncidentSummary>(Math.max(0, end - start));
        inWindow.addAll(Arrays.asList(byDate).subList(start, Math.max(start, end)));
        inWindow.sort(Comparator.comparingLong(summary -> summary.incident().id()));
        return inWindow;
    }
}
