package org.crosscheck.ui.importing;

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
import org.crosscheck.ingest.ImportReport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The end-of-import report: how many files were imported, were duplicates or failed, and one line per file, the
 * failures first with their plain reason.
 */
public final class ImportReportDialog extends Dialog<ButtonType> {

    public ImportReportDialog(ImportReport report) {
        setTitle("Import report");
        var pane = getDialogPane();
        pane.setId("import-report");
        pane.getStyleClass().add("import-report");
        pane.setHeaderText(ImportViewModel.heading(report));
        pane.getButtonTypes().setAll(ButtonType.OK);
        setResizable(true);

        var tiles = new HBox(12,
                tile("imported", report.imported().size(), "outcome-imported"),
                tile("duplicates", report.duplicates().size(), "outcome-duplicate"),
                tile("failed", report.failures().size(), "outcome-failed"));
        var list = new ListView<ImportViewModel.Line>();
        list.setId("import-report-lines");
        list.getItems().setAll(ImportViewModel.lines(report));
        list.setCellFactory(view -> new LineCell());
        list.setPrefSize(680, Math.min(420, 64 + 48.0 * list.getItems().size()));
        list.getStyleClass().add(Styles.STRIPED);
        var content = new VBox(14, tiles, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.setContent(content);
    }

    private static VBox tile(String name, int count, String style) {
        var number = new Label(Integer.toString(count));
        number.getStyleClass().addAll(Styles.TITLE_2, "report-number");
        if (count > 0) {
            number.getStyleClass().add(style);
        }
        var caption = new Label(name);
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        var tile = new VBox(0, number, caption);
        tile.setId("report-" + name);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.getStyleClass().add("report-tile");
        return tile;
    }

    /** One file: an icon for its outcome, the file, and the reason or the article's header. */
    private static final class LineCell extends ListCell<ImportViewModel.Line> {

        @Override
        protected void updateItem(ImportViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var icon = switch (line.outcome()) {
                case FAILED -> styled(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE), "outcome-failed");
                case DUPLICATE -> styled(new FontIcon(Material2OutlinedAL.FILE_COPY), "outcome-duplicate");
                case IMPORTED -> styled(new FontIcon(Material2OutlinedAL.CHECK_CIRCLE_OUTLINE), "outcome-imported");
            };
            var file = new Label(line.file());
            file.getStyleClass().add(Styles.TEXT_BOLD);
            var folder = new Label(line.folder());
            folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            var name = new HBox(8, file, folder);
            name.setAlignment(Pos.BASELINE_LEFT);
            var detail = new Label(line.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL,
                    line.outcome() == ImportViewModel.Outcome.FAILED ? "failure-reason" : Styles.TEXT_MUTED);
            detail.setWrapText(true);
            var text = new VBox(2, name, detail);
            var row = new HBox(10, icon, text);
            row.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(row);
        }

        private static FontIcon styled(FontIcon icon, String style) {
            icon.getStyleClass().add(style);
            icon.setIconSize(18);
            return icon;
        }
    }
}
