package org.crosscheck.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import org.crosscheck.geo.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class BasemapTileRetrieverTest {

    @Test
    void gluonFindsTheOfflineRetriever() {
        assertThat(TileRetrieverProvider.getInstance().load()).isInstanceOf(BasemapTileRetriever.class);
    }

    @Test
    void returnsAPaintedTileAndThenTheCachedOne() throws Exception {
        var retriever = new BasemapTileRetriever();
        long x = (long) (WebMercator.x(40.3) * 256);
        long y = (long) (WebMercator.y(35.3) * 256);

        var image = retriever.loadTile(8, x, y).get(20, TimeUnit.SECONDS);

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        var colours = new HashSet<Integer>();
        for (int py = 0; py < 256; py += 4) {
            for (int px = 0; px < 256; px += 4) {
                colours.add(image.getPixelReader().getArgb(px, py));
            }
        }
        assertThat(colours).hasSizeGreaterThan(5);
        var again = retriever.loadTile(8, x, y);
        assertThat(again.isDone()).isTrue();
        assertThat(again.get()).isSameAs(image);
    }

    @Test
    void staysOfflineUnlessTheAnalystOptsIn() {
        assertThat(BasemapTileRetriever.isOnline()).isFalse();
        assertThat(OnlineTiles.allowed()).isFalse();
    }
}
