package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeCsvWriterTest {

    @TempDir
    Path folder;

    @Test
    void neutralisesFormulaCellsButNotTheHeaderAndStartsWithAByteOrderMarkForExcel() throws Exception {
        var file = folder.resolve("claims.csv");

        try (var csv = SafeCsvWriter.create(file, List.of("claim_id", "quote", "-value"), true)) {
            csv.row(1, "=2+3", -3.5);
            csv.row(2, "said, \"no\"", null);
        }

        var bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1))
                .isEqualTo("claim_id,quote,-value\r\n1,'=2+3,-3.5\r\n2,\"said, \"\"no\"\"\",\r\n");
        var table = CsvTable.read(file);
        assertThat(table.header()).containsExactly("claim_id", "quote", "-value");
        assertThat(table.rows().get(0).get("quote")).isEqualTo("=2+3");
        assertThat(table.rows().get(1).get("quote")).isEqualTo("said, \"no\"");
        assertThat(table.rows().get(1).get("-value")).isEmpty();
    }

    @Test
    void writesCellsAsTheirTextWithoutAByteOrderMarkByDefault() throws Exception {
        var out = new StringWriter();

        var csv = SafeCsvWriter.on(out, List.of("published", "note"), false);
        csv.row(LocalDate.of(2024, 1, 12), "@here\nand there");
        csv.flush();

        assertThat(out.toString()).isEqualTo("published,note\r\n2024-01-12,\"'@here\nand there\"\r\n");
    }

    @Test
    void quotesEachCellExactlyWhereCommonsCsvsRfc4180PrinterQuotesIt() throws Exception {
        var cells = new String[] {"", " ", "plain", " lead", "trail ", "tab\t", "#tag", "!bang", "\"quoted\"",
                "a,b", "cr\rlf\n", "$5", "'apostrophe'", "-3.5", "نص عربي", "Ärger", "a\"b\"\"c", "\u0001ctl", "x\u0000", "%", "~"};
        var ours = new StringWriter();
        var theirs = new StringWriter();
        var csv = SafeCsvWriter.on(ours, List.of("first", "second"), false);
        var printer = new CSVPrinter(theirs, CSVFormat.RFC4180.builder().setHeader("first", "second").get());
        for (var first : cells) {
            for (var second : cells) {
                csv.row(first, second);
                printer.printRecord(first, second);
            }
            csv.row(null, first);
            printer.printRecord(null, first);
            csv.row(first, null);
            printer.printRecord(first, null);
        }
        csv.flush();
        printer.flush();

        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }

    @Test
    void writesLinesLongerThanItsBufferWholeAndTheLinesAfterThemUnchanged() throws Exception {
        var quote = "\"" + "word, ".repeat(2_000) + "نص\"";
        var out = new StringWriter();

        var csv = SafeCsvWriter.on(out, List.of("id", "quote"), false);
        csv.row(1, "short");
        csv.row(2, quote);
        csv.row(3, "short again");
        csv.flush();

        assertThat(out.toString()).isEqualTo("id,quote\r\n1,short\r\n2,\"" + quote.replace("\"", "\"\"")
                + "\"\r\n3,short again\r\n");
    }

    @Test
    void writesWholeNumbersExactlyAsTheirTextWouldBeWritten() throws Exception {
        var numbers = new StringWriter();
        var texts = new StringWriter();
        var asNumbers = SafeCsvWriter.on(numbers, List.of("a", "b", "c"), false);
        var asTexts = SafeCsvWriter.on(texts, List.of("a", "b", "c"), false);

        asNumbers.row(-5L, Integer.MIN_VALUE, 0);
        asNumbers.row(Long.MAX_VALUE, null, 42L);
        asTexts.row("-5", String.valueOf(Integer.MIN_VALUE), "0");
        asTexts.row(String.valueOf(Long.MAX_VALUE), null, "42");
        asNumbers.flush();
        asTexts.flush();

        assertThat(numbers.toString()).isEqualTo(texts.toString())
                .isEqualTo("a,b,c\r\n-5,-2147483648,0\r\n9223372036854775807,,42\r\n");
    }

    @Test
    void refusesARowWithoutOneCellPerColumn() throws Exception {
        try (var csv = SafeCsvWriter.on(new StringWriter(), List.of("a", "b"), false)) {
            assertThatThrownBy(() -> csv.row("only one")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 cells for 2 columns");
        }
    }
}
