package org.crosscheck.ui.exporting;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.export.ExportService;
import org.crosscheck.ui.common.FxTasks;

/**
 * File ▸ Export…: the analyst's choices (a byte-order mark for Excel, GeoJSON for QGIS, KML for Google Earth, kept
 * for the session) and the export itself into a folder the analyst picked, in the background.
 */
public final class ExportViewModel {

    private final ExportService exporter;
    private final FxTasks tasks;
    private final BooleanProperty excel = new SimpleBooleanProperty(this, "excel");
    private final BooleanProperty geojson = new SimpleBooleanProperty(this, "geojson");
    private final BooleanProperty kml = new SimpleBooleanProperty(this, "kml");

    public ExportViewModel(ExportService exporter, FxTasks tasks) {
        this.exporter = exporter;
        this.tasks = tasks;
    }

    /** Start each CSV file with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
    public BooleanProperty excelProperty() {
        return excel;
    }

    /** Also write incidents.geojson. */
    public BooleanProperty geojsonProperty() {
        return geojson;
    }

    /** Also write incidents.kml. */
    public BooleanProperty kmlProperty() {
        return kml;
    }

    public ExportFinish.Options options() {
        return new ExportFinish.Options(excel.get(), geojson.get(), kml.get());
    }

    /** Writes the export files into {@code folder}; {@code onDone} gets a sentence saying what was written. */
    public void exportTo(Path folder, Consumer<String> onDone, Consumer<String> onError) {
        var options = options();
        tasks.run("Exporting", progress -> exporter.exportTo(folder, options, progress),
                written -> onDone.accept("Exported " + written.size() + " files to " + folder),
                error -> onError.accept("Nothing was written to " + folder + ": " + error.getMessage()));
    }
}
