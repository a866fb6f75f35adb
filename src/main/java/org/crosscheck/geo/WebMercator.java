package org.crosscheck.geo;

/**
 * The Web Mercator projection (EPSG:3857) as slippy-map tiles use it. Geometry is kept in "world units": x and y
 * from 0 to 1 over the whole world, y growing southwards; at zoom z one world unit is {@code 256 * 2^z} pixels.
 */
public final class WebMercator {

    public static final int TILE_SIZE = 256;
    /** The latitude where the square Mercator world ends. */
    public static final double MAX_LATITUDE = 85.0511287798;

    private WebMercator() {
    }

    /** World x (0..1) of a longitude. */
    public static double x(double longitude) {
        return (longitude + 180.0) / 360.0;
    }

    /** World y (0..1, north to south) of a latitude. */
    public static double y(double latitude) {
        var clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
        var sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double longitude(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double latitude(double worldY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))));
    }

    /** Pixels per world unit at a (possibly fractional) zoom. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** The largest zoom at which the box (degrees) fits in {@code width x height} pixels. */
    public static double zoomToFit(double west, double south, double east, double north, int width, int height) {
        var spanX = x(east) - x(west);
        var spanY = y(south) - y(north);
        var zoomX = Math.log(width / (spanX * TILE_SIZE)) / Math.log(2);
        var zoomY = Math.log(height / (spanY * TILE_SIZE)) / Math.log(2);
        return Math.min(zoomX, zoomY);
    }
}
