package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.crosscheck.render.timeline.TimeTicks.Tick;
import org.crosscheck.render.timeline.TimeTicks.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeTicksTest {

    private static final double SPACING = 80;

    @ParameterizedTest(name = "{0} days on {1} px -> {2}")
    @CsvSource(textBlock = """
            7,     1000, DAY
            60,    800,  WEEK
            300,   1000, MONTH
            900,   1000, QUARTER
            3000,  1000, YEAR
            """)
    void choosesTheFinestUnitWhoseLabelsFit(int days, double width, Unit expected) {
        var start = LocalDate.of(2024, 1, 1).toEpochDay();
        var ticks = TimeTicks.forSpan(new DaySpan(start, start + days), width, SPACING);

        assertThat(ticks.unit()).isEqualTo(expected);
        assertThat(ticks.major().size()).isLessThanOrEqualTo((int) (width / SPACING) + 1);
    }

    @Test
    void labelsMonthsWithTheYearOnTheFirstAndOnJanuary() {
        var ticks = TimeTicks.forSpan(DaySpan.ofDays(LocalDate.of(2023, 10, 15), LocalDate.of(2024, 7, 31)), 1000,
                SPACING);

        assertThat(ticks.unit()).isEqualTo(Unit.MONTH);
        assertThat(ticks.major()).extracting(Tick::label)
                .containsExactly("Nov 2023", "Dec", "Jan 2024", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug");
        assertThat(ticks.major()).allSatisfy(tick -> assertThat(tick.date().getDayOfMonth()).isEqualTo(1));
    }

    @Test
    void putsWeekTicksOnMondaysWithDaysBetween() {
        var ticks = TimeTicks.forSpan(DaySpan.ofDays(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 2, 29)), 800,
                SPACING);

        assertThat(ticks.unit()).isEqualTo(Unit.WEEK);
        assertThat(ticks.major()).allSatisfy(tick ->
                assertThat(tick.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(ticks.major().get(0).label()).isEqualTo("8 Jan 2024");
        assertThat(ticks.major().get(1).label()).isEqualTo("15 Jan");
        assertThat(ticks.minor()).contains(LocalDate.of(2024, 1, 9))
                .doesNotContainAnyElementsOf(ticks.major().stream().map(Tick::date).toList());
    }

    @Test
    void stepsYearsWhenDecadesAreShown() {
        var ticks = TimeTicks.forSpan(DaySpan.ofDays(LocalDate.of(1990, 1, 1), LocalDate.of(2030, 1, 1)), 600,
                SPACING);

        assertThat(ticks.unit()).isEqualTo(Unit.YEAR);
        assertThat(ticks.step()).isGreaterThan(1);
        assertThat(ticks.major()).allSatisfy(tick ->
                assertThat(tick.date().getYear() % ticks.step()).isZero());
    }

    @Test
    void labelsEveryDayWhenZoomedIn() {
        var ticks = TimeTicks.forSpan(DaySpan.ofDays(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 14)), 1000,
                SPACING);

        assertThat(ticks.major()).extracting(Tick::label)
                .containsExactly("10 Jan 2024", "11 Jan", "12 Jan", "13 Jan", "14 Jan", "15 Jan");
        assertThat(ticks.minor()).isEmpty();
    }
}
