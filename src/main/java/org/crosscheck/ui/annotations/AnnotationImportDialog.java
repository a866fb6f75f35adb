package org.crosscheck.ui.annotations;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The result of File ▸ Import annotations…: what was restored, or every problem with its file and line so the
 * analyst can fix the files (a spreadsheet row number is the line minus one) and import again.
 */
public final class AnnotationImportDialog extends Dialog<ButtonType> {

    public AnnotationImportDialog(AnnotationImportViewModel.Outcome outcome) {
        setTitle("Import annotations");
        var pane = getDialogPane();
        pane.setId("annotation-import-report");
        pane.getStyleClass().add("annotation-import-report");
        pane.setHeaderText(outcome.heading());
        pane.getButtonTypes().setAll(ButtonType.OK);
        setResizable(true);
        if (outcome.cancelled()) {
            pane.setContent(new Label("The database holds the annotations it held before."));
            return;
        }
        var report = outcome.report();
        if (report.applied()) {
            var summary = new Label("Restored " + report.incidents() + " incidents, " + report.claims() + " claims, "
                    + report.links() + " links, " + report.tags() + " tags and " + report.grades()
                    + " grades. They replace what the database held; undo history was cleared.");
            summary.setId("annotation-import-summary");
            summary.setWrapText(true);
            summary.setPrefWidth(520);
            pane.setContent(summary);
            return;
        }
        var intro = new Label("Every file was checked and nothing was changed. Fix these rows and import again:");
        intro.setWrapText(true);
        var list = new ListView<AnnotationImportViewModel.Problem>();
        list.setId("annotation-import-problems");
        list.getItems().setAll(AnnotationImportViewModel.problems(report));
        list.setCellFactory(view -> new ProblemCell());
        list.setPrefSize(680, Math.min(420, 40 + 44.0 * list.getItems().size()));
        list.getStyleClass().add(Styles.STRIPED);
        var content = new VBox(12, intro, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.setContent(content);
    }

    /** One problem: an icon, "claims.csv line 12" in bold, and the sentence. */
    private static final class ProblemCell extends ListCell<AnnotationImportViewModel.Problem> {

        @Override
        protected void updateItem(AnnotationImportViewModel.Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            if (empty || problem == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
            icon.getStyleClass().add("problem-icon");
            icon.setIconSize(18);
            var where = new Label(problem.line() > 0 ? problem.file() + " line " + problem.line() : problem.file());
            where.getStyleClass().add(Styles.TEXT_BOLD);
            var message = new Label(problem.message());
            message.setWrapText(true);
            message.setMaxWidth(600);
            var row = new HBox(10, icon, new VBox(2, where, message));
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
        }
    }
}
