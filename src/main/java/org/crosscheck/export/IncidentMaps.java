package org.crosscheck.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Turns the exported {@code incidents.csv} into files for map tools, so every format carries exactly the incident
 * columns: {@value #GEOJSON} (RFC 7946 FeatureCollection of points at [longitude, latitude], properties = the
 * incident columns) for QGIS, and {@value #KML} (one placemark per incident, styled by its assessment, with a
 * TimeStamp so Google Earth's time slider works) for Google Earth. Incidents without coordinates are left out.
 */
public final class IncidentMaps {

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

    private IncidentMaps() {
    }

    /** Writes {@value #GEOJSON} next to the CSV it is read from and returns it. */
    public static Path writeGeoJson(Path incidentsCsv) throws IOException, CsvTable.MalformedCsvException {
        var table = CsvTable.read(incidentsCsv);
        var file = incidentsCsv.resolveSibling(GEOJSON);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            var first = true;
            for (var row : table.rows()) {
                var lon = coordinate(row.get("longitude"));
                var lat = coordinate(row.get("latitude"));
                if (lon == null || lat == null) {
                    continue;
                }
                out.write(first ? "\n" : ",\n");
                first = false;
                out.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
                out.write(lon + "," + lat + "]},\"properties\":{");
                var firstProperty = true;
                for (var column : table.header()) {
                    if (!firstProperty) {
                        out.write(",");
                    }
                    firstProperty = false;
                    writeJsonString(out, column);
                    out.write(":");
                    writeJsonValue(out, column, row.get(column));
                }
                out.write("}}");
            }
            out.write("\n]}\n");
        }
        return file;
    }

    /** Writes {@value #KML} next to the CSV it is read from and returns it. */
    public static Path writeKml(Path incidentsCsv) throws IOException, CsvTable.MalformedCsvException {
        var table = CsvTable.read(incidentsCsv);
        var file = incidentsCsv.resolveSibling(KML);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            try {
                writeKml(xml, table);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("Writing " + file + " failed: " + e.getMessage(), e);
        }
        return file;
    }

    private static void writeKml(XMLStreamWriter xml, CsvTable table) throws XMLStreamException {
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
        for (var row : table.rows()) {
            var lon = coordinate(row.get("longitude"));
            var lat = coordinate(row.get("latitude"));
            if (lon == null || lat == null) {
                continue;
            }
            xml.writeStartElement("Placemark");
            xml.writeAttribute("id", "incident-" + row.get("incident_id"));
            element(xml, "name", row.get("location") + " " + row.get("event_date"));
            element(xml, "description", description(row));
            element(xml, "styleUrl", "#" + styleOf(row.get("assessment")));
            if (!row.get("event_date").isEmpty()) {
                xml.writeStartElement("TimeStamp");
                element(xml, "when", row.get("event_date"));
                xml.writeEndElement();
            }
            xml.writeStartElement("ExtendedData");
            for (var column : table.header()) {
                xml.writeStartElement("Data");
                xml.writeAttribute("name", column);
                element(xml, "value", row.get(column));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("Point");
            element(xml, "coordinates", lon + "," + lat + ",0");
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static String description(CsvTable.Row row) {
        var assessment = row.get("assessment").isEmpty() ? "not assessed" : row.get("assessment");
        return row.get("sub_event_type") + "; " + row.get("report_count") + " reports, "
                + row.get("independent_source_count") + " independent sources, " + row.get("conflict_count")
                + " conflicts; assessment: " + assessment
                + (row.get("notes").isEmpty() ? "" : "\n" + row.get("notes"));
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

    private static void writeJsonValue(Writer out, String column, String cell) throws IOException {
        if (cell.isEmpty()) {
            out.write("null");
        } else if (NUMERIC.contains(column) && JSON_NUMBER.matcher(cell).matches()) {
            out.write(cell);
        } else {
            writeJsonString(out, cell);
        }
    }

    static void writeJsonString(Writer out, String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
