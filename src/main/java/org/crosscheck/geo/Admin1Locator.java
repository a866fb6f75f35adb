package org.crosscheck.geo;

import java.util.Optional;

/**
 * Finds the governorate (first-level administrative unit) that contains a point, from the bundled Natural Earth
 * admin-1 polygons; extraction uses it to fill ACLED's {@code admin1}. Names are the usual English ones
 * ("Deir ez-Zor"); Natural Earth's transliteration ("Dayr Az Zawr") stays available.
 */
public final class Admin1Locator {

    private final Basemap basemap;

    public Admin1Locator(Basemap basemap) {
        this.basemap = basemap;
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
                var naturalEarthName = area.property("name");
                return Optional.of(new Admin1(Admin1Names.english(iso, naturalEarthName), area.property("name_ar"),
                        naturalEarthName, iso, area.property("adm0_a3")));
            }
        }
        return Optional.empty();
    }
}
