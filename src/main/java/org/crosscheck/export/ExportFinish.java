package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export switches and the last step of every export: the CSV writers neutralise spreadsheet formulas and add the
 * Excel byte-order mark themselves (see {@link SafeCsvWriter}), and the incidents writer writes {@code
 * incidents.geojson} and {@code incidents.kml} beside {@code incidents.csv} row by row when asked
 * ({@link IncidentMaps}); this step names those map files, after the CSV files, and makes sure they were written.
 */
public final class ExportFinish {

    /** The export switches: {@code --excel}, {@code --geojson}, {@code --kml}. */
    public record Options(boolean excel, boolean geojson, boolean kml) {

        public static final Options PLAIN = new Options(false, false, false);
    }

    private ExportFinish() {
    }

    /** The map files the options ask for in {@code folder}, GeoJSON first. */
    public static List<Path> mapFiles(Path folder, Options options) throws IOException {
        var maps = new ArrayList<Path>();
        if (options.geojson()) {
            maps.add(folder.resolve(IncidentMaps.GEOJSON));
        }
        if (options.kml()) {
            maps.add(folder.resolve(IncidentMaps.KML));
        }
        if (!maps.isEmpty() && !Files.exists(folder.resolve(AnnotationFiles.INCIDENTS))) {
            throw new IOException("No " + AnnotationFiles.INCIDENTS + " was written, so there is nothing to map.");
        }
        return maps;
    }
}
