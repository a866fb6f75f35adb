package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.model.DateRange;

/**
 * The map markers of every incident, sorted by event date, so that a brushed time window is two binary searches
 * and a copy in memory instead of a query: the map loads the summaries once and filters them on each brush. A
 * window with a bound leaves out undated incidents, as {@code IncidentRepository.summaries} does.
 */
public final class DatedMarkers {

    private static final DatedMarkers EMPTY = new DatedMarkers(new long[0], List.of());

    /** Event dates as epoch days in ascending order; undated incidents first, as {@link Long#MIN_VALUE}. */
    private final long[] days;
    private final List<MapMarker> markers;

    private DatedMarkers(long[] days, List<MapMarker> markers) {
        this.days = days;
        this.markers = markers;
    }

    public static DatedMarkers empty() {
        return EMPTY;
    }

    public static DatedMarkers of(List<IncidentSummary> summaries) {
        var sorted = new ArrayList<>(summaries);
        sorted.sort(Comparator.comparingLong(DatedMarkers::day));
        var days = new long[sorted.size()];
        var markers = new ArrayList<MapMarker>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            days[i] = day(sorted.get(i));
            markers.add(IncidentMarkers.of(sorted.get(i)));
        }
        return new DatedMarkers(days, List.copyOf(markers));
    }

    private static long day(IncidentSummary summary) {
        var date = summary.incident().eventDate();
        return date == null ? Long.MIN_VALUE : date.toEpochDay();
    }

    /** The markers of the incidents whose event date falls in the window (all of them for {@link DateRange#ALL}). */
    public List<MapMarker> in(DateRange window) {
        if (window == null || window.isAll()) {
            return markers;
        }
        long from = window.from() == null ? Long.MIN_VALUE + 1 : window.from().toEpochDay();
        long to = window.to() == null ? Long.MAX_VALUE : window.to().toEpochDay();
        int start = firstAtLeast(from);
        int end = to == Long.MAX_VALUE ? days.length : firstAtLeast(to + 1);
        return start >= end ? List.of() : markers.subList(start, end);
    }

    /** The index of the first day at or after {@code day}. */
    private int firstAtLeast(long day) {
        int found = Arrays.binarySearch(days, day);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && days[found - 1] == day) {
            found--;
        }
        return found;
    }

    public int size() {
        return markers.size();
    }
}
