package org.crosscheck.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.geo.Basemap;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.geo.MapViewport;
import org.crosscheck.geo.MarkerClusterer;
import org.crosscheck.geo.MarkerKind;
import org.crosscheck.geo.OverlayPainter;
import org.crosscheck.geo.SiteOverlay;
import org.crosscheck.geo.StaticMapRenderer;
import org.crosscheck.geo.TilePainter;
import org.crosscheck.geo.WebMercator;
import org.crosscheck.model.Site;

/**
 * Measures what one map frame costs with many incidents, headless: synthetic incidents (half at the gazetteer
 * sites, half scattered over Syria and Iraq), a 1280x800 view panned and zoomed step by step the way the map view
 * does it (whole zoom levels), each frame drawing the cached tiles in view, grouping the incidents, laying out the
 * sites and drawing the marks. Tiles are painted once and cached, as the map view's retriever does, and the
 * incidents are grouped for every whole zoom ahead, as the map view does in the background when its data changes;
 * both costs are reported separately, as is a brush change (filter by date, group at the zoom shown, first frame).
 */
public final class MapBench {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 10, 1);
    private static final int DAYS = 300;
    /** The zooms the map view offers. */
    private static final int MIN_ZOOM = 3;
    private static final int MAX_ZOOM = 14;

    private final TilePainter painter;
    private final List<Site> sites;
    private final Map<String, BufferedImage> tileCache = new HashMap<>();
    private final List<Double> tileMillis = new ArrayList<>();

    public MapBench(List<Site> sites) {
        this.sites = List.copyOf(sites);
        this.painter = new TilePainter(Basemap.bundled(), sites);
    }

    /** The figures of one run. */
    public record Result(int incidents, int frames, double frameMeanMs, double frameP95Ms, double frameMaxMs,
                         double panMeanMs, double zoomMeanMs, double tileMeanMs, int tilesPainted,
                         double brushMs, double prepareMs) {

        /** {@code key=value} lines for the CLI. */
        public List<String> lines() {
            return List.of(
                    "incidents=" + incidents,
                    "frames=" + frames,
                    String.format(java.util.Locale.ROOT, "map_frame_ms=%.2f", frameMeanMs),
                    String.format(java.util.Locale.ROOT, "map_frame_p95_ms=%.2f", frameP95Ms),
                    String.format(java.util.Locale.ROOT, "map_frame_max_ms=%.2f", frameMaxMs),
                    String.format(java.util.Locale.ROOT, "map_pan_frame_ms=%.2f", panMeanMs),
                    String.format(java.util.Locale.ROOT, "map_zoom_frame_ms=%.2f", zoomMeanMs),
                    String.format(java.util.Locale.ROOT, "map_tile_ms=%.2f", tileMeanMs),
                    "map_tiles_painted=" + tilesPainted,
                    String.format(java.util.Locale.ROOT, "map_brush_ms=%.2f", brushMs),
                    String.format(java.util.Locale.ROOT, "map_prepare_ms=%.2f", prepareMs));
        }
    }

    /** Runs the benchmark over {@code count} synthetic incidents made from {@code seed}. */
    public Result run(int count, long seed) {
        var random = new Random(seed);
        var markers = new ArrayList<MapMarker>(count);
        var days = new int[count];
        var kinds = MarkerKind.values();
        var bases = sites.stream().filter(site -> !site.isProvince()).toList();
        for (int i = 0; i < count; i++) {
            double lat;
            double lon;
            String name;
            if (i % 2 == 0 && !bases.isEmpty()) {
                var site = bases.get(random.nextInt(bases.size()));
                lat = site.latitude();
                lon = site.longitude();
                name = site.name();
            } else {
                lat = StaticMapRenderer.SOUTH + random.nextDouble() * (StaticMapRenderer.NORTH - StaticMapRenderer.SOUTH);
                lon = StaticMapRenderer.WEST + random.nextDouble() * (StaticMapRenderer.EAST - StaticMapRenderer.WEST);
                name = "synthetic place " + i;
            }
            days[i] = random.nextInt(DAYS);
            markers.add(new MapMarker(i + 1, lat, lon, kinds[random.nextInt(kinds.length)], 1 + random.nextInt(6),
                    random.nextInt(3), name, FIRST_DAY.plusDays(days[i]).toString()));
        }
        var clusterer = new MarkerClusterer(markers);
        long prepareStart = System.nanoTime();
        clusterer.prepare(MIN_ZOOM, MAX_ZOOM);
        double prepare = (System.nanoTime() - prepareStart) / 1e6;
        var canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);

        var start = StaticMapRenderer.defaultView(WIDTH, HEIGHT);
        var view = atZoom(start, Math.floor(start.zoom()));
        frame(canvas, view, clusterer);
        var pan = new ArrayList<Double>();
        var zoom = new ArrayList<Double>();
        for (int level = (int) view.zoom(); level <= (int) view.zoom() + 4; level++) {
            var current = atZoom(view, level);
            zoom.add(frame(canvas, current, clusterer));
            for (int step = 0; step < 40; step++) {
                current = new MapViewport(current.zoom(), current.left() + 12, current.top() + 5, WIDTH, HEIGHT);
                pan.add(frame(canvas, current, clusterer));
            }
        }
        for (int level = (int) view.zoom() + 3; level >= (int) view.zoom(); level--) {
            zoom.add(frame(canvas, atZoom(view, level), clusterer));
        }

        long brushStart = System.nanoTime();
        var january = new ArrayList<MapMarker>();
        int from = (int) (LocalDate.of(2024, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
        for (int i = 0; i < count; i++) {
            if (days[i] >= from && days[i] < from + 31) {
                january.add(markers.get(i));
            }
        }
        frame(canvas, view, new MarkerClusterer(january));
        double brush = (System.nanoTime() - brushStart) / 1e6;

        var all = new ArrayList<Double>(pan);
        all.addAll(zoom);
        var sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(count, sorted.length, mean(sorted), sorted[(int) Math.floor(sorted.length * 0.95)],
                sorted[sorted.length - 1], mean(pan), mean(zoom),
                tileMillis.stream().mapToDouble(Double::doubleValue).average().orElse(0), tileMillis.size(), brush,
                prepare);
    }

    private static MapViewport atZoom(MapViewport view, double zoom) {
        double factor = Math.pow(2, zoom - view.zoom());
        double centreX = (view.left() + view.width() / 2.0) * factor;
        double centreY = (view.top() + view.height() / 2.0) * factor;
        return new MapViewport(zoom, centreX - view.width() / 2.0, centreY - view.height() / 2.0, view.width(),
                view.height());
    }

    /** One frame; returns its cost in milliseconds, not counting tiles painted for the first time. */
    private double frame(BufferedImage canvas, MapViewport view, MarkerClusterer clusterer) {
        var tiles = tilesFor(view);
        long start = System.nanoTime();
        Graphics2D g = canvas.createGraphics();
        try {
            int zoom = (int) view.zoom();
            for (var tile : tiles) {
                g.drawImage(tile.image, (int) Math.round(tile.x * 256.0 - view.left()),
                        (int) Math.round(tile.y * 256.0 - view.top()), null);
            }
            var visible = clusterer.visible(view);
            var layout = SiteOverlay.layout(sites, view, visible, painter.labelBoxes(view, zoom));
            OverlayPainter.paint(g, layout, visible, -1);
        } finally {
            g.dispose();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private record Tile(long x, long y, BufferedImage image) {
    }

    /** The tiles in view, painting (and timing) those not cached yet, as the retriever does off the FX thread. */
    private List<Tile> tilesFor(MapViewport view) {
        int zoom = (int) view.zoom();
        long max = (1L << zoom) - 1;
        long x0 = Math.max(0, (long) Math.floor(view.left() / WebMercator.TILE_SIZE));
        long y0 = Math.max(0, (long) Math.floor(view.top() / WebMercator.TILE_SIZE));
        long x1 = Math.min(max, (long) Math.floor((view.left() + view.width()) / WebMercator.TILE_SIZE));
        long y1 = Math.min(max, (long) Math.floor((view.top() + view.height()) / WebMercator.TILE_SIZE));
        var tiles = new ArrayList<Tile>();
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                var key = zoom + "/" + x + "/" + y;
                var image = tileCache.get(key);
                if (image == null) {
                    long start = System.nanoTime();
                    image = painter.paintTile(zoom, x, y);
                    tileMillis.add((System.nanoTime() - start) / 1e6);
                    tileCache.put(key, image);
                }
                tiles.add(new Tile(x, y, image));
            }
        }
        return tiles;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
