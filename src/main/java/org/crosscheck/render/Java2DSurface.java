package org.crosscheck.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/** A {@link Surface} on a Java2D image: used off screen (CLI, benchmarks), where no JavaFX toolkit runs. */
public final class Java2DSurface implements Surface {

    private static final String FONT_FAMILY = Font.SANS_SERIF;

    private final Graphics2D graphics;
    private final Deque<Shape> clips = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;

    public Java2DSurface(Graphics2D graphics) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        setFont(12, false);
    }

    /** A surface drawing on {@code image}. */
    public static Java2DSurface on(BufferedImage image) {
        return new Java2DSurface(image.createGraphics());
    }

    @Override
    public void setFill(Rgb color) {
        fill = awt(color);
    }

    @Override
    public void setStroke(Rgb color, double lineWidth) {
        stroke = awt(color);
        graphics.setStroke(new BasicStroke((float) lineWidth));
    }

    @Override
    public void setFont(double size, boolean bold) {
        graphics.setFont(new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        graphics.setColor(fill);
        graphics.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        graphics.setColor(stroke);
        graphics.draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        graphics.setColor(fill);
        graphics.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        graphics.setColor(stroke);
        graphics.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        graphics.setColor(stroke);
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius) {
        graphics.setColor(fill);
        graphics.fill(new Ellipse2D.Double(centerX - radius, centerY - radius, radius * 2, radius * 2));
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius) {
        graphics.setColor(stroke);
        graphics.draw(new Ellipse2D.Double(centerX - radius, centerY - radius, radius * 2, radius * 2));
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        graphics.setColor(fill);
        graphics.drawString(text, (float) x, (float) baselineY);
    }

    @Override
    public double textWidth(String text) {
        return graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        clips.push(graphics.getClip() == null ? new Rectangle2D.Double(-1e6, -1e6, 2e6, 2e6) : graphics.getClip());
        graphics.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void popClip() {
        graphics.setClip(clips.pop());
    }

    private static Color awt(Rgb color) {
        return new Color(color.red(), color.green(), color.blue(), (int) Math.round(color.opacity() * 255));
    }
}
