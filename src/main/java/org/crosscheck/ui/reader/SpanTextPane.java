package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.crosscheck.model.Span;

/**
 * Article text as a wrapped {@link TextFlow} of text runs, with a coloured band drawn behind or a line drawn under
 * each highlighted span: one text node per paragraph, cut further only where a band styles the text (search hits),
 * and one shape per highlight, never a node per character, so long articles with thousands of marks stay quick. Resting the mouse on a highlight (or clicking it) shows its
 * explanation in one shared tooltip. Text nodes (rather than a text area) let every span carry its own style class. The analyst can
 * select text with the mouse (double-click: a word; Ctrl+A: all) and copy it (Ctrl+C). A lone line break gets a
 * small extra gap after it so paragraphs stand apart; offsets given to and reported by this pane are always offsets
 * into the article text, and are mapped past those gaps.
 */
final class SpanTextPane extends Region {

    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination SELECT_ALL = KeyCombination.keyCombination("Shortcut+A");
    private static final Duration HOVER_DELAY = Duration.millis(300);

    private final TextFlow flow = new TextFlow();
    private final Group backgrounds = new Group();
    private List<Highlight> highlights = List.of();
    /** The tint shown on each stretch of the text: the narrowest tint highlight covering it. */
    private List<TextRuns.Run> tints = List.of();
    /** Positions in the article text after which a paragraph gap character was inserted, ascending. */
    private int[] gapsAfter = new int[0];
    private double laidOutWidth = -1;
    private final Path selectionBand = new Path();
    private final ReadOnlyObjectWrapper<Span> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ContextMenu menu = new ContextMenu();
    private String content = "";
    private int anchor;
    private final Tooltip hoverTip = new Tooltip();
    private final PauseTransition hoverDelay = new PauseTransition(HOVER_DELAY);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText");
    private double hoverScreenX;
    private double hoverScreenY;

    /** Adds a command to the text's context menu, after Copy and Select all. */
    void addMenuItem(MenuItem item) {
        if (menu.getItems().size() == 2) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item);
    }

    SpanTextPane() {
        getStyleClass().add("span-text");
        flow.getStyleClass().add("reader-text");
        backgrounds.setManaged(false);
        backgrounds.setMouseTransparent(true);
        selectionBand.getStyleClass().add("selection-band");
        selectionBand.setManaged(false);
        selectionBand.setMouseTransparent(true);
        getChildren().addAll(backgrounds, selectionBand, flow);
        setCursor(Cursor.TEXT);
        setFocusTraversable(true);
        setOnMousePressed(this::mousePressed);
        setOnMouseDragged(event -> select(anchor, textOffsetAt(event.getX(), event.getY())));
        setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelection();
                event.consume();
            } else if (SELECT_ALL.match(event)) {
                select(0, content.length());
                event.consume();
            }
        });
        var copy = new MenuItem("Copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelection());
        var selectAll = new MenuItem("Select all");
        selectAll.setAccelerator(SELECT_ALL);
        selectAll.setOnAction(event -> select(0, content.length()));
        menu.getItems().setAll(copy, selectAll);
        menu.setOnShowing(event -> copy.setDisable(selection.get() == null));
        setOnContextMenuRequested(event -> menu.show(this, event.getScreenX(), event.getScreenY()));
        selection.addListener((obs, old, span) -> drawSelection());
        hoverTip.getStyleClass().add("reader-tip");
        hoverTip.setWrapText(true);
        hoverTip.setMaxWidth(420);
        hoverDelay.setOnFinished(event -> showHoverTip());
        setOnMouseMoved(event -> hover(event.getX(), event.getY(), event.getScreenX(), event.getScreenY(), false));
        setOnMouseExited(event -> hideHoverTip());
    }

    /** The explanation of the highlights under the mouse, shown in the tooltip; null when there are none. */
    ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /**
     * The hover texts of the highlights covering article offset {@code offset}, joined by blank lines: underlined
     * marks (a site, a date) first, then the others; identical texts once, with "×n" after their first line (a
     * round-up sentence gives one alike claim per incident it reports).
     */
    static String explanationAt(List<Highlight> highlights, int offset) {
        var counts = new LinkedHashMap<String, Integer>();
        highlights.stream()
                .filter(h -> h.tooltip() != null && h.span().start() <= offset && offset < h.span().end())
                .sorted(Comparator.comparing(h -> h.mark() != Highlight.Mark.UNDERLINE))
                .forEach(h -> counts.merge(h.tooltip(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return null;
        }
        var tips = new ArrayList<String>();
        counts.forEach((tip, count) -> {
            if (count == 1) {
                tips.add(tip);
            } else {
                var lineEnd = tip.indexOf('\n') < 0 ? tip.length() : tip.indexOf('\n');
                tips.add(tip.substring(0, lineEnd) + "  ×" + count + tip.substring(lineEnd));
            }
        });
        return String.join("\n\n", tips);
    }

    private void hover(double x, double y, double screenX, double screenY, boolean now) {
        var explanation = explanationAtPoint(x, y);
        hoverScreenX = screenX;
        hoverScreenY = screenY;
        if (explanation == null) {
            hideHoverTip();
            return;
        }
        if (!explanation.equals(hoverText.get())) {
            hoverTip.hide();
            hoverText.set(explanation);
            hoverTip.setText(explanation);
        }
        if (now) {
            hoverDelay.stop();
            showHoverTip();
        } else if (!hoverTip.isShowing()) {
            hoverDelay.playFromStart();
        }
    }

    /** The explanation of the character under a point of this pane, if the point is on a highlighted character. */
    private String explanationAtPoint(double x, double y) {
        if (highlights.isEmpty() || content.isEmpty()) {
            return null;
        }
        var local = new Point2D(x - flow.getLayoutX(), y - flow.getLayoutY());
        var charIndex = flow.hitTest(local).getCharIndex();
        var elements = flow.rangeShape(charIndex, charIndex + 1);
        if (elements.length == 0 || !new Path(elements).getBoundsInLocal().contains(local)) {
            return null;
        }
        return explanationAt(highlights, textOffset(charIndex));
    }

    private void showHoverTip() {
        if (hoverText.get() != null && getScene() != null && getScene().getWindow() != null) {
            hoverTip.show(this, hoverScreenX + 12, hoverScreenY + 18);
        }
    }

    private void hideHoverTip() {
        hoverDelay.stop();
        hoverTip.hide();
        hoverText.set(null);
    }

    /** The selected text as a span of the article text; null when nothing is selected. */
    ReadOnlyObjectProperty<Span> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects {@code [from, to)} of the article text (in either order); an empty range clears the selection. */
    void select(int from, int to) {
        var start = Math.max(0, Math.min(from, to));
        var end = Math.min(content.length(), Math.max(from, to));
        selection.set(end > start ? new Span(start, end) : null);
    }

    /** Puts the selected text on the clipboard. */
    void copySelection() {
        var span = selection.get();
        if (span != null) {
            var clip = new ClipboardContent();
            clip.putString(span.of(content));
            Clipboard.getSystemClipboard().setContent(clip);
        }
    }

    private void mousePressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        hover(event.getX(), event.getY(), event.getScreenX(), event.getScreenY(), true);
        var offset = textOffsetAt(event.getX(), event.getY());
        if (event.getClickCount() == 2) {
            selectWordAt(offset);
        } else if (event.isShiftDown() && selection.get() != null) {
            select(anchor, offset);
        } else {
            anchor = offset;
            selection.set(null);
        }
    }

    private void selectWordAt(int offset) {
        int start = Math.min(offset, content.length());
        int end = start;
        while (start > 0 && Character.isLetterOrDigit(content.charAt(start - 1))) {
            start--;
        }
        while (end < content.length() && Character.isLetterOrDigit(content.charAt(end))) {
            end++;
        }
        anchor = start;
        select(start, end);
    }

    /** The article-text offset nearest to a point of this pane. */
    private int textOffsetAt(double x, double y) {
        var hit = flow.hitTest(new Point2D(x - flow.getLayoutX(), y - flow.getLayoutY()));
        return textOffset(hit.getInsertionIndex());
    }

    /** Shows {@code text} with the highlights; right-to-left for Arabic-script text. */
    void setContent(String text, List<Highlight> newHighlights, boolean rightToLeft) {
        if (!text.equals(content)) {
            selection.set(null);
        }
        hideHoverTip();
        content = text;
        highlights = List.copyOf(newHighlights);
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        gapsAfter = paragraphGaps(text);
        // Only bands style the text itself (search hits in bold); tints and lines are shapes behind and under it,
        // so they do not cut the text into more nodes.
        var runs = TextRuns.split(text.length(), marked(Highlight.Mark.BAND));
        tints = tints(TextRuns.split(text.length(), marked(Highlight.Mark.TINT)));
        var nodes = new ArrayList<Node>();
        int gap = 0;
        for (var run : runs) {
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

    private List<Highlight> marked(Highlight.Mark mark) {
        return highlights.stream().filter(highlight -> highlight.mark() == mark).toList();
    }

    /**
     * Per stretch of text, the one tint to show: the narrowest tint highlight covering it (the first of equals);
     * neighbouring runs showing the same tint are joined.
     */
    static List<TextRuns.Run> tints(List<TextRuns.Run> runs) {
        var result = new ArrayList<TextRuns.Run>();
        for (var run : runs) {
            var tint = run.highlights().stream().filter(h -> h.mark() == Highlight.Mark.TINT)
                    .min(Comparator.comparingInt(h -> h.span().length()));
            if (tint.isEmpty()) {
                continue;
            }
            var last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.end() == run.start() && last.highlights().get(0) == tint.get()) {
                result.set(result.size() - 1, new TextRuns.Run(last.start(), run.end(), last.highlights()));
            } else {
                result.add(new TextRuns.Run(run.start(), run.end(), List.of(tint.get())));
            }
        }
        return result;
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
        for (var highlight : run.highlights()) {
            node.getStyleClass().add(highlight.styleClass());
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

    private int textOffset(int displayOffset) {
        return Math.min(content.length(), textOffset(gapsAfter, displayOffset));
    }

    private int displayOffset(int textOffset) {
        return displayOffset(gapsAfter, textOffset);
    }

    /** The position in the article text of a position in the flow, given the gaps (inverse of displayOffset). */
    static int textOffset(int[] gapsAfter, int displayOffset) {
        int low = 0;
        int high = gapsAfter.length;
        while (low < high) {
            var middle = (low + high) >>> 1;
            if (gapsAfter[middle] + 1 + middle < displayOffset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return displayOffset - low;
    }

    /** The position in the flow of a position in the article text, given the gaps inserted after line breaks. */
    static int displayOffset(int[] gapsAfter, int textOffset) {
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
            drawSelection();
        }
        backgrounds.setLayoutX(flow.getLayoutX());
        backgrounds.setLayoutY(flow.getLayoutY());
        selectionBand.setLayoutX(flow.getLayoutX());
        selectionBand.setLayoutY(flow.getLayoutY());
    }

    private void drawSelection() {
        var span = selection.get();
        selectionBand.getElements().setAll(span == null ? new PathElement[0]
                : flow.rangeShape(displayOffset(span.start()), displayOffset(span.end())));
    }

    /**
     * A line along the bottom of each box of a range shape (one box per text line the range covers), so a span
     * can be underlined across line breaks.
     */
    static List<PathElement> underlines(PathElement[] boxes) {
        var lines = new ArrayList<PathElement>();
        double minX = Double.NaN;
        double maxX = Double.NaN;
        double maxY = Double.NaN;
        for (var element : boxes) {
            if (element instanceof MoveTo move) {
                addUnderline(lines, minX, maxX, maxY);
                minX = move.getX();
                maxX = move.getX();
                maxY = move.getY();
            } else if (element instanceof LineTo line) {
                minX = Math.min(minX, line.getX());
                maxX = Math.max(maxX, line.getX());
                maxY = Math.max(maxY, line.getY());
            }
        }
        addUnderline(lines, minX, maxX, maxY);
        return lines;
    }

    private static void addUnderline(List<PathElement> lines, double minX, double maxX, double maxY) {
        if (!Double.isNaN(minX) && maxX > minX) {
            lines.add(new MoveTo(minX, maxY - 1));
            lines.add(new LineTo(maxX, maxY - 1));
        }
    }

    private void drawBackgrounds() {
        var bands = new ArrayList<Node>();
        for (var tint : tints) {
            var elements = flow.rangeShape(displayOffset(tint.start()), displayOffset(tint.end()));
            if (elements.length > 0) {
                var band = new Path(elements);
                band.getStyleClass().addAll("highlight-band", tint.highlights().get(0).styleClass() + "-band");
                bands.add(band);
            }
        }
        var lines = new ArrayList<Node>();
        for (var highlight : highlights) {
            if (highlight.mark() == Highlight.Mark.TINT) {
                continue;
            }
            var elements = flow.rangeShape(displayOffset(highlight.span().start()),
                    displayOffset(highlight.span().end()));
            if (elements.length == 0) {
                continue;
            }
            if (highlight.mark() == Highlight.Mark.UNDERLINE) {
                var line = new Path(underlines(elements));
                line.getStyleClass().addAll("highlight-line", highlight.styleClass() + "-line");
                lines.add(line);
            } else {
                var band = new Path(elements);
                band.getStyleClass().addAll("highlight-band", highlight.styleClass() + "-band");
                bands.add(band);
            }
        }
        bands.addAll(lines);
        backgrounds.getChildren().setAll(bands);
    }
}
