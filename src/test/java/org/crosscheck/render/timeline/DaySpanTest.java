package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.crosscheck.model.DateRange;
import org.junit.jupiter.api.Test;

class DaySpanTest {

    @Test
    void zoomKeepsTheDayUnderThePointerInPlace() {
        var span = new DaySpan(0, 100);
        var zoomed = span.zoom(25, 0.5, 1000);

        assertThat(zoomed.length()).isEqualTo(50);
        assertThat((25 - zoomed.start()) / zoomed.length()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void zoomStopsAtTwoDaysAndAtTheMaximum() {
        var span = new DaySpan(0, 100);

        assertThat(span.zoom(50, 0.001, 1000).length()).isEqualTo(DaySpan.MIN_LENGTH);
        assertThat(span.zoom(50, 100, 400).length()).isEqualTo(400);
    }

    @Test
    void coversWholeDaysAsADateRange() {
        var span = DaySpan.ofDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

        assertThat(span.length()).isEqualTo(31);
        assertThat(span.pan(0.5).toDateRange())
                .isEqualTo(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
    }
}
