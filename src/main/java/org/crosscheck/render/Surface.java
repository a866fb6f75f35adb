package org.crosscheck.render;

/**
 * The few drawing operations the views need, so one renderer paints both on a JavaFX canvas (in the window) and
 * on a Java2D image (on the command line, where no JavaFX toolkit runs). Coordinates are in pixels from the top
 * left; text is drawn left-aligned on its baseline.
 */
public interface Surface {

    void setFill(Rgb color);

    void setStroke(Rgb color, double lineWidth);

    void setFont(double size, boolean bold);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillRoundRect(double x, double y, double width, double height, double arc);

    void strokeRoundRect(double x, double y, double width, double height, double arc);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillCircle(double centerX, double centerY, double radius);

    void strokeCircle(double centerX, double centerY, double radius);

    void fillText(String text, double x, double baselineY);

    /** The advance width of {@code text} in the current font. */
    double textWidth(String text);

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double width, double height);

    void popClip();
}
