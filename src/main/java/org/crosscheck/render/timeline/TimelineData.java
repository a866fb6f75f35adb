package org.crosscheck.render.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.extract.SortedDays;
import org.crosscheck.model.DateRange;

/**
 * The incidents prepared for drawing: grouped in one lane per site (alphabetical, unplaced last), sorted by day
 * within each lane with the days in plain arrays so the visible ones are found by binary search, plus the weekly
 * counts of the histogram strip. Built once per load, then drawn many times, so 50,000 incidents stay fluid.
 */
public final class TimelineData {

    public static final TimelineData EMPTY = of(List.of());

    private final List<Lane> lanes;
    private final Map<Long, TimelineItem> byId;
    private final Map<Long, Integer> laneById;
    private final int size;
    private final long firstDay;
    private final long lastDay;
    private final long firstWeek;
    private final int[] weekCounts;
    private final int maxWeekCount;

    private TimelineData(List<Lane> lanes, Map<Long, TimelineItem> byId, Map<Long, Integer> laneById) {
        this.lanes = List.copyOf(lanes);
        this.byId = byId;
        this.laneById = laneById;
        this.size = byId.size();
        var first = Long.MAX_VALUE;
        var last = Long.MIN_VALUE;
        for (var lane : lanes) {
            first = Math.min(first, lane.days[0]);
            last = Math.max(last, lane.days[lane.days.length - 1]);
        }
        this.firstDay = size == 0 ? 0 : first;
        this.lastDay = size == 0 ? 0 : last;
        this.firstWeek = size == 0 ? 0 : mondayOf(firstDay);
        this.weekCounts = size == 0 ? new int[0] : new int[(int) ((mondayOf(lastDay) - firstWeek) / 7) + 1];
        for (var lane : lanes) {
            for (var day : lane.days) {
                weekCounts[(int) ((mondayOf(day) - firstWeek) / 7)]++;
            }
        }
        this.maxWeekCount = Arrays.stream(weekCounts).max().orElse(0);
    }

    public static TimelineData of(Collection<TimelineItem> items) {
        var bySite = new TreeMap<String, List<TimelineItem>>(Comparator
                .comparing((String site) -> TimelineItem.UNPLACED.equals(site))
                .thenComparing(site -> laneLabel(site).toLowerCase())
                .thenComparing(site -> site));
        var byId = new HashMap<Long, TimelineItem>(items.size() * 2);
        for (var item : items) {
            if (byId.putIfAbsent(item.id(), item) == null) {
                bySite.computeIfAbsent(item.site(), site -> new ArrayList<>()).add(item);
            }
        }
        var lanes = new ArrayList<Lane>();
        var laneById = new HashMap<Long, Integer>(items.size() * 2);
        for (var entry : bySite.entrySet()) {
            var lane = new Lane(entry.getKey(), entry.getValue());
            for (var item : lane.items) {
                laneById.put(item.id(), lanes.size());
            }
            lanes.add(lane);
        }
        return new TimelineData(lanes, byId, laneById);
    }

    /** The label of a site's lane: its name without the parenthesised alternative name. */
    public static String laneLabel(String site) {
        var bracket = site.indexOf(" (");
        return bracket > 0 ? site.substring(0, bracket) : site;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Optional<TimelineItem> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The lane index of incident {@code id}, or -1. */
    public int laneOf(long id) {
        return laneById.getOrDefault(id, -1);
    }

    /** The day of the first incident (only meaningful when not empty). */
    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(firstDay);
    }

    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(lastDay);
    }

    /** First to last incident with a small margin on both sides; a month around today when empty. */
    public DaySpan fullSpan() {
        if (size == 0) {
            var today = LocalDate.now().toEpochDay();
            return new DaySpan(today - 30, today + 1);
        }
        var margin = Math.max(2, Math.ceil((lastDay + 1 - firstDay) * 0.03));
        return new DaySpan(firstDay - margin, lastDay + 1 + margin);
    }

    /** How many incidents fall in {@code range}. */
    public int countIn(DateRange range) {
        if (range == null || range.isAll()) {
            return size;
        }
        var from = range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
        var to = range.to() == null ? Long.MAX_VALUE - 1 : range.to().toEpochDay();
        var count = 0;
        for (var lane : lanes) {
            count += lane.indexOfDay(to + 1) - lane.indexOfDay(from);
        }
        return count;
    }

    /** The Monday (epoch day) of the first histogram week. */
    public long firstWeek() {
        return firstWeek;
    }

    /** Incidents per week, starting at {@link #firstWeek()}. */
    public int[] weekCounts() {
        return weekCounts.clone();
    }

    int weekCount(int index) {
        return weekCounts[index];
    }

    int weekTotal() {
        return weekCounts.length;
    }

    public int maxWeekCount() {
        return maxWeekCount;
    }

    static long mondayOf(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
    }

    /** The incidents of one site, sorted by day, and the sorted publication days of all their reports. */
    public static final class Lane {

        private final String site;
        private final String label;
        private final TimelineItem[] items;
        private final long[] days;
        /** Where each mark sits and its state, in plain arrays so a dense lane is binned without touching items. */
        private final double[] markDays;
        private final byte[] states;
        private final long[] reportDays;

        Lane(String site, List<TimelineItem> laneItems) {
            this.site = site;
            this.label = laneLabel(site);
            this.items = laneItems.stream().sorted(Comparator.comparingLong(TimelineItem::epochDay)
                    .thenComparingLong(TimelineItem::id)).toArray(TimelineItem[]::new);
            this.days = Arrays.stream(items).mapToLong(TimelineItem::epochDay).toArray();
            this.markDays = Arrays.stream(items).mapToDouble(TimelineRenderer::markDay).toArray();
            this.states = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                states[i] = (byte) items[i].state().ordinal();
            }
            this.reportDays = Arrays.stream(items).flatMap(item -> item.reportDates().stream())
                    .mapToLong(LocalDate::toEpochDay).sorted().toArray();
        }

        public String site() {
            return site;
        }

        public String label() {
            return label;
        }

        public int size() {
            return items.length;
        }

        public TimelineItem item(int index) {
            return items[index];
        }

        public long day(int index) {
            return days[index];
        }

        double markDay(int index) {
            return markDays[index];
        }

        int stateOrdinal(int index) {
            return states[index];
        }

        int reportDayCount() {
            return reportDays.length;
        }

        long reportDay(int index) {
            return reportDays[index];
        }

        /** The index of the first incident on or after {@code epochDay}. */
        public int indexOfDay(long epochDay) {
            return SortedDays.firstAtLeast(days, epochDay);
        }

        int indexOfReportDay(long epochDay) {
            return SortedDays.firstAtLeast(reportDays, epochDay);
        }
    }
}
