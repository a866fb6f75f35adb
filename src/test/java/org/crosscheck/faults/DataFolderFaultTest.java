package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.AppContext;
import org.crosscheck.cli.CliOutput;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that cannot be written (read-only, blocked by a file, or full) gets one plain sentence, never a
 * stack trace, and what was already stored stays readable. Read-only and full are real filesystems (see
 * {@link TinyFilesystem}): as root, a folder's permission bits do not stop writes, so chmod proves nothing.
 */
class DataFolderFaultTest {

    @TempDir
    Path folder;

    @Test
    void aDataFolderBlockedByAFileGetsAPlainMessage() throws Exception {
        var blocker = Files.writeString(folder.resolve("notes.txt"), "not a folder");
        var db = blocker.resolve("crosscheck.mv.db");

        var result = cli("stats", "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("error: Cannot create the data folder " + blocker + ": " + blocker
                + " is a file, not a folder. Choose another location with --db.\n");
    }

    @Test
    void aReadOnlyDataFolderGetsAPlainMessageAndTheDatabaseIsUntouched() throws Exception {
        try (var disk = TinyFilesystem.mount(folder, "8m", "")) {
            var db = disk.root().resolve("crosscheck.mv.db");
            try (var context = AppContext.open(db)) {
                context.importer().importSeeds(Progress.NONE);
            }
            long size = Files.size(db);
            disk.remountReadOnly();

            var result = cli("import", "--db", db.toString(), folder.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("error: The data folder " + disk.root()
                    + " is read-only. Choose a writable location with --db.\n");
            assertThat(Files.size(db)).isEqualTo(size);
        }
    }

    @Test
    void aFullDiskStopsTheImportWithOnePlainMessageAndKeepsEverySavedArticle() throws Exception {
        var corpus = folder.resolve("corpus");
        new CorpusGenerator(5, 1500, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        try (var disk = TinyFilesystem.mount(folder, "6m", "")) {
            var db = disk.root().resolve("full.mv.db");
            List<Long> saved;
            try (var context = AppContext.open(db)) {
                var report = context.importer().importPaths(List.of(corpus), Progress.NONE);

                assertThat(report.imported()).isNotEmpty().hasSizeLessThan(1500);
                assertThat(report.failures()).hasSize(1);
                assertThat(report.failures().get(0).reason()).isEqualTo("The database " + db + " cannot be written"
                        + " any more: the disk holding it may be full or read-only. Free some space or choose another"
                        + " location with --db, then open it again. The import stopped here; the articles saved"
                        + " before are kept.");
                saved = report.imported().stream().map(ArticleSummary::id).toList();
            }
            // The analyst frees space: here, by moving the file to a disk with room.
            var rescued = Files.copy(db, folder.resolve("rescued.mv.db"));
            try (var context = AppContext.open(rescued)) {
                for (var id : saved) {
                    assertThat(context.articles().find(id)).isPresent();
                }
            }
        }
    }

    private static CliOutput cli(String... args) {
        return CliOutput.run(args);
    }
}
