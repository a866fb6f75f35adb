package org.crosscheck.render.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the ticks of the time axis for the current zoom: days, weeks (Mondays), months, quarters or years,
 * whichever is the finest that leaves room for its labels, plus finer unlabelled minor ticks. The year is written
 * on the first label and wherever it changes, so every label can be read alone.
 */
public final class TimeTicks {

    /** The units the axis can step by, with their approximate length in days. */
    public enum Unit {
        DAY(1), WEEK(7), MONTH(30.44), QUARTER(91.31), YEAR(365.25);

        private final double approximateDays;

        Unit(double approximateDays) {
            this.approximateDays = approximateDays;
        }

        public double approximateDays() {
            return approximateDays;
        }
    }

    /** A labelled tick at the start of {@code date}. */
    public record Tick(LocalDate date, String label) {
    }

    /** The ticks for one axis: labelled major ticks in {@code unit}, and minor tick dates between them. */
    public record TickSet(Unit unit, int step, List<Tick> major, List<LocalDate> minor) {
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** Minor ticks closer than this many pixels are left out. */
    private static final double MIN_MINOR_SPACING = 5;

    private TimeTicks() {
    }

    /**
     * The ticks for {@code span} drawn over {@code widthPixels}, with major ticks at least {@code minLabelSpacing}
     * pixels apart.
     */
    public static TickSet forSpan(DaySpan span, double widthPixels, double minLabelSpacing) {
        var pixelsPerDay = widthPixels / span.length();
        var unit = Unit.YEAR;
        for (var candidate : Unit.values()) {
            if (candidate.approximateDays * pixelsPerDay >= minLabelSpacing) {
                unit = candidate;
                break;
            }
        }
        var step = 1;
        if (unit == Unit.YEAR) {
            while (step * Unit.YEAR.approximateDays * pixelsPerDay < minLabelSpacing) {
                step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
            }
        }
        var first = LocalDate.ofEpochDay((long) Math.floor(span.start()));
        var last = LocalDate.ofEpochDay((long) Math.ceil(span.end()));
        var majorDates = dates(unit, step, first, last);
        var major = new ArrayList<Tick>(majorDates.size());
        LocalDate previous = null;
        for (var date : majorDates) {
            major.add(new Tick(date, label(unit, date, previous)));
            previous = date;
        }
        var minorUnit = minorUnit(unit, pixelsPerDay);
        var minor = minorUnit == null ? List.<LocalDate>of()
                : dates(minorUnit, 1, first, last).stream().filter(date -> !majorDates.contains(date)).toList();
        return new TickSet(unit, step, List.copyOf(major), minor);
    }

    private static Unit minorUnit(Unit major, double pixelsPerDay) {
        Unit minor = switch (major) {
            case DAY -> null;
            case WEEK -> Unit.DAY;
            case MONTH -> Unit.WEEK;
            case QUARTER -> Unit.MONTH;
            case YEAR -> Unit.QUARTER;
        };
        if (major == Unit.YEAR && Unit.MONTH.approximateDays * pixelsPerDay >= MIN_MINOR_SPACING) {
            minor = Unit.MONTH;
        }
        return minor != null && minor.approximateDays * pixelsPerDay >= MIN_MINOR_SPACING ? minor : null;
    }

    /** Every tick date of {@code unit} (every {@code step}-th year for years) from {@code first} to {@code last}. */
    static List<LocalDate> dates(Unit unit, int step, LocalDate first, LocalDate last) {
        var result = new ArrayList<LocalDate>();
        var date = firstAligned(unit, step, first);
        while (!date.isAfter(last)) {
            result.add(date);
            date = switch (unit) {
                case DAY -> date.plusDays(1);
                case WEEK -> date.plusWeeks(1);
                case MONTH -> date.plusMonths(1);
                case QUARTER -> date.plusMonths(3);
                case YEAR -> date.plusYears(step);
            };
        }
        return result;
    }

    private static LocalDate firstAligned(Unit unit, int step, LocalDate from) {
        return switch (unit) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            case QUARTER -> {
                var month = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
                while ((month.getMonthValue() - 1) % 3 != 0) {
                    month = month.plusMonths(1);
                }
                yield month;
            }
            case YEAR -> {
                var year = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
                while (Math.floorMod(year, step) != 0) {
                    year++;
                }
                yield LocalDate.of(year, 1, 1);
            }
        };
    }

    private static String label(Unit unit, LocalDate date, LocalDate previous) {
        var newYear = previous == null || previous.getYear() != date.getYear();
        return switch (unit) {
            case DAY, WEEK -> (newYear ? DAY_MONTH_YEAR : DAY_MONTH).format(date);
            case MONTH, QUARTER -> (newYear ? MONTH_YEAR : MONTH).format(date);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
