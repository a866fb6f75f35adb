package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.crosscheck.AppContext;
import org.crosscheck.cli.CliOutput;
import org.crosscheck.edit.Edits;
import org.crosscheck.export.AnnotationFiles;
import org.crosscheck.model.Tag;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Annotation files that come back from spreadsheets: a row with broken quoting is reported with its file and line
 * and changes nothing; cells that start like a formula are written neutralised and come back exactly as typed.
 */
class BadAnnotationsTest {

    private static final String FORMULA_TAG = "=cmd|' /C calc'!A0";

    @TempDir
    Path folder;
    Path export;

    @BeforeEach
    void exportADatabaseWithAFormulaLikeTag() throws java.io.IOException {
        var db = folder.resolve("source.mv.db");
        try (var context = AppContext.open(db)) {
            context.importer().importSeeds(Progress.NONE);
            context.edits().perform(Edits.createTag(FORMULA_TAG, "#1f77b4", 3));
            context.edits().perform(Edits.createTag("+plain", "#ff7f0e", null));
        }
        export = folder.resolve("export");
        assertThat(CliOutput.run("export", "--db", db.toString(), "--out", export.toString()).exitCode()).isZero();
        // A database without incidents exports these as header-only tables (until the export writes them itself).
        writeHeaderIfMissing(AnnotationFiles.INCIDENTS, AnnotationFiles.INCIDENT_COLUMNS);
        writeHeaderIfMissing(AnnotationFiles.CLAIMS, AnnotationFiles.CLAIM_COLUMNS);
        writeHeaderIfMissing(AnnotationFiles.LINKS, AnnotationFiles.LINK_COLUMNS);
    }

    private void writeHeaderIfMissing(String name, java.util.List<String> columns) throws java.io.IOException {
        var file = export.resolve(name);
        if (!Files.exists(file)) {
            Files.writeString(file, String.join(",", columns) + "\r\n", StandardCharsets.UTF_8);
        }
    }

    private Path freshDatabaseWithTheSameArticles() {
        var db = folder.resolve("target.mv.db");
        try (var context = AppContext.open(db)) {
            context.importer().importSeeds(Progress.NONE);
        }
        return db;
    }

    @Test
    void formulaLikeCellsAreNeutralisedOnExportAndRestoredExactlyOnImport() throws Exception {
        var tagsCsv = Files.readString(export.resolve("tags.csv"), StandardCharsets.UTF_8);
        assertThat(tagsCsv).doesNotContain("," + FORMULA_TAG).doesNotContain("\n" + FORMULA_TAG);
        var db = freshDatabaseWithTheSameArticles();

        var result = CliOutput.run("import-annotations", export.toString(), "--db", db.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        try (var context = AppContext.open(db)) {
            assertThat(context.tags().findAll()).extracting(Tag::name).containsExactlyInAnyOrder(FORMULA_TAG, "+plain");
        }
    }

    @Test
    void aRowWithBrokenQuotingIsReportedWithItsLineAndNothingIsChanged() throws Exception {
        Files.writeString(export.resolve("tags.csv"), "99,\"never closed,#000000,,\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        var db = freshDatabaseWithTheSameArticles();

        var result = CliOutput.run("import-annotations", export.toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("problem: tags\\.csv line \\d+: ");
        assertThat(result.err()).doesNotContain("Exception");
        try (var context = AppContext.open(db)) {
            assertThat(context.tags().findAll()).isEmpty();
        }
    }
}
