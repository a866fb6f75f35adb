package org.crosscheck.extract;

import org.crosscheck.model.DateRange;

/**
 * Where a time window falls in ascending epoch days, by binary search: what {@link ReportingArticles} and
 * {@link LoadedIncidents} keep their incidents' days in, and the timeline's lanes their marks' and reports' days.
 */
public final class SortedDays {

    private SortedDays() {
    }

    /** The first position dated on or after the window's start (0 without a start). */
    static int start(long[] days, DateRange window) {
        return window.from() == null ? 0 : firstAtLeast(days, window.from().toEpochDay());
    }

    /** The position after the last one dated on or before the window's end (the length without an end). */
    static int end(long[] days, DateRange window) {
        return window.to() == null ? days.length : firstAtLeast(days, window.to().toEpochDay() + 1);
    }

    /** The first position whose day is {@code day} or later (the length when there is none). */
    public static int firstAtLeast(long[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
