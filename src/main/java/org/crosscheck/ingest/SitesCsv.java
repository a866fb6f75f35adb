package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.crosscheck.model.Site;

/** Reads the gazetteer {@code sites.csv} (id, name, ';'-separated aliases, country, admin1, kind, lat, lon, precision). */
public final class SitesCsv {

    /** The gazetteer bundled with the application. */
    public static final String BUNDLED = "/org/crosscheck/assets/sites.csv";

    private SitesCsv() {
    }

    public static List<Site> bundled() {
        try (var in = SitesCsv.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + BUNDLED + " is missing from the build");
            }
            return read(in, "sites.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a gazetteer; a row with a missing id or a bad coordinate fails with the file name and line number.
     */
    public static List<Site> read(InputStream in, String name) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var sites = new ArrayList<Site>();
        try (var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (var row : parser) {
                try {
                    var aliases = Arrays.stream(row.get("aliases").split(";"))
                            .map(String::strip).filter(alias -> !alias.isEmpty()).toList();
                    var id = row.get("id").strip();
                    if (id.isEmpty()) {
                        throw new IllegalArgumentException("empty id");
                    }
                    sites.add(new Site(id, row.get("name").strip(), aliases, row.get("country").strip(),
                            row.get("admin1").strip(), row.get("kind").strip(),
                            Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
                            Integer.parseInt(row.get("precision_m").strip())));
                } catch (IllegalArgumentException e) {
                    throw new IOException(name + " line " + parser.getCurrentLineNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return sites;
    }
}
