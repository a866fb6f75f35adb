package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import org.crosscheck.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowBenchTest {

    @TempDir
    Path folder;

    @Test
    void importsTheCorpusThroughARealWindowAndReportsHowLongTheFxThreadKeptActionsWaiting() throws Exception {
        var steps = new ArrayList<String>();

        var figures = new WindowBench(30, 3, folder, steps::add).run();

        assertThat(steps).startsWith("generating 30 articles", "importing through the window");
        assertThat(figures).containsEntry("articles", 30).containsKeys("window_import_seconds", "fx_wait_samples",
                "fx_wait_p50_ms", "fx_wait_p95_ms", "fx_wait_p99_ms", "fx_wait_max_ms", "fx_wait_stalls");
        assertThat((double) figures.get("window_import_seconds")).isPositive();
        assertThat((long) figures.get("fx_wait_samples")).isGreaterThan(10);
        assertThat((double) figures.get("fx_wait_max_ms"))
                .isGreaterThanOrEqualTo((double) figures.get("fx_wait_p95_ms"));
        try (var context = AppContext.open(folder.resolve("window.mv.db"))) {
            assertThat(context.stats().counts()).containsEntry("articles", 35L);
        }
    }
}
