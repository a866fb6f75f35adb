package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafetyTest {

    @TempDir
    Path folder;

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

    @Test
    void rewritesAFileWithAByteOrderMarkForExcelAndLeavesTheHeaderAlone() throws Exception {
        var file = folder.resolve("claims.csv");
        Files.writeString(file, "claim_id,quote\r\n1,=2+3\r\n2,\"said, \"\"no\"\"\"\r\n", StandardCharsets.UTF_8);

        SpreadsheetSafety.apply(file, true);

        var bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("claim_id,quote\r\n1,'=2+3\r\n2,\"said, \"\"no\"\"\"\r\n");
        var table = CsvTable.read(file);
        assertThat(table.header()).containsExactly("claim_id", "quote");
        assertThat(table.rows().get(0).get("quote")).isEqualTo("=2+3");
        assertThat(table.rows().get(1).get("quote")).isEqualTo("said, \"no\"");
    }
}
