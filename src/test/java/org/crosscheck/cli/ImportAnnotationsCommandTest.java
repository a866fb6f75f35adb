package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAnnotationsCommandTest {

    @TempDir
    Path folder;

    @Test
    void exitsWithTwoWhenTheFolderDoesNotExist() {
        var result = CliOutput.run("import-annotations", folder.resolve("missing").toString(),
                "--db", folder.resolve("a.mv.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("is not a folder");
    }

    @Test
    void printsEachProblemAndExitsWithOneWhenFilesAreMissing() throws IOException {
        var empty = Files.createDirectories(folder.resolve("empty"));

        var result = CliOutput.run("import-annotations", empty.toString(), "--db", folder.resolve("b.mv.db").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.lines()).contains("problem: articles.csv: missing from " + empty + ".",
                "problem: claims.csv: missing from " + empty + ".");
        assertThat(result.lines()).last().asString().startsWith("nothing imported: ");
    }
}
