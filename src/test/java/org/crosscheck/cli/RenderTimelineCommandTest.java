package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.bench.SyntheticIncidents;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderTimelineCommandTest {

    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void fillDatabase() {
        database = folder.resolve("incidents.mv.db");
        try (var context = AppContext.open(database)) {
            SyntheticIncidents.populate(context, 400, 3, Progress.NONE);
        }
    }

    @Test
    void writesAPngOfEveryIncidentSizedToItsLanes() throws Exception {
        var out = folder.resolve("pictures/timeline.png");

        var result = CliOutput.run("render", "timeline", "--db", database.toString(), "--out", out.toString(),
                "--width", "1400");

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).singleElement().asString()
                .startsWith("wrote " + out + " (1400x").endsWith(", 400 incidents)");
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isGreaterThan(500);
    }

    @Test
    void drawsOnlyTheIncidentsOfTheWindow() {
        var out = folder.resolve("march.png");

        var result = CliOutput.run("render", "timeline", "--db", database.toString(), "--out", out.toString(),
                "--from", "2023-03-01", "--to", "2023-03-31", "--height", "600");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("x600, ");
        var count = Integer.parseInt(result.out().replaceAll("(?s).*, (\\d+) incidents?\\).*", "$1"));
        assertThat(count).isBetween(1, 60);
    }

    @Test
    void aWindowEndingBeforeItStartsIsAUsageError() {
        var result = CliOutput.run("render", "timeline", "--db", database.toString(), "--out",
                folder.resolve("x.png").toString(), "--from", "2024-02-01", "--to", "2024-01-01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from 2024-02-01 is after --to 2024-01-01.");
    }
}
