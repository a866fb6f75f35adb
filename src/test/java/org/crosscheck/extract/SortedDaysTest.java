package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.DateRange;
import org.junit.jupiter.api.Test;

class SortedDaysTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final long D = DAY.toEpochDay();
    private final long[] days = {D - 2, D, D, D + 1, D + 5};

    @Test
    void aWindowCoversEveryPositionDatedInsideItIncludingBothEnds() {
        var window = new DateRange(DAY, DAY.plusDays(1));
        assertThat(SortedDays.start(days, window)).isEqualTo(1);
        assertThat(SortedDays.end(days, window)).isEqualTo(4);
    }

    @Test
    void openEndsReachTheFirstAndLastPositions() {
        assertThat(SortedDays.start(days, new DateRange(null, DAY))).isZero();
        assertThat(SortedDays.end(days, new DateRange(DAY, null))).isEqualTo(days.length);
    }

    @Test
    void aWindowBetweenOrBeyondTheDaysIsEmpty() {
        var between = new DateRange(DAY.plusDays(2), DAY.plusDays(4));
        assertThat(SortedDays.start(days, between)).isEqualTo(SortedDays.end(days, between)).isEqualTo(4);
        var after = new DateRange(DAY.plusDays(6), null);
        assertThat(SortedDays.start(days, after)).isEqualTo(days.length);
        assertThat(SortedDays.end(new long[0], DateRange.ALL)).isZero();
    }
}
