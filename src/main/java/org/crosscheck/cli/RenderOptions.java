package org.crosscheck.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.crosscheck.model.DateRange;
import picocli.CommandLine.Option;

/** Options every {@code render} view shares: database, output file, picture size and time window. */
final class RenderOptions {

    @Option(names = "--out", required = true, paramLabel = "PNG", description = "The PNG file to write.")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600", description = "Width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "H",
            description = "Height in pixels (default: 1000 for the map, all lanes for the timeline).")
    Integer height;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the time window (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the time window (YYYY-MM-DD).")
    LocalDate to;

    DateRange window() {
        return new DateRange(from, to);
    }

    /** The height asked for, or the view's own default. */
    int heightOr(int viewDefault) {
        return height == null ? viewDefault : height;
    }

    /** A plain sentence when the options cannot work, else null. */
    String problem() {
        var checkedHeight = heightOr(1000);
        if (width < 200 || checkedHeight < 150 || width > 10_000 || checkedHeight > 10_000) {
            return "The picture size " + width + "x" + checkedHeight
                    + " is out of range: use 200..10000 by 150..10000.";
        }
        if (from != null && to != null && from.isAfter(to)) {
            return "--from " + from + " is after --to " + to + ".";
        }
        return null;
    }

    void write(BufferedImage image) {
        try {
            var parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
