package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StanceTest {

    @ParameterizedTest
    @EnumSource(Stance.class)
    void readsEachStoredCodeBackAsItsStance(Stance stance) {
        assertThat(Stance.fromCode(stance.code())).isSameAs(stance);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'not confirmed',   NOT_CONFIRMED
            'NOT_CONFIRMED',   NOT_CONFIRMED
            ' not-confirmed ', NOT_CONFIRMED
            'Asserts',         ASSERTS
            'denies',          DENIES
            """)
    void readsCodesWrittenByHandInAnyCaseWithSpacesDashesOrUnderscores(String code, Stance stance) {
        assertThat(Stance.fromCode(code)).isSameAs(stance);
    }

    @ParameterizedTest
    @CsvSource({"ASSERTS, asserts", "DENIES, denies", "NOT_CONFIRMED, not confirmed"})
    void writesItsCodeInLowerCaseWithSpaces(Stance stance, String code) {
        assertThat(stance.code()).isEqualTo(code);
    }

    @Test
    void refusesAnUnknownCode() {
        assertThatThrownBy(() -> Stance.fromCode("maybe")).isInstanceOf(IllegalArgumentException.class);
    }
}
