package org.crosscheck;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
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
import org.crosscheck.ui.opening.OpeningView;
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

    /** How long the start waits for the database before it shows the opening view instead. */
    private static final Duration OPENING_GRACE = Duration.ofSeconds(1);

    /** The database being opened while the toolkit starts; null when the app was launched some other way. */
    private static volatile CompletableFuture<AppContext> opening;
    /** The step the opening last reported (backing up, updating), for the opening view; null before the first. */
    private static final AtomicReference<String> openingStep = new AtomicReference<>();

    private AppContext context;
    private MainWindow window;

    /**
     * Starts the window. Opening the database (H2, migrations, the search index) takes about as long as starting
     * the toolkit, so a background thread does it meanwhile and {@link #start} takes the result.
     */
    static void launchWindow(String[] args) {
        opening = openInBackground(AppPaths.databaseFile(databaseArgument(List.of(args))));
        Application.launch(CrosscheckApp.class, args);
    }

    private static CompletableFuture<AppContext> openInBackground(Path file) {
        openingStep.set(null);
        return CompletableFuture.supplyAsync(() -> AppContext.open(file, openingStep::set), CrosscheckApp::runOnOpener);
    }

    private static void runOnOpener(Runnable work) {
        var thread = new Thread(work, "database-opener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Shows the main window once the database is open. An opening that outlasts {@link #OPENING_GRACE} (a database
     * from an earlier version being backed up and updated) shows the opening view meanwhile, so the FX thread never
     * waits for it.
     */
    @Override
    public void start(Stage stage) {
        var prefs = UiPrefs.forUser();
        prefs.theme().apply();
        var file = AppPaths.databaseFile(databaseArgument(getParameters().getRaw()));
        var pending = opening != null ? opening : openInBackground(file);
        opening = null;
        try {
            pending.get(OPENING_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            prefs.restoreWindow(stage, 1600, 1000);
            var view = OpeningView.show(stage, file, openingStep::get);
            pending.whenComplete((opened, failure) -> Platform.runLater(() -> {
                view.close();
                opened(stage, prefs, pending);
            }));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // opened() reports it
        }
        opened(stage, prefs, pending);
    }

    /** Shows the main window on the database {@code pending} opened, or says why it could not be opened. */
    private void opened(Stage stage, UiPrefs prefs, CompletableFuture<AppContext> pending) {
        try {
            context = pending.join();
        } catch (CompletionException e) {
            LOG.error("Cannot open the database", e.getCause());
            DialogService.showStartupError(e.getCause() instanceof StoreException failure ? failure.getMessage()
                    : "The database could not be opened: " + e.getCause());
            Platform.exit();
            return;
        }
        showWindow(stage, prefs);
        var backup = context.database().migrationBackup();
        if (backup != null) {
            window.announce("Updated the database for this version of Crosscheck; the earlier one is backed up in "
                    + backup + ".");
        }
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
