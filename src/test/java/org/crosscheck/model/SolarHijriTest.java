package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolarHijriTest {

    @ParameterizedTest(name = "{0}-{1}-{2} SH is {3}")
    @CsvSource(textBlock = """
            1403,  1,  1, 2024-03-20
            1399,  1,  1, 2020-03-20
            1400,  1,  1, 2021-03-21
            1402,  7,  1, 2023-09-23
            1402, 10,  1, 2023-12-22
            1402, 11,  8, 2024-01-28
            1402, 11, 15, 2024-02-04
            1403, 12, 30, 2025-03-20
            1404,  1,  1, 2025-03-21
            """)
    void turnsSolarHijriDatesIntoIsoDates(int year, int month, int day, LocalDate expected) {
        assertThat(SolarHijri.toIso(year, month, day)).contains(expected);
    }

    @Test
    void refusesDaysTheCalendarDoesNotHave() {
        assertThat(SolarHijri.toIso(1402, 12, 30)).isEmpty();
        assertThat(SolarHijri.toIso(1402, 7, 31)).isEmpty();
        assertThat(SolarHijri.toIso(1402, 13, 1)).isEmpty();
        assertThat(SolarHijri.toIso(2024, 1, 1)).isEmpty();
    }

    @Test
    void takesTheYearOfADateWithoutOneFromTheDayItIsToldOn() {
        assertThat(SolarHijri.latestNotAfter(11, 8, LocalDate.of(2024, 2, 1))).contains(LocalDate.of(2024, 1, 28));
        assertThat(SolarHijri.latestNotAfter(1, 1, LocalDate.of(2024, 3, 19))).contains(LocalDate.of(2023, 3, 21));
        assertThat(SolarHijri.latestNotAfter(12, 30, LocalDate.of(2025, 3, 25))).contains(LocalDate.of(2025, 3, 20));
        assertThat(SolarHijri.latestNotAfter(7, 31, LocalDate.of(2024, 3, 25))).isEmpty();
    }

    @Test
    void leapYearsFollowTheThirtyThreeYearRule() {
        assertThat(SolarHijri.isLeap(1399)).isTrue();
        assertThat(SolarHijri.isLeap(1403)).isTrue();
        assertThat(SolarHijri.isLeap(1402)).isFalse();
        assertThat(SolarHijri.isLeap(1404)).isFalse();
    }
}
