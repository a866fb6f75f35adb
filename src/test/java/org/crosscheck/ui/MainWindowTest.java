package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.DatePicker;
import javafx.scene.control.SplitPane;
import javafx.scene.text.TextFlow;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.ui.common.Theme;
import org.crosscheck.ui.common.UiPrefs;
import org.crosscheck.ui.importing.ImportViewModel;
import org.crosscheck.ui.reader.ReaderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a temporary database and works with it as an analyst would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path folder;

    private AppContext context;
    private MainWindow window;
    private Preferences prefsNode;

    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        Theme.LIGHT.apply();
        context = AppContext.open(folder.resolve("window.mv.db"));
        prefsNode = Preferences.userRoot().node("org/crosscheck/test/" + UUID.randomUUID());
        window = new MainWindow(context, stage, new UiPrefs(prefsNode));
        window.show();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        WaitForAsyncUtils.asyncFx(window::dispose).get();
        context.close();
        prefsNode.removeNode();
    }

    @Test
    void importsTheFiveSeedArticlesIntoANewDatabase(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);

        assertThat(robot.lookup("#article-summary").queryAs(Label.class).getText()).isEqualTo("5 articles");
        waitUntil(() -> robot.lookup("#status-articles").queryAs(Label.class).getText().equals("5 articles"));
    }

    @Test
    void clickingAnArticleOpensItInTheReader(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);

        robot.clickOn(row(robot, "The Cradle"));

        waitUntil(() -> "The Cradle".equals(robot.lookup("#reader-outlet").queryAs(TextField.class).getText()));
        var reader = robot.lookup("#reader").queryAs(ReaderView.class);
        assertThat(reader.displayedText()).startsWith("from the News Desk, published on The Cradle, July 26, 2024");
        assertThat(robot.lookup("#reader-published").queryAs(DatePicker.class).getValue())
                .hasToString("2024-07-26");
    }

    @Test
    void extractingAgainFromEveryArticleKeepsTheSameIncidents(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Import finished"));
        var before = context.incidents().findAll();
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        var extractAgain = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-extract-again".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(extractAgain::fire);

        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .startsWith("extracted 5 articles"));
        assertThat(context.incidents().findAll()).hasSameSizeAs(before);
    }

    @Test
    void compactingTheDatabaseAsksFirstWithTheFileSizeThenHandsOverToTheOwner(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().startsWith("Import finished"));
        var handedOver = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> window.setOnCompactDatabase(use -> handedOver.incrementAndGet()));
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").query();
        var compact = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-compact-database".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(compact::fire);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").query();
        assertThat(question.getHeaderText()).isEqualTo("Compact the database?");
        assertThat(question.getContentText()).startsWith("Little space would be given back. The file window.mv.db is ")
                .contains("% of it in use").contains("which takes less than a minute");
        ScreenshotTest.write(WaitForAsyncUtils.asyncFx(() -> question.getScene().snapshot(null)).get(),
                ScreenshotTest.screenshotFolder().resolve("compact-question.png"));
        var yes = question.getButtonTypes().stream().filter(type -> type.getText().equals("Compact")).findFirst()
                .orElseThrow();
        robot.clickOn(question.lookupButton(yes));
        waitUntil(() -> handedOver.get() == 1);
    }

    @Test
    void theStatusBarMentionsCompactionOnlyWhenMostOfALargeFileIsReplacedPages() {
        var message = "Import finished: imported 3, duplicates 0, failed 0";
        var gigabyte = 1L << 30;

        assertThat(MainWindow.withCompactionHint(message, new org.crosscheck.store.FileUse(48 * gigabyte, 10)))
                .isEqualTo(message + " · The database file is 48.0 GB, 10 % of it in use: Tools ▸ Compact database"
                        + " gives the rest back.");
        assertThat(MainWindow.withCompactionHint(message, new org.crosscheck.store.FileUse(48 * gigabyte, 80)))
                .isEqualTo(message);
        assertThat(MainWindow.withCompactionHint(message, new org.crosscheck.store.FileUse(4 << 20, 10)))
                .isEqualTo(message);
    }

    @Test
    void searchingNarrowsTheList(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);

        robot.clickOn("#article-search").write("Tanf");

        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup("#article-summary").queryAs(Label.class).getText())
                .isEqualTo("2 of 5 articles match “tanf”");
    }

    @Test
    void ctrlFPutsTheCursorInTheSearchBox(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn(row(robot, "The Cradle"));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#article-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void anEditedHeaderIsSavedToTheDatabase(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn(row(robot, "The Cradle"));
        waitUntil(() -> "The Cradle".equals(robot.lookup("#reader-outlet").queryAs(TextField.class).getText()));

        var title = robot.lookup("#reader-title").queryAs(TextField.class);
        robot.doubleClickOn(title).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Salvos on Conoco");
        robot.clickOn("#reader-save");

        var id = table(robot).getItems().stream().filter(a -> a != null && "The Cradle".equals(a.outlet()))
                .findFirst().orElseThrow().id();
        waitUntil(() -> "Salvos on Conoco".equals(context.articles().find(id).orElseThrow().title()));
        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(a -> a != null && "Salvos on Conoco".equals(a.title())));
    }

    @Test
    void importingShowsAReportOfImportedDuplicateAndFailedFiles(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        var batch = Files.createDirectories(folder.resolve("batch"));
        Files.writeString(batch.resolve("new.txt"), "IRNA – Drones struck the Ain al-Asad base on Monday, "
                + "the Islamic Resistance in Iraq said.", StandardCharsets.UTF_8);
        Files.copy(Path.of("seeds", "004_ca81ca16356623c8.txt"), batch.resolve("copy-of-004.txt"));
        Files.writeString(batch.resolve("empty.txt"), "");

        robot.interact(() -> window.importPaths(List.of(batch)));

        waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        var report = robot.lookup("#import-report").queryAs(DialogPane.class);
        assertThat(report.getHeaderText()).isEqualTo("Imported 1 article");
        assertThat(robot.from(report).lookup("#import-report-lines").queryListView().getItems())
                .extracting(line -> ((ImportViewModel.Line) line).outcome())
                .containsExactly(ImportViewModel.Outcome.FAILED, ImportViewModel.Outcome.DUPLICATE,
                        ImportViewModel.Outcome.IMPORTED);
        var picture = WaitForAsyncUtils.asyncFx(() -> report.snapshot(null, null)).get();
        ScreenshotTest.write(picture, ScreenshotTest.screenshotFolder().resolve("import-report.png"));
        robot.clickOn(robot.from(report).lookup(".button").queryButton());

        waitUntil(() -> table(robot).getItems().size() == 6);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Import finished: imported 1, duplicates 1, failed 1");
    }

    @Test
    void arabicArticlesReadRightToLeft(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        var file = Files.writeString(folder.resolve("almayadeen-ar.txt"),
                "الميادين – أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف الأمريكية بطائرتين مسيرتين يوم "
                        + "الاثنين، وقالت إن الطائرتين أصابتا أهدافهما بدقة.", StandardCharsets.UTF_8);
        robot.interact(() -> window.importPaths(List.of(file)));
        waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#import-report").queryAs(DialogPane.class)).lookup(".button")
                .queryButton());
        waitUntil(() -> table(robot).getItems().size() == 6);

        robot.clickOn(rowOfFile(robot, "almayadeen-ar.txt"));

        waitUntil(() -> robot.lookup("#reader").queryAs(ReaderView.class).displayedText().startsWith("الميادين"));
        assertThat(robot.lookup(".reader-text").queryAs(TextFlow.class).getNodeOrientation())
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void aRunningTaskShowsInTheStatusBarAndStopsOnCancel(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5 && window.tasks().running().isEmpty());
        var outcome = new AtomicReference<String>();
        robot.interact(() -> window.tasks().run("Counting sheep", progress -> {
            long sheep = 0;
            while (!progress.isCancelled()) {
                progress.update(++sheep % 100, 100, "sheep " + sheep);
                Thread.sleep(5);
            }
            return "stopped at " + sheep;
        }, outcome::set, error -> outcome.set("failed")));

        waitUntil(() -> robot.lookup("#task-cancel").tryQuery().isPresent());
        robot.clickOn("#task-cancel");

        waitUntil(() -> outcome.get() != null);
        assertThat(outcome.get()).startsWith("stopped at ");
        waitUntil(() -> robot.lookup("#task-cancel").tryQuery().isEmpty());
    }

    @Test
    void remembersTheWindowSizeAndTheSplit(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 5);
        var split = robot.lookup(".main-split").queryAs(SplitPane.class);
        robot.interact(() -> {
            stage.setWidth(1300);
            stage.setHeight(820);
        });
        robot.interact(() -> split.setDividerPositions(0.33));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        var prefs = new UiPrefs(prefsNode);
        assertThat(prefs.divider("main", 0.5)).isCloseTo(0.33, within(0.01));
        assertThat(prefsNode.getDouble("window.width", 0)).isEqualTo(1300);
        assertThat(prefsNode.getDouble("window.height", 0)).isEqualTo(820);
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ArticleSummary> rowOfFile(FxRobot robot, String fileName) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && fileName.equals(((ArticleSummary) r.getItem()).fileName()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleSummary> table(FxRobot robot) {
        return robot.lookup("#article-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ArticleSummary> row(FxRobot robot, String outlet) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && outlet.equals(((ArticleSummary) r.getItem()).outlet()))
                .findFirst().orElseThrow();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
