package org.crosscheck.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the governorate (first-level administrative unit) that contains a point, from the bundled Natural Earth
 * admin-1 polygons; extraction uses it to fill ACLED's {@code admin1}. Natural Earth's transliterations
 * ("Dayr Az Zawr") are replaced by the usual English names ("Deir ez-Zor") where a table in
 * {@code admin1-names.csv} gives one; the Natural Earth name stays available.
 */
public final class Admin1Locator {

    private static final String NAMES = "/org/crosscheck/geo/admin1-names.csv";

    private final Basemap basemap;
    private final Map<String, String> englishNames;

    public Admin1Locator(Basemap basemap) {
        this.basemap = basemap;
        this.englishNames = loadNames();
    }

    /** A governorate: usual English name, Arabic name, Natural Earth name, ISO 3166-2 code and country (ISO a3). */
    public record Admin1(String name, String nameAr, String naturalEarthName, String isoCode, String country) {
    }

    /** The governorate containing the point, or empty outside the bundled data (or at sea). */
    public Optional<Admin1> locate(double latitude, double longitude) {
        var x = WebMercator.x(longitude);
        var y = WebMercator.y(latitude);
        for (var area : basemap.admin1().query(new WorldBox(x, y, x, y))) {
            if (area.containsDegrees(longitude, latitude)) {
                var iso = area.property("iso_3166_2");
                var neName = area.property("name");
                return Optional.of(new Admin1(englishNames.getOrDefault(iso, neName), area.property("name_ar"),
                        neName, iso, area.property("adm0_a3")));
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> loadNames() {
        var names = new HashMap<String, String>();
        try (var in = Admin1Locator.class.getResourceAsStream(NAMES)) {
            if (in == null) {
                throw new GeoDataException("The governorate name table admin1-names.csv is missing.");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var comma = line.indexOf(',');
                if (comma > 0) {
                    names.put(line.substring(0, comma).trim(), line.substring(comma + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new GeoDataException("The governorate name table admin1-names.csv cannot be read.", e);
        }
        return names;
    }
}
