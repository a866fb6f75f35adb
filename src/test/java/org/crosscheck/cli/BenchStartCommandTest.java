package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStartCommandTest {

    @TempDir
    Path folder;

    @Test
    void refusesADatabaseThatIsNotThere() {
        var result = CliOutput.run("bench", "start", "--db", folder.resolve("missing.mv.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No database at " + folder.resolve("missing.mv.db") + ".");
    }

    @Test
    void refusesALauncherThatCannotBeRun() throws Exception {
        var db = java.nio.file.Files.createFile(folder.resolve("db.mv.db"));

        var result = CliOutput.run("bench", "start", "--db", db.toString(), "--launcher",
                folder.resolve("nothing").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is not an executable file.");
    }

    @Test
    void refusesNoRuns() throws Exception {
        var db = java.nio.file.Files.createFile(folder.resolve("db.mv.db"));

        assertThat(CliOutput.run("bench", "start", "--db", db.toString(), "--runs", "0").exitCode()).isEqualTo(2);
    }
}
