package org.crosscheck.ui.compaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.store.FileUse;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compacts a real database file behind a real window, as Tools ▸ Compact database does. */
@ExtendWith(ApplicationExtension.class)
class CompactionViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppContext reopened;

    @Start
    void start(Stage primary) {
        stage = primary;
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new Label("the main window"), 900, 600));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        if (reopened != null) {
            reopened.close();
        }
    }

    @Test
    void compactsTheClosedDatabaseThenOpensItAgainWithEverythingInIt(FxRobot robot) throws Exception {
        var file = folder.resolve("extracted-often.mv.db");
        var context = AppContext.open(file);
        var report = context.importer().importPaths(List.of(Path.of("seeds")), Progress.NONE);
        var ids = report.imported().stream().map(ArticleSummary::id).toList();
        for (int round = 0; round < 6; round++) {
            context.extractor().extractArticles(ids, Progress.NONE);
        }
        var counts = context.stats().counts();
        long before = Files.size(file);
        var use = new FileUse(before, 20);
        var outcome = new CompletableFuture<CompactionView.Outcome>();

        robot.interact(() -> CompactionView.run(stage, context, use, outcome::complete,
                outcome::completeExceptionally));

        assertThat(robot.lookup("#compaction-title").queryAs(Label.class).getText())
                .isEqualTo("Compacting the database");
        assertThat(robot.lookup("#compaction-size").queryAs(Label.class).getText())
                .isEqualTo(FileUse.size(before) + ", 20 % of it in use · it takes less than a minute.");
        assertThat(stage.getTitle()).isEqualTo("Crosscheck — compacting extracted-often.mv.db");
        var result = outcome.get(60, TimeUnit.SECONDS);
        reopened = result.context();
        writePicture(WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get());
        assertThat(result.compacted()).isTrue();
        assertThat(result.message()).startsWith("Compacted " + file.toAbsolutePath().normalize() + " from ");
        assertThat(Files.size(file)).isLessThan(before);
        assertThat(reopened.stats().counts()).isEqualTo(counts).containsEntry("articles", 5L);
    }

    /** The view as the analyst sees it, in {@code target/screenshots/} beside the main window's pictures. */
    private static void writePicture(WritableImage image) throws Exception {
        var folder = Files.createDirectories(
                Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots")));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve("compaction-view.png").toFile());
    }

    @Test
    void saysHowLongItTakesInWholeMinutes() {
        var gigabyte = 1L << 30;
        assertThat(CompactionView.expectedTime(new FileUse(gigabyte / 2, 50))).isEqualTo("less than a minute");
        assertThat(CompactionView.expectedTime(new FileUse(gigabyte, 100))).isEqualTo("about a minute");
        assertThat(CompactionView.expectedTime(new FileUse(48 * gigabyte, 5))).isEqualTo("about 3 minutes");
    }
}
