package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSearchCommandTest {

    @TempDir
    Path folder;

    @Test
    void printsTheSearchLatenciesOfAnExistingDatabase() {
        var db = folder.resolve("search.mv.db").toString();
        CliOutput.run("import", "seeds", "--db", db);

        var result = CliOutput.run("bench", "search", "--db", db, "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).matches("(?s)\\{\"search_p50_ms\":\\d+\\.\\d+,\"search_p95_ms\":\\d+\\.\\d+}\\s*");
    }

    @Test
    void refusesAMissingDatabaseWithoutCreatingIt() {
        var db = folder.resolve("none.mv.db");

        var result = CliOutput.run("bench", "search", "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No database at");
        assertThat(db).doesNotExist();
    }
}
