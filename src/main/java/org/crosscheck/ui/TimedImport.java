package org.crosscheck.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.crosscheck.ui.common.FxLatencyProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For {@code crosscheck bench window}: once the window has shown and its own start-up work is done, imports a folder
 * through it as a dropped folder would be (import, then extraction, in the status bar's task), times how long the FX
 * thread keeps the analyst waiting meanwhile and for a few seconds after (while the views take in the new
 * incidents), prints {@code window-import-seconds S}, {@code fx-wait-ms <waits>} and {@code fx-stalls-at <when>},
 * and ends the app.
 */
public final class TimedImport {

    private static final Logger LOG = LoggerFactory.getLogger(TimedImport.class);
    private static final long POLL_MILLIS = 200;
    /** Start-up work counts as done once no task has run for this long. */
    private static final long IDLE_MILLIS = 1500;
    /** How long the probe keeps timing after the import, while the views reload. */
    private static final long SETTLE_MILLIS = 3000;

    private final MainWindow window;
    private final Stage stage;
    private final Path folder;

    private TimedImport(MainWindow window, Stage stage, Path folder) {
        this.window = window;
        this.stage = stage;
        this.folder = folder;
    }

    /** Starts the timed import of {@code folder} on a thread of its own; called on the FX thread. */
    public static void start(MainWindow window, Stage stage, Path folder) {
        var thread = new Thread(new TimedImport(window, stage, folder)::run, "timed-import");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            awaitIdleWindow();
            var title = "Importing " + folder.getFileName();
            var probe = FxLatencyProbe.start();
            long started = System.nanoTime();
            onFx(() -> {
                window.importPaths(List.of(folder));
                return null;
            });
            while (onFx(() -> window.tasks().running().stream().anyMatch(task -> title.equals(task.getTitle())))) {
                Thread.sleep(POLL_MILLIS);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(SETTLE_MILLIS);
            var waits = probe.stop();
            System.out.printf(java.util.Locale.ROOT, "window-import-seconds %.2f%n", seconds);
            System.out.println("fx-wait-ms " + waits.line());
            System.out.println("fx-stalls-at " + String.join(" ", waits.stallTimes()));
        } catch (Exception e) {
            LOG.error("The timed import failed", e);
            System.out.println("timed-import-failed " + e);
        } finally {
            System.out.flush();
            Platform.runLater(this::closeAndExit);
        }
    }

    /** Closes the import report first: ending the toolkit under an open modal dialog can crash GTK's glass. */
    private void closeAndExit() {
        for (var open : List.copyOf(Window.getWindows())) {
            if (open != stage) {
                open.hide();
            }
        }
        Platform.exit();
    }

    /** Waits until the window shows and has had no running task for a while (the seed check on a new database). */
    private void awaitIdleWindow() throws Exception {
        long idleSince = System.nanoTime();
        while (true) {
            boolean idle = onFx(() -> stage.isShowing() && window.tasks().running().isEmpty());
            if (!idle) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > IDLE_MILLIS * 1_000_000) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
