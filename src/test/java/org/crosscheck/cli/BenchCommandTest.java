package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void generateWritesTheRequestedNumberOfArticles() throws IOException {
        var out = folder.resolve("corpus");

        var result = CliOutput.run("bench", "generate", "--articles", "25", "--seed", "9", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly("wrote 25 articles to " + out);
        try (var files = Files.list(out)) {
            assertThat(files.count()).isEqualTo(25);
        }
    }

    @Test
    void generateWithoutOutIsAUsageError() {
        assertThat(CliOutput.run("bench", "generate", "--articles", "5").exitCode()).isEqualTo(2);
    }
}
