package org.crosscheck.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Span;

/**
 * An article's text with a coloured band behind each claim (by aspect, hover for speaker and value), and a stronger
 * band on the claims of the selected link. A click on a claim picks it; where several claims share the words
 * clicked, a small menu names them to choose from. Knows where a span lies, so the pair view can draw
 * links to it and scroll to it.
 */
final class ClaimTextPane extends Region {

    private final Text text = new Text();
    private final TextFlow flow = new TextFlow(text);
    private final Group bands = new Group();
    private List<Claim> claims = List.of();
    private List<Long> marked = List.of();
    private Consumer<Claim> onPick = claim -> { };
    private double bandsWidth = -1;

    ClaimTextPane() {
        getStyleClass().add("claim-text");
        flow.getStyleClass().add("claim-text-flow");
        text.getStyleClass().add("claim-text-run");
        flow.setMouseTransparent(true);
        bands.setManaged(false);
        getChildren().addAll(bands, flow);
        setOnMouseClicked(event -> pickAt(event.getSceneX(), event.getSceneY(), event.getScreenX(),
                event.getScreenY()));
    }

    private void pickAt(double sceneX, double sceneY, double screenX, double screenY) {
        var index = flow.hitTest(flow.sceneToLocal(sceneX, sceneY)).getCharIndex();
        var here = claims.stream().filter(claim -> claim.span().start() <= index && index < claim.span().end())
                .sorted(Comparator.comparingInt(claim -> claim.span().length())).toList();
        if (here.size() == 1) {
            onPick.accept(here.get(0));
        } else if (here.size() > 1) {
            var menu = new ContextMenu();
            menu.setId("claim-choice");
            for (var claim : here) {
                var item = new MenuItem(claim.aspect().code() + ": " + claim.value() + " (" + claim.attributedTo()
                        + ")");
                item.setOnAction(event -> onPick.accept(claim));
                menu.getItems().add(item);
            }
            menu.show(this, screenX, screenY);
        }
    }

    /** Shows an article's text with its claims; right-to-left scripts flow right to left. */
    void show(String content, List<Claim> articleClaims, boolean rightToLeft) {
        text.setText(content);
        flow.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        claims = List.copyOf(articleClaims);
        marked = List.of();
        bandsWidth = -1;
        requestLayout();
    }

    /** Marks the claims of the selected link (ids of this pane's claims; others are ignored). */
    void mark(List<Long> claimIds) {
        marked = List.copyOf(claimIds);
        bandsWidth = -1;
        requestLayout();
    }

    void setOnPick(Consumer<Claim> handler) {
        onPick = handler;
    }

    /** Where a span lies in this pane's own coordinates (after layout), or null when it lies outside the text. */
    Bounds spanBounds(Span span) {
        if (span.end() > text.getText().length() || span.start() >= span.end()) {
            return null;
        }
        var shape = new Path(flow.rangeShape(span.start(), span.end()));
        var inFlow = shape.getBoundsInLocal();
        if (inFlow.isEmpty()) {
            return null;
        }
        return new BoundingBox(inFlow.getMinX() + flow.getLayoutX(), inFlow.getMinY() + flow.getLayoutY(),
                inFlow.getWidth(), inFlow.getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 360 + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        var inner = width < 0 ? 360 : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + flow.prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        var x = snappedLeftInset();
        var y = snappedTopInset();
        var width = getWidth() - x - snappedRightInset();
        flow.resizeRelocate(x, y, width, flow.prefHeight(width));
        if (width != bandsWidth) {
            bandsWidth = width;
            drawBands();
        }
    }

    private void drawBands() {
        var drawn = new ArrayList<Path>();
        for (var claim : claims) {
            var span = claim.span();
            if (span.end() > text.getText().length() || span.start() >= span.end()) {
                continue;
            }
            var band = new Path(flow.rangeShape(span.start(), span.end()));
            band.getStyleClass().addAll("claim-band", "aspect-" + claim.aspect().code().replace(' ', '-'));
            if (marked.contains(claim.id())) {
                band.getStyleClass().add("marked");
            }
            band.setLayoutX(flow.getLayoutX());
            band.setLayoutY(flow.getLayoutY());
            band.setCursor(Cursor.HAND);
            var tooltip = new Tooltip(claim.attributedTo() + " · " + claim.aspect().code() + ": " + claim.value()
                    + " (" + claim.stance().code() + ")");
            tooltip.setShowDelay(Duration.millis(250));
            Tooltip.install(band, tooltip);
            drawn.add(band);
        }
        drawn.sort((a, b) -> Boolean.compare(a.getStyleClass().contains("marked"),
                b.getStyleClass().contains("marked")));
        bands.getChildren().setAll(drawn);
    }
}
