package org.crosscheck.ui.exporting;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The choices of File ▸ Export… before the folder is picked: the CSV files are always written; the analyst adds a
 * byte-order mark for Excel, a GeoJSON file for QGIS and a KML file for Google Earth. Returns the "choose folder"
 * button when the analyst goes on.
 */
public final class ExportDialog extends Dialog<ButtonType> {

    /** The button that goes on to the folder chooser. */
    public static final ButtonType CHOOSE_FOLDER = new ButtonType("Choose folder…", ButtonBar.ButtonData.OK_DONE);

    public ExportDialog(ExportViewModel viewModel) {
        setTitle("Export");
        var pane = getDialogPane();
        pane.setId("export-dialog");
        pane.setHeaderText("Export articles, incidents, claims, links, tags and outlet grades");
        pane.getButtonTypes().setAll(ButtonType.CANCEL, CHOOSE_FOLDER);

        var files = new Label("Always written: articles.csv, incidents.csv, claims.csv, links.csv, tags.csv and "
                + "outlets.csv (see docs/csv-dictionary.md). Cells a spreadsheet would run as formulas get a leading "
                + "apostrophe, which Import annotations takes off again.");
        files.setWrapText(true);
        files.getStyleClass().add(Styles.TEXT_MUTED);
        var content = new VBox(10, files,
                choice("export-excel", "Excel (byte-order mark)", "Excel needs it to show non-Latin text correctly",
                        viewModel.excelProperty()),
                choice("export-geojson", "GeoJSON (incidents.geojson)", "Incidents as points for QGIS",
                        viewModel.geojsonProperty()),
                choice("export-kml", "KML (incidents.kml)",
                        "Placemarks coloured by assessment, with dates for Google Earth's time slider",
                        viewModel.kmlProperty()));
        content.setPrefWidth(520);
        pane.setContent(content);
    }

    private static VBox choice(String id, String text, String explanation,
                               BooleanProperty property) {
        var box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        var note = new Label(explanation);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setPadding(new Insets(0, 0, 0, 26));
        return new VBox(2, box, note);
    }
}
