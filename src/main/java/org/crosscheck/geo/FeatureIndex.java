package org.crosscheck.geo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A uniform grid over the bounds of a layer, so painting a tile only looks at the features whose boxes touch it.
 * Queries return features in layer order (which is drawing order), each once.
 */
public final class FeatureIndex {

    private static final int CELLS = 64;

    private final List<GeoFeature> features;
    private final WorldBox extent;
    private final List<int[]> cells;

    public FeatureIndex(List<GeoFeature> features) {
        this.features = List.copyOf(features);
        this.extent = features.stream().map(GeoFeature::bounds).reduce(WorldBox::union)
                .orElse(new WorldBox(0, 0, 0, 0));
        var building = new ArrayList<List<Integer>>(CELLS * CELLS);
        for (int i = 0; i < CELLS * CELLS; i++) {
            building.add(new ArrayList<>());
        }
        for (int id = 0; id < this.features.size(); id++) {
            var box = this.features.get(id).bounds();
            for (int cy = cellY(box.minY()); cy <= cellY(box.maxY()); cy++) {
                for (int cx = cellX(box.minX()); cx <= cellX(box.maxX()); cx++) {
                    building.get(cy * CELLS + cx).add(id);
                }
            }
        }
        this.cells = building.stream().map(ids -> ids.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    public List<GeoFeature> all() {
        return features;
    }

    /** The features whose bounds intersect {@code box}. */
    public List<GeoFeature> query(WorldBox box) {
        if (!box.intersects(extent)) {
            return List.of();
        }
        var hits = new BitSet(features.size());
        for (int cy = cellY(box.minY()); cy <= cellY(box.maxY()); cy++) {
            for (int cx = cellX(box.minX()); cx <= cellX(box.maxX()); cx++) {
                for (int id : cells.get(cy * CELLS + cx)) {
                    if (!hits.get(id) && features.get(id).bounds().intersects(box)) {
                        hits.set(id);
                    }
                }
            }
        }
        var result = new ArrayList<GeoFeature>(hits.cardinality());
        hits.stream().forEach(id -> result.add(features.get(id)));
        return result;
    }

    private int cellX(double x) {
        return cell(x, extent.minX(), extent.width());
    }

    private int cellY(double y) {
        return cell(y, extent.minY(), extent.height());
    }

    private static int cell(double value, double min, double span) {
        if (span <= 0) {
            return 0;
        }
        var cell = (int) Math.floor((value - min) / span * CELLS);
        return Math.max(0, Math.min(CELLS - 1, cell));
    }
}
