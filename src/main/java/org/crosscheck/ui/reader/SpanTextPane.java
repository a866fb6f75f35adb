package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Text nodes (rather than a text area) let every span carry its own style class and hover text. A lone line break
 * gets a small extra gap after it so paragraphs stand apart; offsets given to this pane are always offsets into the
 * article text, and are mapped past those gaps.
 */
final class SpanTextPane extends Region {

    private final TextFlow flow = new TextFlow();
    private final Group backgrounds = new Group();
    private List<Highlight> highlights = List.of();
    /** Positions in the article text after which a paragraph gap character was inserted, ascending. */
    private int[] gapsAfter = new int[0];
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
        gapsAfter = paragraphGaps(text);
        var nodes = new ArrayList<Node>();
        int gap = 0;
        for (var run : TextRuns.split(text.length(), highlights)) {
            int from = run.start();
            while (gap < gapsAfter.length && gapsAfter[gap] < run.end()) {
                nodes.add(runNode(text.substring(from, gapsAfter[gap] + 1), run));
                var spacer = new Text("\n");
                spacer.getStyleClass().add("paragraph-gap");
                nodes.add(spacer);
                from = gapsAfter[gap] + 1;
                gap++;
            }
            if (from < run.end()) {
                nodes.add(runNode(text.substring(from, run.end()), run));
            }
        }
        flow.getChildren().setAll(nodes);
        laidOutWidth = -1;
        requestLayout();
    }

    /** The article text as shown, without the paragraph gaps. */
    String text() {
        var builder = new StringBuilder();
        flow.getChildren().stream().filter(node -> !node.getStyleClass().contains("paragraph-gap"))
                .forEach(node -> builder.append(((Text) node).getText()));
        return builder.toString();
    }

    private static Text runNode(String content, TextRuns.Run run) {
        var node = new Text(content);
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
        return node;
    }

    /** Line breaks that stand alone (not part of a blank line), after which a paragraph gap goes. */
    static int[] paragraphGaps(String text) {
        return java.util.stream.IntStream.range(0, text.length())
                .filter(i -> text.charAt(i) == '\n')
                .filter(i -> (i == 0 || text.charAt(i - 1) != '\n') && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))
                .toArray();
    }

    /** The position in the flow of a position in the article text. */
    int displayOffset(int textOffset) {
        var index = Arrays.binarySearch(gapsAfter, textOffset);
        var gapsBefore = index >= 0 ? index : -index - 1;
        return textOffset + gapsBefore;
    }

    /** Where the span sits inside this pane, for scrolling to it; null if it cannot be placed. */
    Bounds boundsOf(Span span) {
        var elements = flow.rangeShape(displayOffset(span.start()), displayOffset(span.end()));
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
            var elements = flow.rangeShape(displayOffset(highlight.span().start()),
                    displayOffset(highlight.span().end()));
            if (elements.length > 0) {
                var band = new Path(elements);
                band.getStyleClass().addAll("highlight-band", highlight.styleClass() + "-band");
                bands.add(band);
            }
        }
        backgrounds.getChildren().setAll(bands);
    }
}
