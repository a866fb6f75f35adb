package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchWindowCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsTheWindowsFiguresAsOneJsonObjectAndKeepsTheWorkFolder() {
        var work = folder.resolve("work");

        var result = CliOutput.run("bench", "window", "--articles", "20", "--json", "--work", work.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.lines()).singleElement().asString().startsWith("{\"articles\":20,")
                .containsPattern("\"window_import_seconds\":[0-9.]+,").containsPattern("\"fx_wait_samples\":[0-9]+,")
                .containsPattern("\"fx_wait_max_ms\":[0-9.]+,");
        assertThat(result.err()).contains("bench: importing through the window");
        assertThat(Files.exists(work.resolve("window.mv.db"))).isTrue();
    }

    @Test
    void needsAtLeastOneArticle() {
        assertThat(CliOutput.run("bench", "window", "--articles", "0").exitCode()).isEqualTo(2);
    }
}
