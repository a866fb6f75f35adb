package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path folder;

    @Test
    void extractsEveryStoredArticleAgainAndKeepsTheIncidents() {
        var db = folder.resolve("extract.mv.db").toString();
        CliOutput.run("import", "seeds", "--db", db);
        var before = CliOutput.run("stats", "--db", db).lines();

        var result = CliOutput.run("extract", "--db", db);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.lines()).last().asString().startsWith("extracted 5 articles");
        assertThat(result.lines()).noneMatch(line -> line.startsWith("compacting"));
        assertThat(CliOutput.run("stats", "--db", db).lines()).isEqualTo(before);
    }

    @Test
    void takesNoCompact() {
        var db = folder.resolve("no-compact.mv.db").toString();
        CliOutput.run("import", "seeds", "--db", db);

        var result = CliOutput.run("extract", "--db", db, "--no-compact");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.lines()).last().asString().startsWith("extracted 5 articles");
    }
}
