package org.crosscheck.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.crosscheck.render.Rgb;
import org.crosscheck.render.Surface;

/** A {@link Surface} on a JavaFX canvas, so the window draws with the same renderer as the command line. */
final class FxCanvasSurface implements Surface {

    private static final int MAX_CACHED_WIDTHS = 4096;

    private final GraphicsContext graphics;
    private final Text measurer = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final String family = Font.getDefault().getFamily();
    private Font font;

    FxCanvasSurface(GraphicsContext graphics) {
        this.graphics = graphics;
        setFont(12, false);
    }

    @Override
    public void setFill(Rgb color) {
        graphics.setFill(fx(color));
    }

    @Override
    public void setStroke(Rgb color, double lineWidth) {
        graphics.setStroke(fx(color));
        graphics.setLineWidth(lineWidth);
    }

    @Override
    public void setFont(double size, boolean bold) {
        font = Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        graphics.setFont(font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        graphics.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        graphics.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        graphics.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        graphics.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        graphics.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillCircle(double centerX, double centerY, double radius) {
        graphics.fillOval(centerX - radius, centerY - radius, radius * 2, radius * 2);
    }

    @Override
    public void strokeCircle(double centerX, double centerY, double radius) {
        graphics.strokeOval(centerX - radius, centerY - radius, radius * 2, radius * 2);
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        graphics.fillText(text, x, baselineY);
    }

    @Override
    public double textWidth(String text) {
        var key = font.getSize() + (font.getStyle().contains("Bold") ? "b" : "n") + text;
        var cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() > MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        measurer.setFont(font);
        measurer.setText(text);
        var width = measurer.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        graphics.save();
        graphics.beginPath();
        graphics.rect(x, y, width, height);
        graphics.closePath();
        graphics.clip();
    }

    @Override
    public void popClip() {
        graphics.restore();
        graphics.setFont(font);
    }

    private static Color fx(Rgb color) {
        return Color.rgb(color.red(), color.green(), color.blue(), color.opacity());
    }
}
