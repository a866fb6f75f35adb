package org.crosscheck.ui.compaction;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.store.Database;
import org.crosscheck.store.FileUse;
import org.crosscheck.store.StoreException;
import org.crosscheck.ui.common.Theme;

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
        var previous = stage.getScene();
        var scene = new Scene(content(file, use), previous == null ? 1280 : previous.getWidth(),
                previous == null ? 800 : previous.getHeight());
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
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
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("compaction-title");
        var name = new Label(file.toString());
        name.getStyleClass().add(Styles.TEXT_MUTED);
        var size = new Label(capitalised(use.describe()) + " · it takes " + expectedTime(use) + ".");
        size.setId("compaction-size");
        var progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(420);
        var note = new Label("Crosscheck opens it again when the copy with only the data in use has replaced it."
                + " This cannot be stopped half-way; closing the window now leaves the file as it was.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setTextAlignment(TextAlignment.CENTER);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        var box = new VBox(14, title, name, size, progress, note);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("compaction-view");
        return box;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
