package org.crosscheck.geo;

import java.util.List;
import java.util.Map;

/**
 * One GeoJSON feature reduced to what drawing and lookup need: its string properties, its kind and its parts.
 * Each part is a point, a line or a polygon ring, as interleaved {@code lon, lat} degrees and as the same points
 * projected to world units; polygons keep all rings of all their polygons, to be filled with the even-odd rule.
 */
public record GeoFeature(Map<String, String> properties, Kind kind, List<double[]> lonLatParts,
                         List<double[]> worldParts, WorldBox bounds) {

    /** What the parts are. */
    public enum Kind { POINT, LINE, POLYGON }

    public GeoFeature {
        properties = Map.copyOf(properties);
        lonLatParts = List.copyOf(lonLatParts);
        worldParts = List.copyOf(worldParts);
    }

    /** Builds a feature from lon/lat parts, projecting them once. */
    public static GeoFeature of(Map<String, String> properties, Kind kind, List<double[]> lonLatParts) {
        var world = lonLatParts.stream().map(GeoFeature::project).toList();
        var bounds = world.stream().map(WorldBox::around).reduce(WorldBox::union)
                .orElse(new WorldBox(0, 0, 0, 0));
        return new GeoFeature(properties, kind, lonLatParts, world, bounds);
    }

    /** The property, or null when the feature has none by that name. */
    public String property(String name) {
        return properties.get(name);
    }

    /** The integer property, or {@code fallback} when absent or not a number. */
    public int intProperty(String name, int fallback) {
        var value = properties.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return (int) Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** True when the lon/lat point lies inside the polygon (even-odd over all rings). */
    public boolean containsDegrees(double longitude, double latitude) {
        if (kind != Kind.POLYGON) {
            return false;
        }
        var inside = false;
        for (var ring : lonLatParts) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > latitude) != (yj > latitude)
                        && longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static double[] project(double[] lonLat) {
        var world = new double[lonLat.length];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            world[i] = WebMercator.x(lonLat[i]);
            world[i + 1] = WebMercator.y(lonLat[i + 1]);
        }
        return world;
    }
}
