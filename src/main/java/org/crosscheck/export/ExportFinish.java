package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of every export, after the CSV writers (which neutralise spreadsheet formulas and add the Excel
 * byte-order mark themselves, see {@link SafeCsvWriter}): when asked, derives {@code incidents.geojson} and
 * {@code incidents.kml} from {@code incidents.csv}.
 */
public final class ExportFinish {

    /** The export switches: {@code --excel}, {@code --geojson}, {@code --kml}. */
    public record Options(boolean excel, boolean geojson, boolean kml) {

        public static final Options PLAIN = new Options(false, false, false);
    }

    private ExportFinish() {
    }

    /** Writes the map files the options ask for next to {@code incidents.csv} and returns them. */
    public static List<Path> apply(Path folder, Options options) throws IOException {
        var extra = new ArrayList<Path>();
        var incidents = folder.resolve(AnnotationFiles.INCIDENTS);
        if ((options.geojson() || options.kml()) && !Files.exists(incidents)) {
            throw new IOException("No " + AnnotationFiles.INCIDENTS + " was written, so there is nothing to map.");
        }
        try {
            if (options.geojson()) {
                extra.add(IncidentMaps.writeGeoJson(incidents));
            }
            if (options.kml()) {
                extra.add(IncidentMaps.writeKml(incidents));
            }
        } catch (CsvTable.MalformedCsvException e) {
            throw new IOException(AnnotationFiles.INCIDENTS + " line " + e.line() + ": " + e.getMessage(), e);
        }
        return extra;
    }
}
