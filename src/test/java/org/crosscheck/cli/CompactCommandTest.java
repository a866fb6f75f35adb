package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCommandTest {

    @TempDir
    Path folder;

    @Test
    void compactsTheDatabaseAndKeepsItsArticles() throws IOException {
        var inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(inbox.resolve("report.txt"), "Rockets hit the Conoco base, local sources said.");
        Files.writeString(inbox.resolve("drone.md"), "# Drone attack\n\nA drone struck Al-Tanf on Sunday.");
        var db = folder.resolve("cli.mv.db");
        assertThat(CliOutput.run("import", inbox.toString(), "--db", db.toString()).exitCode()).isZero();

        var result = CliOutput.run("compact", "--db", db.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0)).isEqualTo("compacting " + db);
        assertThat(result.lines().get(1)).matches("Compacted " + java.util.regex.Pattern.quote(
                db.toAbsolutePath().normalize().toString()) + " from [0-9.]+ [KMG]B to [0-9.]+ [KMG]B in [0-9]+ s\\.");
        var stats = CliOutput.run("stats", "--db", db.toString());
        assertThat(stats.lines()).contains("articles 2");
    }

    @Test
    void saysSoWhenTheDatabaseIsOpenOrMissing() {
        var db = folder.resolve("open.mv.db");
        try (var open = Database.open(db)) {
            var result = CliOutput.run("compact", "--db", db.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("is already open in another Crosscheck window");
        }
        var missing = CliOutput.run("compact", "--db", folder.resolve("none.mv.db").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no database at");
    }
}
