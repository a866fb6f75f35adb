package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns adjacent polygons (countries, governorates) into border lines: the edges two polygons share. Coasts and the
 * straight edges where the data was clipped to its box belong to one polygon only, so they are left out and a
 * border is never drawn along the sea or the edge of the data.
 */
final class SharedBorders {

    private static final int MAX_POINTS_PER_PIECE = 48;

    private SharedBorders() {
    }

    /** Border polylines, cut into short pieces so the spatial index can skip those outside a tile. */
    static List<GeoFeature> of(List<GeoFeature> polygons) {
        var uses = new HashMap<Edge, Integer>();
        for (var polygon : polygons) {
            for (var ring : polygon.lonLatParts()) {
                forEachEdge(ring, edge -> uses.merge(edge, 1, Integer::sum));
            }
        }
        var drawn = new HashSet<Edge>();
        var borders = new ArrayList<GeoFeature>();
        for (var polygon : polygons) {
            for (var ring : polygon.lonLatParts()) {
                collectRuns(ring, uses, drawn, polygon.properties(), borders);
            }
        }
        return borders;
    }

    /** Cuts long lines into pieces of a few dozen points, keeping properties, for the spatial index. */
    static List<GeoFeature> pieces(List<GeoFeature> lines) {
        var result = new ArrayList<GeoFeature>();
        for (var line : lines) {
            for (var part : line.lonLatParts()) {
                int points = part.length / 2;
                for (int start = 0; start < points - 1; start += MAX_POINTS_PER_PIECE - 1) {
                    int end = Math.min(points, start + MAX_POINTS_PER_PIECE);
                    var piece = java.util.Arrays.copyOfRange(part, start * 2, end * 2);
                    result.add(GeoFeature.of(line.properties(), GeoFeature.Kind.LINE, List.of(piece)));
                }
            }
        }
        return result;
    }

    private static void collectRuns(double[] ring, Map<Edge, Integer> uses, HashSet<Edge> drawn,
                                    Map<String, String> properties, List<GeoFeature> out) {
        int points = ring.length / 2;
        var run = new ArrayList<Double>();
        for (int i = 0; i + 1 < points; i++) {
            var edge = Edge.of(ring, i);
            boolean border = uses.getOrDefault(edge, 0) > 1 && drawn.add(edge);
            if (border) {
                if (run.isEmpty()) {
                    run.add(ring[2 * i]);
                    run.add(ring[2 * i + 1]);
                }
                run.add(ring[2 * i + 2]);
                run.add(ring[2 * i + 3]);
                if (run.size() >= MAX_POINTS_PER_PIECE * 2) {
                    flush(run, properties, out);
                    run.add(ring[2 * i + 2]);
                    run.add(ring[2 * i + 3]);
                }
            } else if (!run.isEmpty()) {
                flush(run, properties, out);
            }
        }
        if (run.size() >= 4) {
            flush(run, properties, out);
        }
    }

    private static void flush(List<Double> run, Map<String, String> properties, List<GeoFeature> out) {
        if (run.size() >= 4) {
            var coordinates = run.stream().mapToDouble(Double::doubleValue).toArray();
            out.add(GeoFeature.of(properties, GeoFeature.Kind.LINE, List.of(coordinates)));
        }
        run.clear();
    }

    private static void forEachEdge(double[] ring, java.util.function.Consumer<Edge> action) {
        for (int i = 0; i + 1 < ring.length / 2; i++) {
            action.accept(Edge.of(ring, i));
        }
    }

    /** An undirected edge between two vertices, on the 4-decimal grid of the data. */
    private record Edge(long a, long b) {

        static Edge of(double[] ring, int i) {
            long first = key(ring[2 * i], ring[2 * i + 1]);
            long second = key(ring[2 * i + 2], ring[2 * i + 3]);
            return first < second ? new Edge(first, second) : new Edge(second, first);
        }

        private static long key(double lon, double lat) {
            return Math.round((lon + 180) * 10_000) * 10_000_000L + Math.round((lat + 90) * 10_000);
        }
    }
}
