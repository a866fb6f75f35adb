package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.Java2DSurface;
import org.junit.jupiter.api.Test;

class TimelineRendererTest {

    private final TimelineRenderer renderer = new TimelineRenderer(TimelinePalette.LIGHT);
    private final TimelineData data = TimelineData.of(TimelineSamples.seedLike());

    @Test
    void drawsEachIncidentAsAMarkInTheColourOfItsState() throws Exception {
        var image = new BufferedImage(1200, 420, BufferedImage.TYPE_INT_RGB);
        var frame = TimelineFrame.still(data, data.fullSpan(), DateRange.ALL, 1200, 420);
        var geometry = renderer.render(Java2DSurface.on(image), frame);
        save(image, "timeline-renderer-seedlike.png");

        var conoco = data.find(3).orElseThrow();
        var x = (int) geometry.x(conoco.epochDay() + 0.5);
        var y = (int) geometry.markY(data.laneOf(3));
        assertThat(colourDistance(image.getRGB(x, y), MarkState.CONTESTED.color().toHex())).isLessThan(40);
        assertThat(colourDistance(image.getRGB(x, y), MarkState.SINGLE_SOURCE.color().toHex())).isGreaterThan(100);
    }

    @Test
    void drawsOnTheDarkBackgroundWithTheDarkPalette() throws Exception {
        var image = TimelinePicture.draw(new TimelineFrame(data, data.fullSpan(),
                new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), 3L,
                new TimelineFrame.Hover(3, 520, 170), 0, 1200, 420), TimelinePalette.DARK);
        save(image, "timeline-renderer-dark.png");

        assertThat(colourDistance(image.getRGB(1190, 300), TimelinePalette.DARK.background().toHex())).isZero();
    }

    @Test
    void findsTheIncidentUnderThePointer() {
        var image = new BufferedImage(1200, 420, BufferedImage.TYPE_INT_RGB);
        var frame = TimelineFrame.still(data, data.fullSpan(), DateRange.ALL, 1200, 420);
        var geometry = renderer.render(Java2DSurface.on(image), frame);
        var omar = data.find(4).orElseThrow();
        var x = geometry.x(omar.epochDay() + 0.5);
        var y = geometry.markY(data.laneOf(4));

        assertThat(renderer.hit(data, geometry, x + 2, y)).contains(omar);
        assertThat(renderer.hit(data, geometry, x + 60, y)).isEmpty();
        assertThat(renderer.hit(data, geometry, x, geometry.lanesBottom() + 5)).isEmpty();
    }

    @Test
    void rendersFiftyThousandIncidentsWithHoverAndBrush() throws Exception {
        var large = TimelineData.of(TimelineSamples.synthetic(50_000, 7));
        var image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        var brush = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        var frame = new TimelineFrame(large, large.fullSpan(), brush, 10L, new TimelineFrame.Hover(10, 600, 300),
                0, 1600, 900);
        renderer.render(Java2DSurface.on(image), frame);
        save(image, "timeline-renderer-50k.png");

        assertThat(large.lanes()).hasSize(23);
        assertThat(large.countIn(brush)).isBetween(1_500, 2_700);
    }

    /** Sum of the channel differences between a pixel and a #rrggbb colour. */
    private static int colourDistance(int pixel, String hex) {
        var expected = Integer.parseInt(hex.substring(1), 16);
        var distance = 0;
        for (var shift = 0; shift <= 16; shift += 8) {
            distance += Math.abs(((expected >> shift) & 0xff) - ((pixel >> shift) & 0xff));
        }
        return distance;
    }

    static void save(BufferedImage image, String name) throws Exception {
        var folder = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }
}
