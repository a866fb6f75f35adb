package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafetyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =HYPERLINK("http://evil")|'=HYPERLINK("http://evil")
            +1 rocket               |'+1 rocket
            -- the Pentagon said    |'-- the Pentagon said
            @SUM(A1)                |'@SUM(A1)
            '=already quoted        |''=already quoted
            -3.5                    |-3.5
            +12                     |+12
            Sputnik                 |Sputnik
            'plain                  |'plain
            it's = fine             |it's = fine
            """)
    void neutralisesFormulaStartsReversibly(String cell, String written) {
        assertThat(SpreadsheetSafety.neutralise(cell)).isEqualTo(written);
        assertThat(SpreadsheetSafety.restore(written)).isEqualTo(cell);
    }

    @Test
    void neutralisesTabAndCarriageReturnStarts() {
        assertThat(SpreadsheetSafety.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetSafety.neutralise("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SpreadsheetSafety.restore("'\rcmd")).isEqualTo("\rcmd");
        assertThat(SpreadsheetSafety.restore("'quoted")).isEqualTo("'quoted");
    }
}
