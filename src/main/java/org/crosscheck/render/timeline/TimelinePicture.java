package org.crosscheck.render.timeline;

import java.awt.image.BufferedImage;
import org.crosscheck.render.Java2DSurface;

/** The timeline as a picture for briefings, drawn off screen with Java2D (no JavaFX toolkit needed). */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    public static BufferedImage draw(TimelineFrame frame, TimelinePalette palette) {
        var image = new BufferedImage((int) Math.ceil(frame.width()), (int) Math.ceil(frame.height()),
                BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            new TimelineRenderer(palette).render(new Java2DSurface(graphics), frame);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
