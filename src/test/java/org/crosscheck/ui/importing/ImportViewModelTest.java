package org.crosscheck.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.ingest.ImportFailure;
import org.crosscheck.ingest.ImportReport;
import org.crosscheck.model.ArticleSummary;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {

    private static final ArticleSummary IMPORTED = new ArticleSummary(7, "irna.txt", "IRNA", "Drones hit Ain al-Asad",
            "en", LocalDate.of(2024, 1, 8), 4, "text");

    @Test
    void listsFailuresFirstThenDuplicatesThenImports() {
        var report = new ImportReport(List.of(IMPORTED), List.of(Path.of("in", "copy.txt")),
                List.of(new ImportFailure(Path.of("in", "empty.txt"), "The file is empty.")), false);

        assertThat(ImportViewModel.lines(report)).containsExactly(
                new ImportViewModel.Line(ImportViewModel.Outcome.FAILED, "empty.txt", "in", "The file is empty."),
                new ImportViewModel.Line(ImportViewModel.Outcome.DUPLICATE, "copy.txt", "in",
                        "Already in the database; not imported again."),
                new ImportViewModel.Line(ImportViewModel.Outcome.IMPORTED, "irna.txt", "",
                        "IRNA · 2024-01-08 · Drones hit Ain al-Asad"));
    }

    @Test
    void headingSaysHowManyWereImportedOrThatItWasCancelled() {
        assertThat(ImportViewModel.heading(new ImportReport(List.of(IMPORTED), List.of(), List.of(), false)))
                .isEqualTo("Imported 1 article");
        assertThat(ImportViewModel.heading(new ImportReport(List.of(), List.of(Path.of("a.txt")), List.of(), false)))
                .isEqualTo("Nothing new was imported");
        assertThat(ImportViewModel.heading(new ImportReport(List.of(IMPORTED, IMPORTED), List.of(), List.of(), true)))
                .isEqualTo("Import cancelled after 2 articles");
    }
}
