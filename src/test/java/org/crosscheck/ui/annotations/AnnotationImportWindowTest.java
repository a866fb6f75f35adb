package org.crosscheck.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.edit.Edits;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.model.ItemType;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.MainWindow;
import org.crosscheck.ui.SeededWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Import annotations… in the real main window: a sound export folder replaces the annotations and the dialog
 * says what was restored; a folder with a bad row lists it with file and line and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationImportWindowTest {

    @TempDir
    static Path shared;
    private static Path export;

    @TempDir
    Path folder;
    private AppContext context;
    private MainWindow window;
    private SeededWindow seeded;

    /** An export of the seeds with an analyst tag on an incident and a contested assessment. */
    @BeforeAll
    static void exportAnnotatedSeeds() throws Exception {
        export = shared.resolve("export");
        try (var source = AppContext.open(shared.resolve("source.mv.db"))) {
            source.importer().importSeeds(Progress.NONE);
            source.extractor().extractAll(Progress.NONE);
            var incident = source.incidents().findAll().get(0);
            source.edits().perform(Edits.createTag("checked", "#2ca02c", 1));
            var tag = source.tags().findByName("checked").orElseThrow();
            source.edits().perform(Edits.tag(tag.id(), ItemType.INCIDENT, incident.id(), true));
            source.edits().perform(Edits.grade(ItemType.INCIDENT, incident.id(), "contested"));
            source.exporter().exportTo(export, ExportFinish.Options.PLAIN, Progress.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        seeded = SeededWindow.open(folder, stage, 1600, 1000);
        context = seeded.context();
        window = seeded.window();
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void importingAnExportRestoresItsAnnotationsAndSaysWhat(FxRobot robot) throws Exception {
        waitUntil(() -> context.articles().count(ArticleQuery.all()) == 5
                && window.tasks().running().isEmpty());

        robot.interact(() -> window.importAnnotations(export));

        waitUntil(() -> robot.lookup("#annotation-import-report").tryQuery().isPresent());
        var summary = robot.lookup("#annotation-import-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("Restored ").contains("1 tags");
        assertThat(context.tags().findByName("checked")).isPresent();
        assertThat(context.grades().all(ItemType.INCIDENT).values()).extracting(g -> g.value())
                .containsExactly("contested");
        robot.clickOn(robot.from(robot.lookup("#annotation-import-report").queryAs(DialogPane.class))
                .lookup(".button").queryButton());
    }

    @Test
    void aBadRowIsListedWithFileAndLineAndNothingChanges(FxRobot robot) throws Exception {
        waitUntil(() -> context.articles().count(ArticleQuery.all()) == 5
                && window.tasks().running().isEmpty());
        var broken = Files.createDirectories(folder.resolve("broken"));
        try (var files = Files.list(export)) {
            for (var file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        var links = broken.resolve("links.csv");
        var lines = Files.readAllLines(links, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replaceFirst(",(contradicts|corroborates|repeats|elaborates),", ",refutes,"));
        Files.write(links, lines, StandardCharsets.UTF_8);
        var claimsBefore = context.claims().findAll();

        robot.interact(() -> window.importAnnotations(broken));

        waitUntil(() -> robot.lookup("#annotation-import-problems").tryQuery().isPresent());
        var problems = robot.lookup("#annotation-import-problems").queryListView().getItems();
        assertThat(problems).containsExactly(new AnnotationImportViewModel.Problem("links.csv", 2,
                "relation \"refutes\" is not a known value."));
        assertThat(robot.lookup("#annotation-import-report").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Nothing was imported: 1 problem to fix first");
        assertThat(context.claims().findAll()).isEqualTo(claimsBefore);
        assertThat(context.tags().findAll()).isEmpty();
        robot.clickOn(robot.from(robot.lookup("#annotation-import-report").queryAs(DialogPane.class))
                .lookup(".button").queryButton());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
