package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.DateRange;
import org.junit.jupiter.api.Test;

class TimelineGeometryTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** 100 days from 1 Jan 2024 on a plot from x=100 to x=1100: ten pixels a day. */
    private final TimelineGeometry geometry = new TimelineGeometry(
            new DaySpan(START.toEpochDay(), START.toEpochDay() + 100), 1200, 600, 100, 1100,
            10, 56, 80, 80, 560, 30, 20, 0);

    @Test
    void brushCoversEveryDayItsPixelsTouch() {
        assertThat(geometry.daysBetween(105, 405))
                .isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
    }

    @Test
    void brushDraggedLeftwardsGivesTheSameRange() {
        assertThat(geometry.daysBetween(405, 105)).isEqualTo(geometry.daysBetween(105, 405));
    }

    @Test
    void brushWithinOneDayIsThatDay() {
        assertThat(geometry.daysBetween(221, 222))
                .isEqualTo(new DateRange(LocalDate.of(2024, 1, 13), LocalDate.of(2024, 1, 13)));
    }

    @Test
    void brushEndingOnADayBoundaryStopsTheDayBefore() {
        assertThat(geometry.daysBetween(100, 410))
                .isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
    }

    @Test
    void rangeToPixelsAndBackIsTheSameRange() {
        var january = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        var pixels = geometry.pixelsOf(january);

        assertThat(pixels).containsExactly(100, 410);
        assertThat(geometry.daysBetween(pixels[0], pixels[1])).isEqualTo(january);
    }

    @Test
    void findsTheLaneUnderThePointerAfterScrolling() {
        var scrolled = new TimelineGeometry(geometry.span(), 1200, 600, 100, 1100, 10, 56, 80, 80, 560, 30, 20, 45);

        assertThat(geometry.laneAt(81)).isZero();
        assertThat(geometry.laneAt(79)).isEqualTo(-1);
        assertThat(scrolled.laneAt(81)).isEqualTo(1);
        assertThat(scrolled.maxLaneScroll()).isEqualTo(120);
    }
}
