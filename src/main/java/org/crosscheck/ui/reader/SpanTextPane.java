package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.crosscheck.model.Span;

/**
 * Article text as a wrapped {@link TextFlow} of text runs, with a coloured band drawn behind each highlighted span.
 * Text nodes (rather than a text area) let every span carry its own style class and hover text.
 */
final class SpanTextPane extends Region {

    private final TextFlow flow = new TextFlow();
    private final Group backgrounds = new Group();
    private List<Highlight> highlights = List.of();
    private double laidOutWidth = -1;

    SpanTextPane() {
        getStyleClass().add("span-text");
        flow.getStyleClass().add("reader-text");
        backgrounds.setManaged(false);
        backgrounds.setMouseTransparent(true);
        getChildren().addAll(backgrounds, flow);
    }

    /** Shows {@code text} with the highlights; right-to-left for Arabic-script text. */
    void setContent(String text, List<Highlight> newHighlights, boolean rightToLeft) {
        highlights = List.copyOf(newHighlights);
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        var nodes = new ArrayList<Node>();
        for (var run : TextRuns.split(text.length(), highlights)) {
            var node = new Text(text.substring(run.start(), run.end()));
            node.getStyleClass().add("reader-run");
            var tips = new StringBuilder();
            for (var highlight : run.highlights()) {
                node.getStyleClass().add(highlight.styleClass());
                if (highlight.tooltip() != null) {
                    tips.append(tips.isEmpty() ? "" : "\n").append(highlight.tooltip());
                }
            }
            if (!tips.isEmpty()) {
                var tooltip = new Tooltip(tips.toString());
                tooltip.setShowDelay(Duration.millis(250));
                Tooltip.install(node, tooltip);
            }
            nodes.add(node);
        }
        flow.getChildren().setAll(nodes);
        laidOutWidth = -1;
        requestLayout();
    }

    /** The text exactly as shown, run after run. */
    String text() {
        var builder = new StringBuilder();
        flow.getChildren().forEach(node -> builder.append(((Text) node).getText()));
        return builder.toString();
    }

    /** Where the span sits inside this pane, for scrolling to it; null if it cannot be placed. */
    Bounds boundsOf(Span span) {
        var elements = flow.rangeShape(span.start(), span.end());
        if (elements.length == 0) {
            return null;
        }
        var path = new Path(elements);
        var local = path.getBoundsInLocal();
        return flow.localToParent(local);
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        var inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return flow.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        var width = getWidth() - snappedLeftInset() - snappedRightInset();
        var height = getHeight() - snappedTopInset() - snappedBottomInset();
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, height);
        if (width != laidOutWidth) {
            laidOutWidth = width;
            drawBackgrounds();
        }
        backgrounds.setLayoutX(flow.getLayoutX());
        backgrounds.setLayoutY(flow.getLayoutY());
    }

    private void drawBackgrounds() {
        var bands = new ArrayList<Node>();
        for (var highlight : highlights) {
            var elements = flow.rangeShape(highlight.span().start(), highlight.span().end());
            if (elements.length > 0) {
                var band = new Path(elements);
                band.getStyleClass().addAll("highlight-band", highlight.styleClass() + "-band");
                bands.add(band);
            }
        }
        backgrounds.getChildren().setAll(bands);
    }
}
