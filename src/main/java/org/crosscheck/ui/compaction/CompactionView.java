package org.crosscheck.ui.compaction;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.store.Database;
import org.crosscheck.store.FileUse;
import org.crosscheck.store.StoreException;
import org.crosscheck.ui.common.WorkPage;

/**
 * What the window shows while Tools ▸ Compact database runs, in place of the main window: the file, its size and a
 * progress bar. Closing the database, compacting it and opening it again run off the FX thread in a {@link Task};
 * only the callbacks, on the FX thread, touch the stage again. There is no Cancel button because H2 cannot stop a
 * compaction half-way; closing the window ends the app and leaves the file as it was (H2 deletes the partial copy
 * at the next open).
 */
public final class CompactionView {

    /**
     * The database opened again after the compaction.
     *
     * @param context the reopened database and its services
     * @param compacted whether the file was compacted (false when, say, the disk had no room for the copy)
     * @param message one sentence on what happened
     */
    public record Outcome(AppContext context, boolean compacted, String message) {
    }

    private CompactionView() {
    }

    /**
     * Shows the compaction view on {@code stage}; then, off the FX thread, closes {@code open} (whose window is gone),
     * compacts its file ({@code use} is how much of it was in use), opens it again and hands the outcome to
     * {@code onReopened}; {@code onFailure} gets why it could not be opened again.
     */
    public static Task<Outcome> run(Stage stage, AppContext open, FileUse use, Consumer<Outcome> onReopened,
                                    Consumer<Throwable> onFailure) {
        var file = open.database().file();
        stage.setScene(WorkPage.scene(content(file, use), stage.getScene()));
        stage.setTitle("Crosscheck — compacting " + file.getFileName());
        stage.setOnCloseRequest(null);

        var task = new Task<Outcome>() {
            @Override
            protected Outcome call() {
                open.close();
                boolean compacted;
                String message;
                try {
                    message = Database.compact(file).summary();
                    compacted = true;
                } catch (StoreException e) {
                    message = e.getMessage();
                    compacted = false;
                }
                return new Outcome(AppContext.open(file), compacted, message);
            }
        };
        task.setOnSucceeded(event -> onReopened.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        var thread = new Thread(task, "database-compaction");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** "less than a minute", "about a minute", "about 4 minutes". */
    public static String expectedTime(FileUse use) {
        long minutes = use.compactionTime().toMinutes();
        return minutes < 1 ? "less than a minute" : minutes == 1 ? "about a minute" : "about " + minutes + " minutes";
    }

    private static VBox content(Path file, FileUse use) {
        var title = new Label("Compacting the database");
        title.setId("compaction-title");
        var size = new Label(capitalised(use.describe()) + " · it takes " + expectedTime(use) + ".");
        size.setId("compaction-size");
        return WorkPage.content(title, file, size, "Crosscheck opens it again when the copy with only the data in use "
                + "has replaced it. This cannot be stopped half-way; closing the window now leaves the file as it was.");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
