package org.crosscheck.ui.common;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * A page that stands in for the main window while long work runs on the database file (compacting it, updating it
 * when it opens): a title, the file, one line about the work, an indeterminate bar and a muted note, centred.
 */
public final class WorkPage {

    private WorkPage() {
    }

    /** The page's content; {@code title} and {@code detail} are the caller's, so it can name and update them. */
    public static VBox content(Label title, Path file, Label detail, String note) {
        title.getStyleClass().add(Styles.TITLE_3);
        var name = new Label(file.toString());
        name.getStyleClass().add(Styles.TEXT_MUTED);
        var progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(420);
        var explanation = new Label(note);
        explanation.setWrapText(true);
        explanation.setMaxWidth(520);
        explanation.setTextAlignment(TextAlignment.CENTER);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        var box = new VBox(14, title, name, detail, progress, explanation);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A scene for the page as large as {@code previous} (the window it stands in for; 1280 × 800 when none). */
    public static Scene scene(Parent content, Scene previous) {
        var scene = new Scene(content, previous == null ? 1280 : previous.getWidth(),
                previous == null ? 800 : previous.getHeight());
        scene.getStylesheets().add(Theme.appStylesheet());
        return scene;
    }
}
