package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.Java2DSurface;
import org.crosscheck.render.Rgb;
import org.crosscheck.render.Surface;
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
                new TimelineFrame.Hover(3, 520, 170), 0, 1200, 420, false), TimelinePalette.DARK);
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
                0, 1600, 900, false);
        renderer.render(Java2DSurface.on(image), frame);
        save(image, "timeline-renderer-50k.png");

        assertThat(large.lanes()).hasSize(23);
        assertThat(large.countIn(brush)).isBetween(1_500, 2_700);
    }

    @Test
    void anEmptyTimelineSaysTheIncidentsAreLoadingWhileTheyAreAndInvitesAnImportOnlyAfter() {
        var loading = new TextOnlySurface();
        renderer.render(loading, new TimelineFrame(TimelineData.EMPTY, TimelineData.EMPTY.fullSpan(), DateRange.ALL,
                null, null, 0, 1200, 420, true));
        var loaded = new TextOnlySurface();
        renderer.render(loaded, TimelineFrame.still(TimelineData.EMPTY, TimelineData.EMPTY.fullSpan(), DateRange.ALL,
                1200, 420));

        assertThat(loading.texts).contains("Loading the incidents…")
                .doesNotContain("No incidents yet: import articles and run the extraction.", "0 incidents");
        assertThat(loaded.texts).contains("No incidents yet: import articles and run the extraction.", "0 incidents")
                .doesNotContain("Loading the incidents…");
    }

    /** A surface that keeps the texts drawn on it and nothing else (7 pixels a character). */
    private static final class TextOnlySurface implements Surface {
        final List<String> texts = new ArrayList<>();

        @Override
        public void fillText(String text, double x, double baselineY) {
            texts.add(text);
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 7.0;
        }

        @Override
        public void setFill(Rgb color) {
        }

        @Override
        public void setStroke(Rgb color, double lineWidth) {
        }

        @Override
        public void setFont(double size, boolean bold) {
        }

        @Override
        public void fillRect(double x, double y, double width, double height) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height) {
        }

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double arc) {
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2) {
        }

        @Override
        public void fillCircle(double centerX, double centerY, double radius) {
        }

        @Override
        public void strokeCircle(double centerX, double centerY, double radius) {
        }

        @Override
        public void pushClip(double x, double y, double width, double height) {
        }

        @Override
        public void popClip() {
        }
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
