package org.crosscheck;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.crosscheck.store.AppPaths;
import org.crosscheck.store.FileUse;
import org.crosscheck.store.StoreException;
import org.crosscheck.ui.MainWindow;
import org.crosscheck.ui.TimedImport;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.compaction.CompactionView;
import org.crosscheck.ui.common.UiPrefs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the database (from {@code --db}, {@code -Dcrosscheck.db} or the per-user default),
 * shows the main window and closes the database on exit. A database that cannot be opened is reported in one
 * plain dialog, then the app ends.
 */
public final class CrosscheckApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CrosscheckApp.class);
    /** System property: print the time to the first frame, then exit (used to measure cold start). */
    public static final String EXIT_AFTER_FIRST_FRAME = "crosscheck.exitAfterFirstFrame";
    /** System property: import this folder through the window while timing it, then exit (bench window). */
    public static final String TIMED_IMPORT = "crosscheck.timedImport";

    private AppContext context;
    private MainWindow window;

    /** The database being opened while the toolkit starts; null when the app was launched some other way. */
    private static volatile CompletableFuture<AppContext> opening;

    /**
     * Starts the window. Opening the database (H2, migrations, the search index) takes about as long as starting
     * the toolkit, so a background thread does it meanwhile and {@link #start} takes the result.
     */
    static void launchWindow(String[] args) {
        opening = CompletableFuture.supplyAsync(
                () -> AppContext.open(AppPaths.databaseFile(databaseArgument(List.of(args)))), CrosscheckApp::runOnOpener);
        Application.launch(CrosscheckApp.class, args);
    }

    private static void runOnOpener(Runnable work) {
        var thread = new Thread(work, "database-opener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(Stage stage) {
        var prefs = UiPrefs.forUser();
        prefs.theme().apply();
        try {
            context = openedContext();
        } catch (StoreException e) {
            LOG.error("Cannot open the database", e);
            DialogService.showStartupError(e.getMessage());
            Platform.exit();
            return;
        }
        showWindow(stage, prefs);
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            reportFirstFrameAndExit(stage);
        }
        var timedImport = System.getProperty(TIMED_IMPORT);
        if (timedImport != null) {
            TimedImport.start(window, stage, Path.of(timedImport));
        }
    }

    private void showWindow(Stage stage, UiPrefs prefs) {
        window = new MainWindow(context, stage, prefs);
        window.setOnCompactDatabase(use -> compactDatabase(stage, prefs, use));
        window.show();
    }

    /** Tools ▸ Compact database: closes the window and the database, compacts the file, then opens both again. */
    private void compactDatabase(Stage stage, UiPrefs prefs, FileUse use) {
        window.dispose();
        window = null;
        var closing = context;
        context = null;
        CompactionView.run(stage, closing, use, outcome -> {
            context = outcome.context();
            showWindow(stage, prefs);
            if (outcome.compacted()) {
                window.announce(outcome.message());
            } else {
                new DialogService(stage).showError("The database was not compacted", outcome.message());
            }
        }, failure -> {
            LOG.error("Cannot open the database again after compacting it", failure);
            DialogService.showStartupError(failure.getMessage());
            Platform.exit();
        });
    }

    /**
     * For {@code crosscheck bench}'s start_ms: once the first frame of the window has been laid out, prints
     * {@code first-frame-ms N} (milliseconds since the process started) and ends the app normally.
     */
    private static void reportFirstFrameAndExit(Stage stage) {
        var scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                var started = ProcessHandle.current().info().startInstant().orElse(java.time.Instant.now());
                System.out.println("first-frame-ms " + java.time.Duration.between(started, java.time.Instant.now())
                        .toMillis());
                System.out.flush();
                Platform.runLater(Platform::exit);
            }
        });
    }

    private AppContext openedContext() {
        var pending = opening;
        opening = null;
        if (pending == null) {
            return AppContext.open(AppPaths.databaseFile(databaseArgument(getParameters().getRaw())));
        }
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (context != null) {
            context.close();
        }
    }

    /** The path given as {@code --db PATH} or {@code --db=PATH}, or null. */
    static Path databaseArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            var argument = arguments.get(i);
            if (argument.startsWith("--db=")) {
                return Path.of(argument.substring("--db=".length()));
            }
            if (argument.equals("--db") && i + 1 < arguments.size()) {
                return Path.of(arguments.get(i + 1));
            }
        }
        return null;
    }
}
