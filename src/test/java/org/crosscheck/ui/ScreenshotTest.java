package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.ui.common.Theme;
import org.crosscheck.ui.common.UiPrefs;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes PNGs of the main window on the seed articles, with one open at a highlighted span, at the two sizes it must look
 * finished at, into {@code target/screenshots/} for people to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    @TempDir
    Path folder;

    private AppContext context;
    private MainWindow window;
    private Stage stage;
    private Preferences prefsNode;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        context = AppContext.open(folder.resolve("shots.mv.db"));
        prefsNode = Preferences.userRoot().node("org/crosscheck/test/" + UUID.randomUUID());
        window = new MainWindow(context, stage, new UiPrefs(prefsNode));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.dispose();
            Theme.LIGHT.apply();
        }).get();
        context.close();
        prefsNode.removeNode();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1600, 1000, LIGHT
            1280,  800, LIGHT
            1280,  800, DARK
            """)
    void writesThePictureOfTheMainWindow(int width, int height, Theme theme, FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.applyTheme(theme);
            window.show();
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        MainWindowTest.waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn(row(robot, "003_5f9ea44ed39dbe39.txt"));
        var article = row(robot, "003_5f9ea44ed39dbe39.txt").getItem();
        var text = context.articles().find(article.id()).orElseThrow().text();
        var start = text.indexOf("Six missiles");
        WaitForAsyncUtils.asyncFx(() -> window.workspace().readerTargetProperty()
                .set(new Workspace.ReaderTarget(article.id(), start, start + "Six missiles".length()))).get();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        var file = screenshotFolder().resolve("main-window-" + width + "x" + height + "-"
                + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        write(image, file);

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    static Path screenshotFolder() throws Exception {
        var folder = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        return folder;
    }

    static void write(WritableImage image, Path file) throws Exception {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#article-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ArticleSummary> row(FxRobot robot, String fileName) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && fileName.equals(((ArticleSummary) r.getItem()).fileName()))
                .findFirst().orElseThrow();
    }
}
