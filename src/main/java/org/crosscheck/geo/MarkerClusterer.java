package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Groups incident markers that would overlap at a zoom: markers are binned on a grid of cells about a marker wide
 * (in world pixels), and neighbouring cells whose centres are closer than a cell are joined, so two sites a few
 * pixels apart never stay separate just because a cell edge runs between them. Each group sits at the mean position
 * of its members. Projection is done once per marker, binning sorts primitive keys (no boxing), and the groups of
 * every whole zoom are kept once made, so panning costs nothing; {@link #prepare} makes them ahead, off the FX thread,
 * so a zoom step does not group 50,000 markers while the analyst waits. Thread-safe.
 */
public final class MarkerClusterer {

    /** Cell size in pixels: markers closer than about this merge. */
    static final double CELL = 36;
    private static final int INDEX_BITS = 23;
    /** Groups of fractional zooms (seen during animations) kept besides the whole ones. */
    private static final int FRACTIONAL_ZOOMS_KEPT = 4;

    private final List<MapMarker> markers;
    private final double[] worldX;
    private final double[] worldY;
    private final Map<Double, List<MarkerCluster>> byWholeZoom = new ConcurrentHashMap<>();
    private final Map<Double, List<MarkerCluster>> byFractionalZoom = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, List<MarkerCluster>> eldest) {
            return size() > FRACTIONAL_ZOOMS_KEPT;
        }
    };

    public MarkerClusterer(List<MapMarker> markers) {
        if (markers.size() >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("too many markers for one map: " + markers.size());
        }
        this.markers = List.copyOf(markers);
        this.worldX = new double[markers.size()];
        this.worldY = new double[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            worldX[i] = WebMercator.x(markers.get(i).longitude());
            worldY[i] = WebMercator.y(markers.get(i).latitude());
        }
    }

    public List<MapMarker> markers() {
        return markers;
    }

    /** The marks at a zoom, in world pixels of that zoom. */
    public List<MarkerCluster> clusters(double zoom) {
        if (zoom == Math.rint(zoom)) {
            return byWholeZoom.computeIfAbsent(zoom, this::group);
        }
        synchronized (byFractionalZoom) {
            return byFractionalZoom.computeIfAbsent(zoom, this::group);
        }
    }

    /** Groups the markers for every whole zoom from {@code first} to {@code last}, nearest to {@code first} first. */
    public void prepare(int first, int last) {
        int step = first <= last ? 1 : -1;
        for (int zoom = first; zoom != last + step; zoom += step) {
            clusters(zoom);
        }
    }

    /** The marks whose circles reach into the viewport, in viewport pixels. */
    public List<MarkerCluster> visible(MapViewport view) {
        var result = new ArrayList<MarkerCluster>();
        for (var cluster : clusters(view.zoom())) {
            var r = cluster.radius();
            double x = cluster.x() - view.left();
            double y = cluster.y() - view.top();
            if (x + r >= 0 && y + r >= 0 && x - r <= view.width() && y - r <= view.height()) {
                result.add(new MarkerCluster(x, y, cluster.members(), cluster.kindCounts(), cluster.reports()));
            }
        }
        return result;
    }

    private List<MarkerCluster> group(double zoom) {
        int n = markers.size();
        if (n == 0) {
            return List.of();
        }
        var scale = WebMercator.worldSize(zoom);
        var keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = cellKey((long) Math.floor(worldX[i] * scale / CELL), (long) Math.floor(worldY[i] * scale / CELL))
                    << INDEX_BITS | i;
        }
        Arrays.sort(keyed);
        var cellKeys = new long[n];
        var cellStart = new int[n + 1];
        var sumX = new double[n];
        var sumY = new double[n];
        int cells = 0;
        for (int k = 0; k < n; k++) {
            long key = keyed[k] >>> INDEX_BITS;
            int i = (int) (keyed[k] & ((1 << INDEX_BITS) - 1));
            if (cells == 0 || cellKeys[cells - 1] != key) {
                cellKeys[cells] = key;
                cellStart[cells] = k;
                cells++;
            }
            sumX[cells - 1] += worldX[i] * scale;
            sumY[cells - 1] += worldY[i] * scale;
        }
        cellStart[cells] = n;
        var parent = new int[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
        }
        for (int c = 0; c < cells; c++) {
            long cx = cellKeys[c] >>> 20;
            long cy = cellKeys[c] & 0xFFFFF;
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    if (cx + dx < 0 || cy + dy < 0) {
                        continue;
                    }
                    int other = Arrays.binarySearch(cellKeys, 0, cells, cellKey(cx + dx, cy + dy));
                    if (other > c && close(c, other, cellStart, sumX, sumY)) {
                        parent[find(parent, other)] = find(parent, c);
                    }
                }
            }
        }
        var groups = new LinkedHashMap<Integer, List<Integer>>();
        for (int c = 0; c < cells; c++) {
            groups.computeIfAbsent(find(parent, c), root -> new ArrayList<>()).add(c);
        }
        var result = new ArrayList<MarkerCluster>(groups.size());
        for (var members : groups.values()) {
            result.add(cluster(members, keyed, cellStart, scale));
        }
        return List.copyOf(result);
    }

    /** Cell coordinates packed in 40 bits: enough for zoom 17 and cells of 36 pixels. */
    private static long cellKey(long cx, long cy) {
        return (cx & 0xFFFFF) << 20 | (cy & 0xFFFFF);
    }

    private static boolean close(int a, int b, int[] start, double[] sumX, double[] sumY) {
        int countA = start[a + 1] - start[a];
        int countB = start[b + 1] - start[b];
        double dx = sumX[a] / countA - sumX[b] / countB;
        double dy = sumY[a] / countA - sumY[b] / countB;
        return dx * dx + dy * dy < CELL * CELL;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private MarkerCluster cluster(List<Integer> cells, long[] keyed, int[] cellStart, double scale) {
        double sumX = 0;
        double sumY = 0;
        int reports = 0;
        var counts = new int[MarkerKind.values().length];
        var members = new ArrayList<MapMarker>();
        for (int c : cells) {
            for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                int i = (int) (keyed[k] & ((1 << INDEX_BITS) - 1));
                sumX += worldX[i];
                sumY += worldY[i];
                var marker = markers.get(i);
                members.add(marker);
                reports += marker.reports();
                counts[marker.kind().ordinal()]++;
            }
        }
        return new MarkerCluster(sumX / members.size() * scale, sumY / members.size() * scale, members, counts,
                reports);
    }
}
