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

    @Test
    void benchWithoutArticlesOrCommandIsAUsageErrorNamingEveryBenchCommand() {
        var result = CliOutput.run("bench");

        assertThat(result.exitCode()).isEqualTo(2);
        var commands = CrosscheckCommand.commandLine().getSubcommands().get("bench").getSubcommands().keySet();
        assertThat(commands).isNotEmpty().allSatisfy(command -> assertThat(result.err()).contains(command));
    }

    @Test
    void benchPrintsEveryFigureAsOneJsonObject() throws IOException {
        // A work folder named relative to the current one, as on a command line (H2 refuses such paths in its URLs).
        var relativeWork = Path.of("target", "bench-work-" + java.util.UUID.randomUUID());

        CliOutput result;
        try {
            result = CliOutput.run("bench", "--articles", "40", "--incidents", "300", "--json",
                    "--work", relativeWork.toString());
        } finally {
            try (var paths = Files.walk(relativeWork)) {
                for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.lines()).hasSize(1);
        var json = result.lines().get(0);
        for (var key : java.util.List.of("ingest_seconds", "floor_seconds", "ingest_ratio", "search_p95_ms",
                "map_frame_ms", "brush_ms", "start_ms", "heap_mb", "export_seconds", "file_mb", "file_live_percent",
                "compact_seconds", "compacted_file_mb")) {
            assertThat(json).containsPattern("\"" + key + "\":[0-9.]+[,}]");
        }
        assertThat(json).startsWith("{\"articles\":40,").contains("\"imported\":40,");
        var incidents = java.util.regex.Pattern.compile("\"incidents\":(\\d+),").matcher(json);
        assertThat(incidents.find()).isTrue();
        assertThat(Integer.parseInt(incidents.group(1))).as("extracted and synthetic incidents")
                .isGreaterThanOrEqualTo(300);
    }
}
