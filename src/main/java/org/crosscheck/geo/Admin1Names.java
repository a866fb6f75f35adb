package org.crosscheck.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The usual English names of governorates ("Deir ez-Zor" rather than Natural Earth's "Dayr Az Zawr"), keyed by
 * ISO 3166-2 code, from {@code admin1-names.csv}; the map labels and {@link Admin1Locator} both use them.
 */
final class Admin1Names {

    private static final String TABLE = "/org/crosscheck/geo/admin1-names.csv";
    private static final Map<String, String> ENGLISH = load();

    private Admin1Names() {
    }

    /** The English name for the code, or the Natural Earth name when the table has none. */
    static String english(String isoCode, String naturalEarthName) {
        return isoCode == null ? naturalEarthName : ENGLISH.getOrDefault(isoCode, naturalEarthName);
    }

    private static Map<String, String> load() {
        var names = new HashMap<String, String>();
        try (var in = Admin1Names.class.getResourceAsStream(TABLE)) {
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
        return Map.copyOf(names);
    }
}
