package org.crosscheck.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The offline basemap: the Natural Earth layers bundled under {@code /org/crosscheck/assets/basemap/}, parsed once,
 * with borders derived from shared polygon edges and a spatial index per layer. Immutable and thread-safe, so tile
 * painters on several threads share one instance.
 */
public final class Basemap {

    /** The box the bundled data is clipped to (degrees). */
    public static final double WEST = 30;
    public static final double SOUTH = 27;
    public static final double EAST = 52;
    public static final double NORTH = 41;

    private static final String RESOURCE_FOLDER = "/org/crosscheck/assets/basemap/";

    private final FeatureIndex countries;
    private final FeatureIndex admin1;
    private final FeatureIndex countryBorders;
    private final FeatureIndex admin1Borders;
    private final FeatureIndex rivers;
    private final FeatureIndex lakes;
    private final FeatureIndex coastline;
    private final List<GeoFeature> seas;
    private final List<GeoFeature> places;
    private final List<AreaLabel> countryLabels;
    private final List<AreaLabel> admin1Labels;
    private final List<AreaLabel> seaLabels;
    private final List<AreaLabel> lakeLabels;

    private Basemap(Layers layers) {
        this.countries = new FeatureIndex(layers.countries);
        this.admin1 = new FeatureIndex(layers.admin1);
        this.countryBorders = new FeatureIndex(SharedBorders.of(layers.countries));
        this.admin1Borders = new FeatureIndex(SharedBorders.of(layers.admin1));
        this.rivers = new FeatureIndex(SharedBorders.pieces(layers.rivers));
        this.lakes = new FeatureIndex(layers.lakes);
        this.coastline = new FeatureIndex(SharedBorders.pieces(layers.coastline));
        this.seas = List.copyOf(layers.seas);
        this.places = List.copyOf(layers.places);
        this.countryLabels = labels(layers.countries);
        this.admin1Labels = labels(layers.admin1).stream()
                .map(label -> new AreaLabel(Admin1Names.english(label.area().property("iso_3166_2"), label.name()),
                        label.area(), label.longitude(), label.latitude(), label.size()))
                .toList();
        var seaNames = new ArrayList<>(labels(layers.seas));
        seaNames.removeIf(label -> label.name().equals("Black Sea"));
        this.seaLabels = List.copyOf(seaNames);
        this.lakeLabels = labels(layers.lakes);
    }

    /** The raw layers as read from GeoJSON. */
    record Layers(List<GeoFeature> countries, List<GeoFeature> admin1, List<GeoFeature> rivers,
                  List<GeoFeature> lakes, List<GeoFeature> seas, List<GeoFeature> coastline,
                  List<GeoFeature> places) {
    }

    /** A name to write inside an area, at a point that lies inside it. */
    public record AreaLabel(String name, GeoFeature area, double longitude, double latitude, double size) {
    }

    private static final class Holder {
        private static final Basemap BUNDLED = load();
    }

    /** The bundled basemap, read on first use. */
    public static Basemap bundled() {
        return Holder.BUNDLED;
    }

    private static Basemap load() {
        return new Basemap(new Layers(layer("countries"), layer("admin1"), layer("rivers"), layer("lakes"),
                layer("ocean"), layer("coastline"), layer("places")));
    }

    private static List<GeoFeature> layer(String name) {
        var file = name + ".geojson";
        try (var in = Basemap.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
            if (in == null) {
                throw new GeoDataException("The basemap layer " + file + " is missing from the application.");
            }
            return GeoJsonReader.read(in, file);
        } catch (IOException e) {
            throw new GeoDataException("The basemap layer " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The world box of the bundled data. */
    public static WorldBox dataBounds() {
        return WorldBox.ofDegrees(WEST, SOUTH, EAST, NORTH);
    }

    public FeatureIndex countries() {
        return countries;
    }

    public FeatureIndex admin1() {
        return admin1;
    }

    public FeatureIndex countryBorders() {
        return countryBorders;
    }

    public FeatureIndex admin1Borders() {
        return admin1Borders;
    }

    public FeatureIndex rivers() {
        return rivers;
    }

    public FeatureIndex lakes() {
        return lakes;
    }

    public FeatureIndex coastline() {
        return coastline;
    }

    public List<GeoFeature> seas() {
        return seas;
    }

    /** Populated places, most important first (NE scalerank, then population). */
    public List<GeoFeature> places() {
        return places;
    }

    public List<AreaLabel> countryLabels() {
        return countryLabels;
    }

    public List<AreaLabel> admin1Labels() {
        return admin1Labels;
    }

    /** Sea names; the Black Sea is only a sliver at the edge of the data and is left unnamed. */
    public List<AreaLabel> seaLabels() {
        return seaLabels;
    }

    public List<AreaLabel> lakeLabels() {
        return lakeLabels;
    }

    private static List<AreaLabel> labels(List<GeoFeature> areas) {
        var result = new ArrayList<AreaLabel>();
        for (var area : areas) {
            var name = area.property("name");
            if (name == null || name.isBlank()) {
                continue;
            }
            var point = interiorPoint(area);
            if (point != null) {
                result.add(new AreaLabel(name, area, point[0], point[1], point[2]));
            }
        }
        result.sort(Comparator.comparingDouble(AreaLabel::size).reversed());
        return List.copyOf(result);
    }

    /**
     * A point well inside the area: the middle of the longest east-west span across it, tried on several
     * latitudes. Returns {lon, lat, span in degrees}, or null for an area too thin to hold a point.
     */
    static double[] interiorPoint(GeoFeature area) {
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (var ring : area.lonLatParts()) {
            for (int i = 1; i < ring.length; i += 2) {
                south = Math.min(south, ring[i]);
                north = Math.max(north, ring[i]);
            }
        }
        double[] best = null;
        for (double fraction : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            var latitude = south + (north - south) * fraction;
            var span = longestSpan(area, latitude);
            if (span != null && (best == null || span[1] - span[0] > best[2] * 1.25)) {
                best = new double[] {(span[0] + span[1]) / 2, latitude, span[1] - span[0]};
            }
        }
        return best;
    }

    private static double[] longestSpan(GeoFeature area, double latitude) {
        var crossings = new ArrayList<Double>();
        for (var ring : area.lonLatParts()) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = ring[2 * i + 1];
                double yj = ring[2 * j + 1];
                if ((yi > latitude) != (yj > latitude)) {
                    double xi = ring[2 * i];
                    double xj = ring[2 * j];
                    crossings.add(xi + (latitude - yi) / (yj - yi) * (xj - xi));
                }
            }
        }
        crossings.sort(Double::compare);
        double[] best = null;
        for (int i = 0; i + 1 < crossings.size(); i += 2) {
            double from = crossings.get(i);
            double to = crossings.get(i + 1);
            if (best == null || to - from > best[1] - best[0]) {
                best = new double[] {from, to};
            }
        }
        return best;
    }
}
