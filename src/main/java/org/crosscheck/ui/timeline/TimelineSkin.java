package org.crosscheck.ui.timeline;

import javafx.beans.Observable;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.DaySpan;
import org.crosscheck.render.timeline.TimelineFrame;
import org.crosscheck.render.timeline.TimelineGeometry;
import org.crosscheck.render.timeline.TimelineRenderer;

/**
 * Draws a {@link Timeline} on one canvas with {@link TimelineRenderer} and turns mouse and keys into changes of
 * its properties: the wheel zooms around the pointer, a drag pans (time and lanes), a drag on the histogram strip
 * or a Shift-drag sets the brush (dragging inside the brush on the strip moves it, its edges resize it), a click
 * selects the incident under the pointer, Escape clears the brush. Redraws are coalesced to one per pulse.
 */
public class TimelineSkin extends SkinBase<Timeline> {

    private static final double CLICK_SLOP = 3;
    private static final double EDGE_GRAB = 5;
    private static final double ZOOM_PER_PIXEL = 1.0025;

    private enum Drag { NONE, PAN, NEW_BRUSH, MOVE_BRUSH, LEFT_EDGE, RIGHT_EDGE }

    private final Canvas canvas = new Canvas();
    private final EventHandler<KeyEvent> keyHandler = this::keyPressed;
    private final FxCanvasSurface surface = new FxCanvasSurface(canvas.getGraphicsContext2D());
    private TimelineRenderer renderer;
    private TimelineGeometry geometry;
    private TimelineFrame.Hover hover;
    private double laneScroll;
    private boolean dirty = true;

    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressY;
    private boolean moved;
    private DaySpan pressSpan;
    private double pressScroll;
    private DateRange pressBrush;

    public TimelineSkin(Timeline timeline) {
        super(timeline);
        canvas.getStyleClass().add(Timeline.CANVAS_STYLE_CLASS);
        canvas.setManaged(false);
        getChildren().add(canvas);
        renderer = new TimelineRenderer(timeline.paletteProperty().get());
        registerChangeListener(timeline.paletteProperty(), observable -> {
            renderer = new TimelineRenderer(timeline.paletteProperty().get());
            redraw(observable);
        });
        registerChangeListener(timeline.dataProperty(), this::dataChanged);
        registerChangeListener(timeline.visibleSpanProperty(), this::redraw);
        registerChangeListener(timeline.brushProperty(), this::redraw);
        registerChangeListener(timeline.selectedIdProperty(), this::redraw);
        registerChangeListener(timeline.loadingProperty(), this::redraw);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::movedOver);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> setHover(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        timeline.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        super.dispose();
    }

    /** The geometry of the last frame drawn; null before the first. */
    public TimelineGeometry geometry() {
        return geometry;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (dirty) {
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return TimelineRenderer.preferredHeight(getSkinnable().getData()) + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 200 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320 + left + right;
    }

    private void paint() {
        dirty = false;
        var width = canvas.getWidth();
        var height = canvas.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        var timeline = getSkinnable();
        var span = timeline.getVisibleSpan() == null ? timeline.getData().fullSpan() : timeline.getVisibleSpan();
        var frame = new TimelineFrame(timeline.getData(), span, timeline.getBrush(), timeline.getSelectedId(), hover,
                laneScroll, width, height, timeline.isLoading());
        geometry = renderer.render(surface, frame);
        laneScroll = geometry.laneScroll();
    }

    private void redraw(Observable ignored) {
        dirty = true;
        getSkinnable().requestLayout();
    }

    private void dataChanged(Observable observable) {
        hover = null;
        getSkinnable().setHoveredItem(null);
        getSkinnable().requestLayout();
        redraw(observable);
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || geometry == null) {
            return;
        }
        getSkinnable().requestFocus();
        var timeline = getSkinnable();
        pressX = event.getX();
        pressY = event.getY();
        moved = false;
        pressSpan = geometry.span();
        pressScroll = laneScroll;
        pressBrush = timeline.getBrush();
        var onStrip = geometry.inHistogram(pressX, pressY);
        if (onStrip || (event.isShiftDown() && geometry.inLanes(pressX, pressY))) {
            drag = onStrip ? brushGrab(pressX) : Drag.NEW_BRUSH;
            timeline.setBrushAdjusting(true);
        } else {
            drag = Drag.PAN;
        }
    }

    private Drag brushGrab(double x) {
        var brush = getSkinnable().getBrush();
        if (brush == null || brush.isAll()) {
            return Drag.NEW_BRUSH;
        }
        var pixels = geometry.pixelsOf(brush);
        if (Math.abs(x - pixels[0]) <= EDGE_GRAB) {
            return Drag.LEFT_EDGE;
        }
        if (Math.abs(x - pixels[1]) <= EDGE_GRAB) {
            return Drag.RIGHT_EDGE;
        }
        return x > pixels[0] && x < pixels[1] ? Drag.MOVE_BRUSH : Drag.NEW_BRUSH;
    }

    private void dragged(MouseEvent event) {
        if (drag == Drag.NONE || geometry == null) {
            return;
        }
        var x = event.getX();
        var y = event.getY();
        moved |= Math.abs(x - pressX) > CLICK_SLOP || Math.abs(y - pressY) > CLICK_SLOP;
        if (!moved) {
            return;
        }
        var timeline = getSkinnable();
        var clampedX = Math.max(geometry.plotLeft(), Math.min(geometry.plotRight(), x));
        switch (drag) {
            case PAN -> {
                timeline.setVisibleSpan(pressSpan.pan(-(x - pressX) / geometry.pixelsPerDay()));
                laneScroll = Math.max(0, Math.min(geometry.maxLaneScroll(), pressScroll - (y - pressY)));
                redraw(null);
            }
            case NEW_BRUSH -> timeline.setBrush(geometry.daysBetween(pressX, clampedX));
            case MOVE_BRUSH -> {
                var days = Math.round((x - pressX) / geometry.pixelsPerDay());
                timeline.setBrush(new DateRange(pressBrush.from().plusDays(days), pressBrush.to().plusDays(days)));
            }
            case LEFT_EDGE, RIGHT_EDGE -> {
                var pixels = geometry.pixelsOf(pressBrush);
                var fixed = drag == Drag.LEFT_EDGE ? pixels[1] - 1 : pixels[0] + 1;
                timeline.setBrush(geometry.daysBetween(fixed, clampedX));
            }
            default -> {
            }
        }
        event.consume();
    }

    private void released(MouseEvent event) {
        if (drag == Drag.NONE || geometry == null) {
            return;
        }
        var timeline = getSkinnable();
        var wasBrushing = drag != Drag.PAN;
        if (!moved) {
            if (drag == Drag.PAN) {
                timeline.setSelectedId(renderer.hit(timeline.getData(), geometry, event.getX(), event.getY())
                        .map(item -> item.id()).orElse(null));
            } else if (drag == Drag.NEW_BRUSH) {
                timeline.clearBrush();
            }
        }
        drag = Drag.NONE;
        if (wasBrushing) {
            timeline.setBrushAdjusting(false);
        }
    }

    private void movedOver(MouseEvent event) {
        if (geometry == null) {
            return;
        }
        var x = event.getX();
        var y = event.getY();
        var item = renderer.hit(getSkinnable().getData(), geometry, x, y);
        setHover(item.map(found -> new TimelineFrame.Hover(found.id(), x, y)).orElse(null));
        if (geometry.inHistogram(x, y)) {
            var grab = brushGrab(x);
            canvas.setCursor(grab == Drag.LEFT_EDGE || grab == Drag.RIGHT_EDGE ? Cursor.H_RESIZE
                    : grab == Drag.MOVE_BRUSH ? Cursor.MOVE : Cursor.CROSSHAIR);
        } else {
            canvas.setCursor(item.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        }
    }

    private void setHover(TimelineFrame.Hover newHover) {
        if (hover == null && newHover == null) {
            return;
        }
        hover = newHover;
        getSkinnable().setHoveredItem(newHover == null ? null
                : getSkinnable().getData().find(newHover.id()).orElse(null));
        redraw(null);
    }

    private void scrolled(ScrollEvent event) {
        if (geometry == null || event.getDeltaY() == 0) {
            return;
        }
        var timeline = getSkinnable();
        var anchorX = Math.max(geometry.plotLeft(), Math.min(geometry.plotRight(), event.getX()));
        var factor = Math.pow(ZOOM_PER_PIXEL, -event.getDeltaY());
        var maxLength = Math.max(60, timeline.getData().fullSpan().length() * 2);
        timeline.setVisibleSpan(geometry.span().zoom(geometry.day(anchorX), factor, maxLength));
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && !getSkinnable().getBrush().isAll()) {
            getSkinnable().clearBrush();
            event.consume();
        }
    }
}
