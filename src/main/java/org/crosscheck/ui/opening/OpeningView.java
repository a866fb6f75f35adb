package org.crosscheck.ui.opening;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.crosscheck.ui.common.WorkPage;

/**
 * What the window shows while the database is still opening when the toolkit is ready: after an update of Crosscheck,
 * a database from the earlier version is backed up and migrated first, which takes minutes at 100,000 articles. The
 * opening runs on its own thread; this view only shows the step it reports, read every quarter of a second.
 */
public final class OpeningView {

    private static final Duration POLL = Duration.millis(250);

    private final Timeline polling;

    private OpeningView(Timeline polling) {
        this.polling = polling;
    }

    /** Shows the view on {@code stage} (already sized) for {@code file}; {@code status} is the step under way. */
    public static OpeningView show(Stage stage, Path file, Supplier<String> status) {
        var step = new Label(stepText(status.get()));
        step.setId("opening-status");
        var content = WorkPage.content(new Label("Opening the database"), file, step, "A database from an earlier "
                + "version of Crosscheck is backed up and then updated; with many articles that takes a few minutes. "
                + "Closing the window stops it safely, and the next start begins it again.");
        stage.setScene(WorkPage.scene(content, stage.getScene()));
        stage.setTitle("Crosscheck — opening " + file.getFileName());
        var polling = new Timeline(new KeyFrame(POLL, event -> step.setText(stepText(status.get()))));
        polling.setCycleCount(Animation.INDEFINITE);
        polling.play();
        stage.show();
        return new OpeningView(polling);
    }

    /** Stops following the opening; the caller puts the next scene on the stage. */
    public void close() {
        polling.stop();
    }

    private static String stepText(String status) {
        return status == null ? "Reading the file…" : status + "…";
    }
}
