package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import javax.imageio.ImageIO;
import org.crosscheck.render.MapFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderMapCommandTest {

    @TempDir
    Path folder;

    static Path screenshots() {
        return Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
    }

    @Test
    void writesAPngThatLooksLikeAMap() throws Exception {
        MapFixtures.open(folder).close();
        var out = screenshots().resolve("map-seeds.png");
        Files.deleteIfExists(out);

        int code = CrosscheckCommand.run("render", "map", "--db", folder.resolve("map.mv.db").toString(),
                "--out", out.toString(), "--width", "1400", "--height", "900");

        assertThat(code).isZero();
        var image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(900);
        var colours = new HashSet<Integer>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(200);
    }

    @Test
    void rendersOnlyTheWindowAskedFor() {
        MapFixtures.open(folder).close();
        var out = folder.resolve("january.png");
        var printed = new java.io.StringWriter();
        var command = CrosscheckCommand.commandLine();
        command.setOut(new java.io.PrintWriter(printed));

        int code = command.execute("render", "map", "--db", folder.resolve("map.mv.db").toString(), "--out",
                out.toString(), "--from", "2024-01-01", "--to", "2024-01-31", "--width", "800", "--height", "600");

        assertThat(code).isZero();
        assertThat(printed.toString()).contains("4 incidents");
        assertThat(out).exists();
    }

    @Test
    void refusesAnImpossibleSize() {
        int code = CrosscheckCommand.run("render", "map", "--db", folder.resolve("x.mv.db").toString(), "--out",
                folder.resolve("x.png").toString(), "--width", "10");

        assertThat(code).isEqualTo(2);
    }
}
