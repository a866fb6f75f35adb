package org.crosscheck.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.ui.MainWindow;
import org.crosscheck.ui.SeededWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the main window, two articles selected in the list open side by side from the row menu. */
@ExtendWith(ApplicationExtension.class)
class ArticlePairWindowTest {

    @TempDir
    Path folder;
    private AppContext context;
    private MainWindow window;
    private SeededWindow seeded;

    @Start
    void start(Stage primary) {
        seeded = SeededWindow.open(folder, primary, 1600, 1000);
        context = seeded.context();
        window = seeded.window();
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void twoArticlesSelectedInTheListOpenSideBySide(FxRobot robot) throws Exception {
        var table = robot.lookup("#article-table").<ArticleSummary>queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 5
                && window.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var first = table.getItems().get(0);
        var second = table.getItems().get(2);

        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 2)).release(KeyCode.CONTROL);
        openRowMenu(robot, row(robot, 2));
        robot.clickOn("Compare side by side");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pair-view").query().isVisible()).isTrue();
        var headers = robot.lookup("#pair-left-header").queryAs(Label.class).getText() + " | "
                + robot.lookup("#pair-right-header").queryAs(Label.class).getText();
        assertThat(headers).contains(label(first)).contains(label(second));
        var image = WaitForAsyncUtils.asyncFx(() -> seeded.stage().getScene().snapshot(null)).get();
        var shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("pair-window.png").toFile());
    }

    /** Asks for the row's menu as a right-click does (Monocle sends no context-menu event for a robot click). */
    private static void openRowMenu(FxRobot robot, Node row) {
        robot.interact(() -> {
            var bounds = row.localToScreen(row.getBoundsInLocal());
            var scene = row.localToScene(row.getBoundsInLocal());
            Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10,
                    bounds.getMinX() + 20, bounds.getMinY() + 10, false, new PickResult(row, scene.getMinX() + 20,
                    scene.getMinY() + 10)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(ArticleSummary summary) {
        return summary.outlet() == null ? summary.fileName() : summary.outlet();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#article-table .table-row-cell").<TableRow<?>>match(row ->
                ((TableRow<?>) row).getIndex() == index).query();
    }
}
