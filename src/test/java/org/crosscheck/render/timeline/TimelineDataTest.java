package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

class TimelineDataTest {

    @Test
    void givesEachSiteALaneAlphabeticallyWithUnplacedLast() {
        var items = new ArrayList<>(TimelineSamples.seedLike());
        items.add(new TimelineItem(99, null, LocalDate.of(2024, 2, 2), TimePrecision.DAY, 1, 1, 0, null, null));
        var data = TimelineData.of(items);

        assertThat(data.lanes()).extracting(TimelineData.Lane::label)
                .containsExactly("Al-Omar oil field base", "Al-Tanf Garrison", "Conoco gas field base", "Rukban",
                        "Unplaced");
        assertThat(data.laneOf(3)).isEqualTo(2);
        assertThat(data.lanes().get(2).site()).isEqualTo(TimelineSamples.CONOCO);
    }

    @Test
    void sortsEachLaneByDay() {
        var data = TimelineData.of(TimelineSamples.seedLike());
        var conoco = data.lanes().get(data.laneOf(3));

        assertThat(conoco.item(0).id()).isEqualTo(3);
        assertThat(conoco.item(1).id()).isEqualTo(5);
        assertThat(conoco.indexOfDay(LocalDate.of(2024, 2, 1).toEpochDay())).isEqualTo(1);
    }

    @Test
    void countsIncidentsPerWeekFromMonday() {
        var data = TimelineData.of(TimelineSamples.seedLike());

        assertThat(LocalDate.ofEpochDay(data.firstWeek())).isEqualTo(LocalDate.of(2023, 10, 23));
        assertThat(data.weekCounts()[0]).isEqualTo(2);
        assertThat(data.maxWeekCount()).isEqualTo(2);
        assertThat(java.util.Arrays.stream(data.weekCounts()).sum()).isEqualTo(6);
    }

    @Test
    void countsTheIncidentsInsideABrush() {
        var data = TimelineData.of(TimelineSamples.seedLike());

        assertThat(data.countIn(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))).isEqualTo(2);
        assertThat(data.countIn(DateRange.ALL)).isEqualTo(6);
    }

    @Test
    void spansFromFirstToLastIncidentWithAMargin() {
        var data = TimelineData.of(TimelineSamples.seedLike());
        var span = data.fullSpan();

        assertThat(span.start()).isLessThan(LocalDate.of(2023, 10, 23).toEpochDay());
        assertThat(span.end()).isGreaterThan(LocalDate.of(2024, 7, 28).toEpochDay());
        assertThat(span.toDateRange().from()).isAfter(LocalDate.of(2023, 9, 30));
    }
}
