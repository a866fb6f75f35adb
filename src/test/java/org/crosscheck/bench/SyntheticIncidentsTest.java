package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crosscheck.AppContext;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticIncidentsTest {

    @TempDir
    Path folder;

    @Test
    void storesIncidentsReportedOnOrAfterTheirDay() {
        try (var context = AppContext.open(folder.resolve("synthetic.mv.db"))) {
            assertThat(SyntheticIncidents.populate(context, 2_500, 11, Progress.NONE)).isEqualTo(2_500);

            var summaries = context.incidents().summaries(DateRange.ALL);
            assertThat(summaries).hasSize(2_500);
            assertThat(summaries).allSatisfy(summary -> {
                assertThat(summary.reportCount()).isBetween(1, 4);
                assertThat(summary.reportDates()).allSatisfy(published ->
                        assertThat(published).isAfterOrEqualTo(summary.incident().eventDate()));
            });
            assertThat(summaries).extracting(IncidentSummary::state).contains(IncidentSummary.State.values());
        }
    }

    @Test
    void measuresABrushChangeOnThem() {
        try (var context = AppContext.open(folder.resolve("bench.mv.db"))) {
            SyntheticIncidents.populate(context, 500, 5, Progress.NONE);

            var result = TimelineBench.measure(context, 4, 800, 500);

            assertThat(result.incidents()).isEqualTo(500);
            assertThat(result.figures()).containsKeys("brush_ms", "brush_p95_ms", "brush_load_ms", "brush_map_ms",
                    "brush_render_ms", "brush_articles_ms");
            assertThat(result.brushP95Ms()).isGreaterThanOrEqualTo(result.brushMs());
            assertThat(result.brushMs()).isGreaterThanOrEqualTo(result.renderMs());
        }
    }
}
