package org.crosscheck.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the incident rows of {@code incidents.csv} into files for map tools as they are written, so every format
 * carries exactly the incident columns: {@value #GEOJSON} (RFC 7946 FeatureCollection of points at [longitude,
 * latitude], properties = the incident columns) for QGIS, and {@value #KML} (one placemark per incident, styled by its
 * assessment, with a TimeStamp so Google Earth's time slider works) for Google Earth. Incidents without coordinates
 * are left out. A cell is the text the CSV holds before spreadsheet neutralising; {@code null} is an empty cell.
 */
public final class IncidentMaps implements Closeable {

    public static final String GEOJSON = "incidents.geojson";
    public static final String KML = "incidents.kml";
    /** Columns written as JSON numbers rather than strings. */
    private static final Set<String> NUMERIC = Set.of("year", "time_precision", "inter1", "inter2", "interaction",
            "iso", "latitude", "longitude", "geo_precision", "fatalities", "incident_id", "report_count",
            "independent_source_count", "conflict_count", "timestamp");
    /** A cell of a numeric column that JSON can take as a number as it stands. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    /** KML colours (aabbggrr) per assessment code; unassessed incidents are grey. */
    private static final String[][] STYLES = {
            {"confirmed", "ff2f7d31", "Confirmed"},
            {"fair", "ff2fa0e6", "Fair"},
            {"weak", "ff00d7ff", "Weak"},
            {"contested", "ff2828d6", "Contested"},
            {"discounted", "ff9e9e9e", "Discounted"},
            {"single-source", "ffb07a1f", "Single source"},
            {"unassessed", "ff757575", "Not assessed"}};

    private final List<String> columns;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<Path> files = new ArrayList<>();
    private final String[] cells;
    private Writer geoJson;
    /** One GeoJSON feature as it is put together, then handed to the file whole. */
    private final StringBuilder feature = new StringBuilder(1024);
    private boolean firstFeature = true;
    private Writer kmlOut;
    private XMLStreamWriter kml;

    private IncidentMaps(List<String> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            indexes.put(columns.get(i), i);
        }
        this.cells = new String[columns.size()];
    }

    /**
     * Starts {@value #GEOJSON} and/or {@value #KML} in {@code folder} for rows with these columns (which must include
     * those of the incident files: latitude, longitude, incident_id, location, event_date, assessment, ...); with
     * neither asked, the rows are ignored.
     */
    public static IncidentMaps create(Path folder, List<String> columns, boolean geojson, boolean kml)
            throws IOException {
        var maps = new IncidentMaps(columns);
        try {
            if (geojson) {
                maps.startGeoJson(folder.resolve(GEOJSON));
            }
            if (kml) {
                maps.startKml(folder.resolve(KML));
            }
        } catch (IOException | RuntimeException e) {
            maps.close();
            throw e;
        }
        return maps;
    }

    /** The files being written, GeoJSON first. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Writes one incident (one value per column; {@code null} is an empty cell) into each file. */
    public void row(Object... values) throws IOException {
        if (geoJson == null && kml == null) {
            return;
        }
        if (values.length != cells.length) {
            throw new IllegalArgumentException("A row of " + values.length + " cells for " + cells.length
                    + " columns.");
        }
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? "" : values[i].toString();
        }
        var lon = coordinate(cell("longitude"));
        var lat = coordinate(cell("latitude"));
        if (lon == null || lat == null) {
            return;
        }
        if (geoJson != null) {
            writeFeature(lon, lat);
        }
        if (kml != null) {
            try {
                writePlacemark(lon, lat);
            } catch (XMLStreamException e) {
                throw new IOException("Writing " + KML + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Ends and closes the files. */
    @Override
    public void close() throws IOException {
        try (var json = geoJson; var kmlFile = kmlOut) {
            if (json != null) {
                json.write("\n]}\n");
            }
            if (kml != null) {
                kml.writeEndElement();
                kml.writeEndElement();
                kml.writeEndDocument();
                kml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("Writing " + KML + " failed: " + e.getMessage(), e);
        } finally {
            geoJson = null;
            kml = null;
            kmlOut = null;
        }
    }

    private String cell(String column) {
        return cells[indexes.get(column)];
    }

    private void startGeoJson(Path file) throws IOException {
        geoJson = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        files.add(file);
        geoJson.write("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    private void writeFeature(String lon, String lat) throws IOException {
        var out = feature;
        out.setLength(0);
        out.append(firstFeature ? "\n" : ",\n");
        firstFeature = false;
        out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
        out.append(lon).append(',').append(lat).append("]},\"properties\":{");
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendJsonString(out, columns.get(i));
            out.append(':');
            appendJsonValue(out, columns.get(i), cells[i]);
        }
        out.append("}}");
        geoJson.append(out);
    }

    private void startKml(Path file) throws IOException {
        kmlOut = new BlockWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        files.add(file);
        try {
            kml = XMLOutputFactory.newFactory().createXMLStreamWriter(kmlOut);
            writeKmlStart(kml);
        } catch (XMLStreamException e) {
            throw new IOException("Writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Gathers what the XML writer writes (often a character at a time) and hands it on in blocks: a
     * {@link java.io.BufferedWriter} takes a lock on every call, which made the KML file's single characters its
     * largest cost.
     */
    private static final class BlockWriter extends Writer {
        private static final int BLOCK = 8192;
        private final Writer out;
        private final StringBuilder block = new StringBuilder(BLOCK * 2);
        private final char[] chars = new char[BLOCK * 2];

        BlockWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            block.append((char) c);
            drainIfFull();
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            block.append(text, offset, length);
            drainIfFull();
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            block.append(text, offset, offset + length);
            drainIfFull();
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                drain();
            }
        }

        private void drainIfFull() throws IOException {
            if (block.length() >= BLOCK) {
                drain();
            }
        }

        private void drain() throws IOException {
            for (int from = 0; from < block.length(); from += chars.length) {
                int to = Math.min(block.length(), from + chars.length);
                block.getChars(from, to, chars, 0);
                out.write(chars, 0, to - from);
            }
            block.setLength(0);
        }
    }

    private static void writeKmlStart(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("kml");
        xml.writeDefaultNamespace("http://www.opengis.net/kml/2.2");
        xml.writeStartElement("Document");
        element(xml, "name", "Crosscheck incidents");
        for (var style : STYLES) {
            xml.writeStartElement("Style");
            xml.writeAttribute("id", style[0]);
            xml.writeStartElement("IconStyle");
            element(xml, "color", style[1]);
            element(xml, "scale", "1.1");
            xml.writeStartElement("Icon");
            element(xml, "href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("LabelStyle");
            element(xml, "scale", "0.8");
            xml.writeEndElement();
            xml.writeEndElement();
        }
    }

    private void writePlacemark(String lon, String lat) throws XMLStreamException {
        var xml = kml;
        xml.writeStartElement("Placemark");
        xml.writeAttribute("id", "incident-" + cell("incident_id"));
        element(xml, "name", cell("location") + " " + cell("event_date"));
        element(xml, "description", description());
        element(xml, "styleUrl", "#" + styleOf(cell("assessment")));
        if (!cell("event_date").isEmpty()) {
            xml.writeStartElement("TimeStamp");
            element(xml, "when", cell("event_date"));
            xml.writeEndElement();
        }
        xml.writeStartElement("ExtendedData");
        for (int i = 0; i < cells.length; i++) {
            xml.writeStartElement("Data");
            xml.writeAttribute("name", columns.get(i));
            element(xml, "value", cells[i]);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("Point");
        element(xml, "coordinates", lon + "," + lat + ",0");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private String description() {
        var assessment = cell("assessment").isEmpty() ? "not assessed" : cell("assessment");
        return cell("sub_event_type") + "; " + cell("report_count") + " reports, "
                + cell("independent_source_count") + " independent sources, " + cell("conflict_count")
                + " conflicts; assessment: " + assessment
                + (cell("notes").isEmpty() ? "" : "\n" + cell("notes"));
    }

    /** The style id of an assessment code ("single source" → "single-source"). */
    static String styleOf(String assessment) {
        var code = assessment.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (var style : STYLES) {
            if (style[0].equals(code)) {
                return code;
            }
        }
        return "unassessed";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String coordinate(String cell) {
        try {
            var value = Double.parseDouble(cell.strip());
            return Double.isFinite(value) ? cell.strip() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void appendJsonValue(StringBuilder out, String column, String cell) {
        if (cell.isEmpty()) {
            out.append("null");
        } else if (NUMERIC.contains(column) && JSON_NUMBER.matcher(cell).matches()) {
            out.append(cell);
        } else {
            appendJsonString(out, cell);
        }
    }

    private static void appendJsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
