package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path folder;

    private Path inbox() throws IOException {
        var inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(inbox.resolve("report.txt"), "Rockets hit the Conoco base, local sources said.");
        Files.writeString(inbox.resolve("drone.md"), "# Drone attack\n\nA drone struck Al-Tanf on Sunday.");
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        Files.write(inbox.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00});
        return inbox;
    }

    @Test
    void printsEachFailureThenTheSummaryAndExitsZero() throws IOException {
        var inbox = inbox();
        var db = folder.resolve("cli.mv.db").toString();

        var result = CliOutput.run("import", inbox.toString(), "--db", db);

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).hasSize(3);
        assertThat(result.lines().subList(0, 2)).containsExactlyInAnyOrder(
                "failed: " + inbox.resolve("binary.txt")
                        + ": The file holds binary data (NUL bytes), not text; it may be misnamed or damaged.",
                "failed: " + inbox.resolve("empty.txt") + ": The file is empty.");
        assertThat(result.lines().get(2)).isEqualTo("imported 2, duplicates 0, failed 2");
    }

    @Test
    void reportsDuplicatesWhenImportingTheSameFilesAgain() throws IOException {
        var inbox = inbox();
        var db = folder.resolve("twice.mv.db").toString();
        CliOutput.run("import", inbox.toString(), "--db", db);

        var again = CliOutput.run("import", "--db", db, "--no-compact", inbox.resolve("report.txt").toString(),
                inbox.resolve("drone.md").toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.lines()).containsExactly("imported 0, duplicates 2, failed 0");
    }

    @Test
    void exitsWithTwoWhenNoPathIsGiven() {
        var result = CliOutput.run("import", "--db", folder.resolve("usage.mv.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("PATH");
    }
}
