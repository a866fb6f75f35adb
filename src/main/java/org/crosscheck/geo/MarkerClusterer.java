package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Groups incident markers that would overlap at a zoom: markers are binned on a grid of cells about a marker wide
 * (in world pixels), and neighbouring cells whose centres are closer than a cell are joined, so two sites a few
 * pixels apart never stay separate just because a cell edge runs between them. Each group sits at the mean position
 * of its members. Projection is done once per marker and the groups of the last zoom are kept, so panning costs
 * nothing and a zoom step costs one pass over the markers. Thread-safe.
 */
public final class MarkerClusterer {

    /** Cell size in pixels: markers closer than about this merge. */
    static final double CELL = 36;

    private final List<MapMarker> markers;
    private final double[] worldX;
    private final double[] worldY;
    private double cachedZoom = Double.NaN;
    private List<MarkerCluster> cached = List.of();

    public MarkerClusterer(List<MapMarker> markers) {
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
    public synchronized List<MarkerCluster> clusters(double zoom) {
        if (zoom == cachedZoom) {
            return cached;
        }
        var scale = WebMercator.worldSize(zoom);
        var cellOf = new HashMap<Long, Integer>();
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < markers.size(); i++) {
            double x = worldX[i] * scale;
            double y = worldY[i] * scale;
            long cx = (long) Math.floor(x / CELL);
            long cy = (long) Math.floor(y / CELL);
            var index = cellOf.computeIfAbsent(key(cx, cy), k -> {
                cells.add(new Cell(cx, cy));
                return cells.size() - 1;
            });
            cells.get(index).add(i, x, y);
        }
        var parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    var neighbour = cellOf.get(key(cell.cx + dx, cell.cy + dy));
                    if (neighbour != null && neighbour > i && cell.closeTo(cells.get(neighbour))) {
                        parent[find(parent, neighbour)] = find(parent, i);
                    }
                }
            }
        }
        var groups = new HashMap<Integer, List<Integer>>();
        var order = new ArrayList<Integer>();
        for (int i = 0; i < cells.size(); i++) {
            int root = find(parent, i);
            var members = groups.get(root);
            if (members == null) {
                members = new ArrayList<>();
                groups.put(root, members);
                order.add(root);
            }
            members.addAll(cells.get(i).members);
        }
        var result = new ArrayList<MarkerCluster>(order.size());
        for (var root : order) {
            result.add(cluster(groups.get(root), scale));
        }
        cached = List.copyOf(result);
        cachedZoom = zoom;
        return cached;
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

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private MarkerCluster cluster(List<Integer> indexes, double scale) {
        double sumX = 0;
        double sumY = 0;
        int reports = 0;
        var counts = new int[MarkerKind.values().length];
        var members = new ArrayList<MapMarker>(indexes.size());
        for (int i : indexes) {
            sumX += worldX[i];
            sumY += worldY[i];
            var marker = markers.get(i);
            members.add(marker);
            reports += marker.reports();
            counts[marker.kind().ordinal()]++;
        }
        return new MarkerCluster(sumX / indexes.size() * scale, sumY / indexes.size() * scale, members, counts,
                reports);
    }

    /** The markers in one grid cell and the sum of their positions. */
    private static final class Cell {
        final long cx;
        final long cy;
        final List<Integer> members = new ArrayList<>(4);
        double sumX;
        double sumY;

        Cell(long cx, long cy) {
            this.cx = cx;
            this.cy = cy;
        }

        void add(int index, double x, double y) {
            members.add(index);
            sumX += x;
            sumY += y;
        }

        boolean closeTo(Cell other) {
            double dx = sumX / members.size() - other.sumX / other.members.size();
            double dy = sumY / members.size() - other.sumY / other.members.size();
            return dx * dx + dy * dy < CELL * CELL;
        }
    }
}
