package org.crosscheck.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.crosscheck.AppContext;
import org.crosscheck.ingest.ImportFailure;
import org.crosscheck.ingest.ImportReport;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.ui.common.FxTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
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

    @Test
    void handsOnTheStoredArticlesBeforeTheirExtractionThenTheWholeReport(@TempDir Path folder) throws Exception {
        try (var context = AppContext.open(folder.resolve("import.mv.db"))) {
            var tasks = WaitForAsyncUtils.asyncFx(FxTasks::new).get(10, TimeUnit.SECONDS);
            var model = new ImportViewModel(context.importer(), context.extractor(), context.articles(), tasks);
            var events = new CopyOnWriteArrayList<String>();
            var done = new CompletableFuture<ImportReport>();

            WaitForAsyncUtils.asyncFx(() -> model.importPaths(List.of(Path.of("seeds")),
                    stored -> events.add("stored " + stored.imported().size() + ", listed "
                            + context.articles().count(ArticleQuery.all())),
                    report -> {
                        events.add("done " + report.imported().size());
                        done.complete(report);
                    },
                    error -> done.completeExceptionally(new AssertionError(error))));
            done.get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(events).containsExactly("stored 5, listed 5", "done 5");
            assertThat(context.stats().counts().get("incidents")).isPositive();
            WaitForAsyncUtils.asyncFx(tasks::close).get(20, TimeUnit.SECONDS);
        }
    }
}
