package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class IncidentMapsTest {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp,incident_id,site_id,weapons,report_count,independent_source_count,"
            + "article_ids,claim_ids,assessment,conflict_count";

    private static final String FIRST = "CC1,2024-01-12,2024,1,Political violence,Explosions/Remote violence,"
            + "Shelling/artillery/missile attack,Islamic Resistance in Iraq,,,,,,,,760,Middle East,Syria,"
            + "Deir ez-Zor,,,Conoco gas field,35.2834,40.2906,1,Sputnik;TRIBUNNEWS.COM,,=\"quoted\" note,,"
            + "wire copy,1705017600,1,conoco,missile,2,1,1;3,1;2;5,contested,1";
    private static final String UNPLACED = "CC2,2024-07-27,2024,1,Political violence,Explosions/Remote violence,"
            + "Air/drone strike,,,,,,,,,760,Middle East,Syria,,,,Nowhere,,,3,,,,,,1722038400,2,,,1,1,2,4,,0";

    @TempDir
    Path folder;

    /** Writes the two incidents (the second without coordinates) as the incidents writer hands them over. */
    private void writeIncidents(boolean geojson, boolean kml) throws Exception {
        try (var maps = IncidentMaps.create(folder, List.of(HEADER.split(",")), geojson, kml)) {
            maps.row(cells(FIRST));
            maps.row(cells(UNPLACED));
        }
    }

    /** The row's values, an empty cell as {@code null} (as the incidents writer passes a missing value). */
    private static Object[] cells(String row) {
        return Arrays.stream(row.split(",", -1)).map(cell -> cell.isEmpty() ? null : cell).toArray();
    }

    @Test
    void writesAFeatureCollectionWithLonLatPointsAndTheIncidentColumnsAsProperties() throws Exception {
        writeIncidents(true, false);

        var json = Files.readString(folder.resolve(IncidentMaps.GEOJSON));

        assertThat(json).startsWith("{\"type\":\"FeatureCollection\",\"features\":[");
        assertThat(json).contains("\"coordinates\":[40.2906,35.2834]");
        assertThat(json).contains("\"notes\":\"=\\\"quoted\\\" note\"", "\"assessment\":\"contested\"",
                "\"latitude\":35.2834", "\"article_ids\":\"1;3\"", "\"fatalities\":null");
        assertThat(json).doesNotContain("Nowhere");
        for (var column : HEADER.split(",")) {
            assertThat(json).contains("\"" + column + "\":");
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:json");
             var query = connection.prepareStatement("SELECT CAST(? FORMAT JSON AS JSON)")) {
            query.setString(1, json);
            query.executeQuery().close();
        }
    }

    @Test
    void escapesBackslashesLineBreaksTabsAndControlCharactersInGeoJsonStrings() throws Exception {
        var values = cells(FIRST);
        values[List.of(HEADER.split(",")).indexOf("notes")] = "C:\\dir\r\nline\ttab\u0001end \u0646\u0635";
        try (var maps = IncidentMaps.create(folder, List.of(HEADER.split(",")), true, false)) {
            maps.row(values);
        }

        assertThat(Files.readString(folder.resolve(IncidentMaps.GEOJSON)))
                .contains("\"notes\":\"C:\\\\dir\\r\\nline\\ttab\\u0001end \u0646\u0635\",");
    }

    @Test
    void writesKmlPlacemarksStyledByAssessmentWithATimeStamp() throws Exception {
        writeIncidents(false, true);

        var kml = folder.resolve(IncidentMaps.KML);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        var document = factory.newDocumentBuilder().parse(kml.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        var placemarks = (NodeList) xpath.evaluate("/kml/Document/Placemark", document, XPathConstants.NODESET);
        assertThat(placemarks.getLength()).isEqualTo(1);
        assertThat(document.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.opengis.net/kml/2.2");
        assertThat(xpath.evaluate("//Placemark/styleUrl", document)).isEqualTo("#contested");
        assertThat(xpath.evaluate("//Placemark/TimeStamp/when", document)).isEqualTo("2024-01-12");
        assertThat(xpath.evaluate("//Placemark/Point/coordinates", document)).isEqualTo("40.2906,35.2834,0");
        assertThat(xpath.evaluate("//Placemark/ExtendedData/Data[@name='tags']/value", document))
                .isEqualTo("wire copy");
        assertThat(xpath.evaluate("count(/kml/Document/Style)", document)).isEqualTo("7");
    }

    @Test
    void writesEveryPlacemarkOfAKmlFileMuchLargerThanOneWrittenBlock() throws Exception {
        var header = List.of(HEADER.split(","));
        try (var maps = IncidentMaps.create(folder, header, false, true)) {
            for (int id = 1; id <= 500; id++) {
                var values = cells(FIRST);
                values[header.indexOf("incident_id")] = String.valueOf(id);
                maps.row(values);
            }
        }

        var kml = folder.resolve(IncidentMaps.KML);
        assertThat(Files.size(kml)).isGreaterThan(100_000);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(kml.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("count(/kml/Document/Placemark)", document)).isEqualTo("500");
        assertThat(xpath.evaluate("/kml/Document/Placemark[500]/@id", document)).isEqualTo("incident-500");
    }

    @Test
    void writesNoFileWhenNeitherIsAsked() throws Exception {
        writeIncidents(false, false);

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void mapsAssessmentCodesToStyles() {
        assertThat(IncidentMaps.styleOf("single source")).isEqualTo("single-source");
        assertThat(IncidentMaps.styleOf("")).isEqualTo("unassessed");
        assertThat(IncidentMaps.styleOf("Confirmed")).isEqualTo("confirmed");
    }
}
