package org.crosscheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TilePainterTest {

    private final TilePainter painter = new TilePainter(Basemap.bundled());

    @Test
    void paintsLandAndBordersOverSyriaAtZoomSix() {
        long x = (long) (WebMercator.x(38.5) * 64);
        long y = (long) (WebMercator.y(35) * 64);

        var tile = painter.paintTile(6, x, y);

        assertThat(tile.getWidth()).isEqualTo(256);
        assertThat(share(tile, TilePainter.FOCUS_LAND, 0)).isGreaterThan(0.3);
        assertThat(share(tile, TilePainter.COUNTRY_BORDER, 40)).isGreaterThan(0.001);
        assertThat(distinctColours(tile)).isGreaterThan(20);
    }

    @Test
    void paintsSeaOffTheSyrianCoast() {
        long x = (long) (WebMercator.x(35.3) * 128);
        long y = (long) (WebMercator.y(35.0) * 128);

        var tile = painter.paintTile(7, x, y);

        assertThat(share(tile, TilePainter.SEA, 0)).isGreaterThan(0.2);
        assertThat(share(tile, TilePainter.FOCUS_LAND, 0)).isGreaterThan(0.05);
    }

    @Test
    void paintsTheIraqiDesertAsLandAtEveryZoomFromThreeToFourteen() {
        for (int zoom = 3; zoom <= 14; zoom++) {
            double size = 1L << zoom;
            var tile = painter.paintTile(zoom, (long) (WebMercator.x(41.6) * size), (long) (WebMercator.y(32.6) * size));

            assertThat(share(tile, TilePainter.FOCUS_LAND, 0)).as("zoom %d", zoom).isGreaterThan(zoom < 6 ? 0.01 : 0.6);
        }
    }

    @Test
    void tilesJoinWithoutSeamsOrCutLabels() {
        int zoom = 7;
        long x0 = (long) (WebMercator.x(38.0) * 128);
        long y0 = (long) (WebMercator.y(36.5) * 128);
        var whole = new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB);
        var g = whole.createGraphics();
        painter.paint(g, new MapViewport(zoom, x0 * 256.0, y0 * 256.0, 512, 512));
        g.dispose();

        int differing = 0;
        for (int ty = 0; ty < 2; ty++) {
            for (int tx = 0; tx < 2; tx++) {
                var tile = painter.paintTile(zoom, x0 + tx, y0 + ty);
                for (int y = 0; y < 256; y++) {
                    for (int x = 0; x < 256; x++) {
                        if (difference(tile.getRGB(x, y), whole.getRGB(tx * 256 + x, ty * 256 + y)) > 24) {
                            differing++;
                        }
                    }
                }
            }
        }
        assertThat(differing).isLessThan(512 * 512 / 200);
    }

    @Test
    void keepsBasemapLabelsApartAtEveryZoom() {
        var layout = new LabelLayout(Basemap.bundled(), java.util.List.of());
        for (int zoom = 3; zoom <= 12; zoom++) {
            var labels = layout.at(zoom);
            assertThat(labels).as("zoom %d", zoom).isNotEmpty();
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                            .as("%s and %s at zoom %d", labels.get(i).text(), labels.get(j).text(), zoom).isFalse();
                }
            }
        }
        assertThat(layout.at(5)).extracting(LabelLayout.PlacedLabel::text).contains("SYRIA", "IRAQ", "Baghdad");
    }

    private static double share(BufferedImage image, Color colour, int tolerance) {
        int hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (difference(image.getRGB(x, y), colour.getRGB()) <= tolerance) {
                    hits++;
                }
            }
        }
        return hits / (double) (image.getWidth() * image.getHeight());
    }

    private static int distinctColours(BufferedImage image) {
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int difference(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
