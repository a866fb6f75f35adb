package org.crosscheck.geo;

/** An axis-aligned box in world units (see {@link WebMercator}); used for culling and the spatial index. */
public record WorldBox(double minX, double minY, double maxX, double maxY) {

    /** The box of a lon/lat rectangle. */
    public static WorldBox ofDegrees(double west, double south, double east, double north) {
        return new WorldBox(WebMercator.x(west), WebMercator.y(north), WebMercator.x(east), WebMercator.y(south));
    }

    /** The box of interleaved world coordinates {@code x0, y0, x1, y1, ...}. */
    public static WorldBox around(double[] xy) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + 1 < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new WorldBox(minX, minY, maxX, maxY);
    }

    public WorldBox union(WorldBox other) {
        return new WorldBox(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    public boolean intersects(WorldBox other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public WorldBox grow(double margin) {
        return new WorldBox(minX - margin, minY - margin, maxX + margin, maxY + margin);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
