package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of every export, after the CSV writers: neutralises spreadsheet formulas in every CSV file written
 * (adding a UTF-8 byte-order mark with {@code excel}) and, when asked, derives {@code incidents.geojson} and
 * {@code incidents.kml} from {@code incidents.csv}.
 */
public final class ExportFinish {

    /** The export switches: {@code --excel}, {@code --geojson}, {@code --kml}. */
    public record Options(boolean excel, boolean geojson, boolean kml) {

        public static final Options PLAIN = new Options(false, false, false);
    }

    private ExportFinish() {
    }

    /** Applies the options to the written files and returns the extra files made. */
    public static List<Path> apply(Path folder, List<Path> written, Options options) throws IOException {
        for (var file : written) {
            if (file.getFileName().toString().endsWith(".csv")) {
                SpreadsheetSafety.apply(file, options.excel());
            }
        }
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
