package org.crosscheck.render.timeline;

import java.time.LocalDate;
import org.crosscheck.model.DateRange;

/**
 * The stretch of time the timeline shows, in fractional epoch days ({@code start} inclusive, {@code end}
 * exclusive), so zooming and panning are smooth below a day. Day {@code d} covers {@code [d, d + 1)}.
 */
public record DaySpan(double start, double end) {

    /** The shortest span one can zoom into. */
    public static final double MIN_LENGTH = 2;

    public DaySpan {
        if (!(end > start)) {
            throw new IllegalArgumentException("empty span: " + start + " .. " + end);
        }
    }

    /** The span covering whole days {@code from..to}, both inclusive. */
    public static DaySpan ofDays(LocalDate from, LocalDate to) {
        return new DaySpan(from.toEpochDay(), to.toEpochDay() + 1);
    }

    public double length() {
        return end - start;
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) keeping {@code anchorDay} at the same place on screen, never
     * shorter than {@link #MIN_LENGTH} nor longer than {@code maxLength}.
     */
    public DaySpan zoom(double anchorDay, double factor, double maxLength) {
        var newLength = Math.max(MIN_LENGTH, Math.min(Math.max(maxLength, MIN_LENGTH), length() * factor));
        var anchorShare = (anchorDay - start) / length();
        var newStart = anchorDay - anchorShare * newLength;
        return new DaySpan(newStart, newStart + newLength);
    }

    public DaySpan pan(double days) {
        return new DaySpan(start + days, end + days);
    }

    /** The whole days this span touches, as an inclusive range. */
    public DateRange toDateRange() {
        return new DateRange(LocalDate.ofEpochDay((long) Math.floor(start)),
                LocalDate.ofEpochDay((long) Math.ceil(end) - 1));
    }
}
