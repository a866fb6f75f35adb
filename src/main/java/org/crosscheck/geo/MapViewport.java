package org.crosscheck.geo;

/**
 * A window onto the Web Mercator world: a (possibly fractional) zoom and the pixel at the top-left corner, in the
 * world-pixel coordinates of that zoom. A tile is the viewport {@code (z, 256x, 256y, 256, 256)}.
 */
public record MapViewport(double zoom, double left, double top, int width, int height) {

    /** The viewport of tile (z, x, y). */
    public static MapViewport tile(int zoom, long x, long y) {
        return new MapViewport(zoom, x * (double) WebMercator.TILE_SIZE, y * (double) WebMercator.TILE_SIZE,
                WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
    }

    /** The viewport of {@code width x height} pixels that shows the lon/lat box as large as fits, centred. */
    public static MapViewport fitting(double west, double south, double east, double north, int width, int height) {
        var zoom = WebMercator.zoomToFit(west, south, east, north, width, height);
        var size = WebMercator.worldSize(zoom);
        var centreX = (WebMercator.x(west) + WebMercator.x(east)) / 2 * size;
        var centreY = (WebMercator.y(north) + WebMercator.y(south)) / 2 * size;
        return new MapViewport(zoom, centreX - width / 2.0, centreY - height / 2.0, width, height);
    }

    /** Pixels per world unit. */
    public double scale() {
        return WebMercator.worldSize(zoom);
    }

    public double pixelX(double worldX) {
        return worldX * scale() - left;
    }

    public double pixelY(double worldY) {
        return worldY * scale() - top;
    }

    public double pixelXOf(double longitude) {
        return pixelX(WebMercator.x(longitude));
    }

    public double pixelYOf(double latitude) {
        return pixelY(WebMercator.y(latitude));
    }

    /** The part of the world this viewport shows, grown by {@code marginPixels} on every side. */
    public WorldBox worldBox(double marginPixels) {
        var scale = scale();
        return new WorldBox((left - marginPixels) / scale, (top - marginPixels) / scale,
                (left + width + marginPixels) / scale, (top + height + marginPixels) / scale);
    }

    /** The zoom level whose styling and label density apply (zooms just under a level count as it). */
    public int styleZoom() {
        return (int) Math.floor(zoom + 0.25);
    }
}
