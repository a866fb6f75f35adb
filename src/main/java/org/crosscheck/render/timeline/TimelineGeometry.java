package org.crosscheck.render.timeline;

import java.time.LocalDate;
import org.crosscheck.model.DateRange;

/**
 * Where things are in one frame: the left gutter with the lane names, the histogram strip, the axis, the lanes
 * and the legend, and the mapping between days and pixels. The control keeps the geometry of the last frame to
 * turn mouse positions into incidents, days and brush ranges.
 */
public record TimelineGeometry(
        DaySpan span,
        double width,
        double height,
        double plotLeft,
        double plotRight,
        double histogramTop,
        double histogramBottom,
        double axisBottom,
        double lanesTop,
        double lanesBottom,
        double laneHeight,
        int laneCount,
        double laneScroll) {

    public double plotWidth() {
        return plotRight - plotLeft;
    }

    public double x(double epochDay) {
        return plotLeft + (epochDay - span.start()) / span.length() * plotWidth();
    }

    public double day(double x) {
        return span.start() + (x - plotLeft) / plotWidth() * span.length();
    }

    public double pixelsPerDay() {
        return plotWidth() / span.length();
    }

    public boolean inPlot(double x) {
        return x >= plotLeft && x <= plotRight;
    }

    public boolean inHistogram(double x, double y) {
        return inPlot(x) && y >= histogramTop && y <= axisBottom;
    }

    public boolean inLanes(double x, double y) {
        return inPlot(x) && y >= lanesTop && y < lanesBottom;
    }

    /** The lane at height {@code y}, or -1 outside the lanes. */
    public int laneAt(double y) {
        if (y < lanesTop || y >= lanesBottom) {
            return -1;
        }
        var index = (int) Math.floor((y - lanesTop + laneScroll) / laneHeight);
        return index < laneCount ? index : -1;
    }

    public double laneTop(int lane) {
        return lanesTop + lane * laneHeight - laneScroll;
    }

    /** The height of the marks' centre line in a lane. */
    public double markY(int lane) {
        return laneTop(lane) + laneHeight * 0.42;
    }

    /** How far the lanes can scroll when they do not all fit. */
    public double maxLaneScroll() {
        return Math.max(0, laneCount * laneHeight - (lanesBottom - lanesTop));
    }

    /** The whole days between two x positions (in either order), as an inclusive range. */
    public DateRange daysBetween(double x1, double x2) {
        var left = day(Math.min(x1, x2));
        var right = day(Math.max(x1, x2));
        var from = (long) Math.floor(left);
        var to = Math.max(from, (long) Math.ceil(right) - 1);
        return new DateRange(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to));
    }

    /** Left and right pixel of an inclusive day range (open ends go to the plot's edges). */
    public double[] pixelsOf(DateRange range) {
        var left = range.from() == null ? plotLeft : x(range.from().toEpochDay());
        var right = range.to() == null ? plotRight : x(range.to().toEpochDay() + 1);
        return new double[] {left, right};
    }
}
