package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.Theme;
import org.crosscheck.ui.common.UiPrefs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a new temporary database, which imports and extracts the five seed articles as on a first
 * start (or which already holds them, as on a later start); for view tests that need incidents, claims and marks as
 * an analyst would see them.
 */
public final class SeededWindow implements AutoCloseable {

    private final AppContext context;
    private final MainWindow window;
    private final Preferences prefsNode;
    private final Stage stage;

    private SeededWindow(AppContext context, MainWindow window, Preferences prefsNode, Stage stage) {
        this.context = context;
        this.window = window;
        this.prefsNode = prefsNode;
        this.stage = stage;
    }

    /** Opens the window at {@code width} × {@code height}; call in a TestFX {@code @Start} method. */
    public static SeededWindow open(Path folder, Stage stage, int width, int height) {
        return open(AppContext.open(folder.resolve("seeded-" + System.nanoTime() + ".mv.db")), stage, width, height);
    }

    /** Opens the window on a database that already holds the seeds, imported and extracted before the window. */
    public static SeededWindow reopen(Path folder, Stage stage, int width, int height) {
        var context = AppContext.open(folder.resolve("prepared-" + System.nanoTime() + ".mv.db"));
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        return open(context, stage, width, height);
    }

    private static SeededWindow open(AppContext context, Stage stage, int width, int height) {
        Theme.LIGHT.apply();
        var prefsNode = Preferences.userRoot().node("org/crosscheck/test/" + UUID.randomUUID());
        var window = new MainWindow(context, stage, new UiPrefs(prefsNode));
        window.show();
        stage.setWidth(width);
        stage.setHeight(height);
        return new SeededWindow(context, window, prefsNode, stage);
    }

    public AppContext context() {
        return context;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** Waits until the seeds are imported and extracted and the incidents list shows their incidents. */
    public void awaitSeeds(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-table").queryAs(TableView.class).getItems().size() == 5
                && window.tasks().running().isEmpty()
                && !robot.lookup("#incident-table").queryAs(TableView.class).getItems().isEmpty());
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.dispose();
            Theme.LIGHT.apply();
        }).get();
        context.close();
        prefsNode.removeNode();
    }
}
