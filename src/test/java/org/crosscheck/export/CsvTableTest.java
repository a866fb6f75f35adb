package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    @Test
    void knowsTheLineEachRowStartsOnAcrossQuotedLineBreaks() throws Exception {
        var file = folder.resolve("claims.csv");
        Files.writeString(file, "id,quote\n1,\"two\nlines\"\n2,plain\n");

        var rows = CsvTable.read(file).rows();

        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).get("quote")).isEqualTo("two\nlines");
    }

    @Test
    void reportsBrokenQuotingWithItsLine() throws Exception {
        var file = folder.resolve("links.csv");
        Files.writeString(file, "id,note\n1,fine\n2,\"never closed\n3,x\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOfSatisfying(CsvTable.MalformedCsvException.class,
                        e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void reportsARowWithTheWrongNumberOfCells() throws Exception {
        var file = folder.resolve("links.csv");
        Files.writeString(file, "id,note\n1,fine\n2,one,too many\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOfSatisfying(CsvTable.MalformedCsvException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("3 cells");
                });
    }
}
