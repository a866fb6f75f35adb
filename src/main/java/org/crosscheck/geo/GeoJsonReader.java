package org.crosscheck.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946: Point, LineString, Polygon and their Multi forms) into
 * {@link GeoFeature}s. Properties become strings; null properties are left out. A feature with a geometry it
 * cannot read is skipped, so one bad feature does not lose the layer.
 */
public final class GeoJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    /** Reads the collection in {@code in}; {@code source} names the file in error messages. */
    public static List<GeoFeature> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new GeoDataException(source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new GeoDataException(source + " is not a GeoJSON FeatureCollection.");
        }
        var features = new ArrayList<GeoFeature>();
        for (var node : root.path("features")) {
            var feature = feature(node);
            if (feature != null) {
                features.add(feature);
            }
        }
        return features;
    }

    private static GeoFeature feature(JsonNode node) {
        var properties = new LinkedHashMap<String, String>();
        node.path("properties").fields().forEachRemaining(entry -> {
            if (!entry.getValue().isNull()) {
                properties.put(entry.getKey(), entry.getValue().asText());
            }
        });
        var geometry = node.path("geometry");
        var coordinates = geometry.path("coordinates");
        var parts = new ArrayList<double[]>();
        GeoFeature.Kind kind;
        switch (geometry.path("type").asText()) {
            case "Point" -> {
                kind = GeoFeature.Kind.POINT;
                parts.add(new double[] {coordinates.path(0).asDouble(), coordinates.path(1).asDouble()});
            }
            case "LineString" -> {
                kind = GeoFeature.Kind.LINE;
                parts.add(positions(coordinates));
            }
            case "MultiLineString", "Polygon" -> {
                kind = geometry.path("type").asText().equals("Polygon") ? GeoFeature.Kind.POLYGON : GeoFeature.Kind.LINE;
                coordinates.forEach(line -> parts.add(positions(line)));
            }
            case "MultiPolygon" -> {
                kind = GeoFeature.Kind.POLYGON;
                coordinates.forEach(polygon -> polygon.forEach(ring -> parts.add(positions(ring))));
            }
            default -> {
                return null;
            }
        }
        parts.removeIf(part -> part.length < 2);
        return parts.isEmpty() ? null : GeoFeature.of(properties, kind, parts);
    }

    private static double[] positions(JsonNode array) {
        var values = new double[array.size() * 2];
        int i = 0;
        for (var position : array) {
            values[i++] = position.path(0).asDouble();
            values[i++] = position.path(1).asDouble();
        }
        return values;
    }
}
