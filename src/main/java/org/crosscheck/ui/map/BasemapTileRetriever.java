package org.crosscheck.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.nio.IntBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.crosscheck.geo.Basemap;
import org.crosscheck.geo.TilePainter;
import org.crosscheck.geo.WebMercator;
import org.crosscheck.model.Site;
import org.crosscheck.ui.common.FxTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gluon Maps' tile source, registered through {@code META-INF/services}: paints each tile from the bundled Natural
 * Earth data with {@link TilePainter} on a small pool of daemon threads, keeps recent tiles in memory, and opens
 * no network connection. When the analyst opts in, {@link OnlineTiles} serves OpenStreetMap tiles instead.
 * Gluon loads one retriever per JVM, so the tile source is configured through static methods.
 */
public final class BasemapTileRetriever implements TileRetriever {

    private static final Logger LOG = LoggerFactory.getLogger(BasemapTileRetriever.class);
    private static final int CACHE_TILES = 512;
    private static final ExecutorService PAINTERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())), FxTasks.daemonThreads("map-tiles"));

    private static final Object LOCK = new Object();
    private static final Map<String, Image> CACHE = new LinkedHashMap<>(CACHE_TILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private static TilePainter painter;
    private static List<Site> keepClear = List.of();
    private static OnlineTiles online;

    /** The no-argument constructor ServiceLoader needs. */
    public BasemapTileRetriever() {
    }

    /** Keeps basemap names clear of these sites; tiles painted before are dropped if the sites changed. */
    public static void keepClearOf(List<Site> sites) {
        synchronized (LOCK) {
            if (!sites.equals(keepClear)) {
                keepClear = List.copyOf(sites);
                painter = null;
                CACHE.clear();
            }
        }
    }

    /** Switches to OpenStreetMap tiles (null switches back to the offline basemap). */
    public static void useOnline(OnlineTiles source) {
        synchronized (LOCK) {
            online = source;
            CACHE.clear();
        }
    }

    public static boolean isOnline() {
        synchronized (LOCK) {
            return online != null;
        }
    }

    /** The painter of the offline tiles, also used to keep overlay names off basemap names. */
    public static TilePainter painter() {
        synchronized (LOCK) {
            if (painter == null) {
                painter = new TilePainter(Basemap.bundled(), keepClear);
            }
            return painter;
        }
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        var key = zoom + "/" + x + "/" + y;
        OnlineTiles source;
        synchronized (LOCK) {
            var cached = CACHE.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
            source = online;
        }
        return CompletableFuture.supplyAsync(() -> {
            Image image = source == null ? null : source.load(zoom, x, y);
            if (image == null) {
                image = paint(zoom, x, y);
            }
            synchronized (LOCK) {
                if (source == online) {
                    CACHE.put(key, image);
                }
            }
            return image;
        }, PAINTERS).whenComplete((image, error) -> {
            if (error != null) {
                LOG.warn("Tile {} could not be painted", key, error);
            }
        });
    }

    static WritableImage paint(int zoom, long x, long y) {
        var size = WebMercator.TILE_SIZE;
        var pixels = painter().paintTileArgb(zoom, x, y);
        var image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels),
                size);
        return image;
    }
}
