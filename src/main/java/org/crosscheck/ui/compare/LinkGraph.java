package org.crosscheck.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;

/**
 * The links of one incident as a small graph: one column per report, its linked claims as dots (coloured by aspect,
 * in aspect order), each link a curve coloured by relation — dashed while suggested, faint once rejected. Clicking
 * a dot selects the claim (Ctrl adds it), clicking a curve selects the link in the list.
 */
final class LinkGraph extends Region {

    private static final double TOP = 34;
    private static final double ROW = 26;
    private static final double LABELLED_ROW = 44;
    private static final double RADIUS = 7;
    private static final double LABEL_MIN_COLUMN = 110;

    private CompareModel model;
    private List<Long> selectedClaims = List.of();
    private List<Long> selectedLinks = List.of();
    private BiConsumer<Long, Boolean> onClaim = (claim, extend) -> { };
    private Consumer<CompareModel.LinkRow> onLink = link -> { };
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    LinkGraph() {
        getStyleClass().add("link-graph");
        setId("compare-link-graph");
        setMinSize(120, 120);
    }

    void show(CompareModel newModel, List<Long> claims, List<Long> links) {
        model = newModel;
        selectedClaims = List.copyOf(claims);
        selectedLinks = List.copyOf(links);
        drawnWidth = -1;
        requestLayout();
    }

    /** Called with the claim id and whether Ctrl was down. */
    void setOnClaim(BiConsumer<Long, Boolean> handler) {
        onClaim = handler;
    }

    void setOnLink(Consumer<CompareModel.LinkRow> handler) {
        onLink = handler;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 280;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + LABELLED_ROW * Math.max(4, maxClaimsInAColumn()) + 10;
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() != drawnWidth || getHeight() != drawnHeight) {
            drawnWidth = getWidth();
            drawnHeight = getHeight();
            draw();
        }
    }

    private int maxClaimsInAColumn() {
        return model == null ? 0 : linkedClaimsByReport().values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The claims that take part in a link, by report in column order, each in aspect order. */
    private Map<Long, List<Claim>> linkedClaimsByReport() {
        var linked = new HashSet<Long>();
        model.links().forEach(row -> {
            linked.add(row.a().id());
            linked.add(row.b().id());
        });
        var byReport = new LinkedHashMap<Long, List<Claim>>();
        model.columns().forEach(column -> byReport.put(column.articleId(), new ArrayList<>()));
        for (var aspect : Aspect.values()) {
            var row = model.row(aspect);
            if (row == null) {
                continue;
            }
            row.forEach((articleId, cells) -> cells.stream().map(CompareModel.ClaimCell::claim)
                    .filter(claim -> linked.contains(claim.id()))
                    .forEach(claim -> byReport.computeIfAbsent(articleId, id -> new ArrayList<>()).add(claim)));
        }
        return byReport;
    }

    private void draw() {
        var nodes = new ArrayList<Node>();
        if (model == null || model.links().isEmpty()) {
            var empty = new Text("No links yet.");
            empty.getStyleClass().add("graph-empty");
            empty.setX(12);
            empty.setY(24);
            getChildren().setAll(empty);
            return;
        }
        var byReport = linkedClaimsByReport();
        var columnWidth = (getWidth() - 8) / Math.max(1, model.columns().size());
        var positions = new HashMap<Long, Point2D>();
        var labels = new ArrayList<Node>();
        var dots = new ArrayList<Node>();
        var labelled = columnWidth >= LABEL_MIN_COLUMN;
        var rowHeight = labelled ? LABELLED_ROW : ROW;
        int c = 0;
        for (var column : model.columns()) {
            var left = 4 + columnWidth * c;
            var centre = left + columnWidth / 2;
            var name = column.outlet() == null ? column.fileName() : column.outlet();
            var header = new Text(shorten(name, (int) Math.max(4, columnWidth / 7.5)));
            header.getStyleClass().add("graph-report");
            header.setTextOrigin(VPos.TOP);
            header.setWrappingWidth(columnWidth - 4);
            header.setTextAlignment(TextAlignment.CENTER);
            header.setX(left + 2);
            header.setY(8);
            Tooltip.install(header, new Tooltip(name));
            labels.add(header);
            int r = 0;
            for (var claim : byReport.getOrDefault(column.articleId(), List.of())) {
                var y = TOP + rowHeight * r + RADIUS + 2;
                positions.put(claim.id(), new Point2D(centre, y));
                dots.add(dot(claim, centre, y));
                if (labelled) {
                    var label = new Text(shorten(claim.value(), (int) ((columnWidth - 8) / 6.5)));
                    label.getStyleClass().add("graph-label");
                    label.setTextOrigin(VPos.TOP);
                    label.setWrappingWidth(columnWidth - 8);
                    label.setTextAlignment(TextAlignment.CENTER);
                    label.setX(left + 4);
                    label.setY(y + RADIUS + 3);
                    label.setMouseTransparent(true);
                    labels.add(label);
                }
                r++;
            }
            c++;
        }
        var edges = new ArrayList<Node>();
        for (var row : model.links()) {
            var a = positions.get(row.a().id());
            var b = positions.get(row.b().id());
            if (a != null && b != null) {
                edges.add(edge(row, a, b));
            }
        }
        nodes.addAll(labels);
        nodes.addAll(edges);
        nodes.addAll(dots);
        getChildren().setAll(nodes);
    }

    private Node dot(Claim claim, double x, double y) {
        var dot = new Circle(x, y, RADIUS);
        dot.setId("graph-claim-" + claim.id());
        dot.getStyleClass().addAll("graph-claim", "aspect-" + claim.aspect().code().replace(' ', '-'));
        if (selectedClaims.contains(claim.id())) {
            dot.getStyleClass().add("selected");
        }
        var tip = new Tooltip(claim.aspect().code() + ": " + claim.value() + "\n" + claim.attributedTo() + " · "
                + claim.stance().code() + "\n“" + shorten(claim.quote(), 120) + "”");
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(dot, tip);
        dot.setOnMouseClicked(event -> onClaim.accept(claim.id(), event.isShortcutDown()));
        return dot;
    }

    private Node edge(CompareModel.LinkRow row, Point2D a, Point2D b) {
        double controlX;
        double controlY = (a.getY() + b.getY()) / 2;
        if (Math.abs(a.getX() - b.getX()) < 1) {
            controlX = a.getX() + 18 + Math.abs(a.getY() - b.getY()) / 3;
        } else {
            controlX = (a.getX() + b.getX()) / 2;
            controlY -= 14;
        }
        var curve = new QuadCurve(a.getX(), a.getY(), controlX, controlY, b.getX(), b.getY());
        curve.setId("graph-link-" + row.link().id());
        curve.getStyleClass().addAll("graph-link", "relation-" + row.link().relation().code(),
                "status-" + row.link().status().code());
        if (selectedLinks.contains(row.link().id())) {
            curve.getStyleClass().add("selected");
        }
        var tip = new Tooltip(row.describe() + "\n" + row.link().status().code()
                + (row.link().note() == null ? "" : " · " + row.link().note()));
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(curve, tip);
        curve.setOnMouseClicked(event -> onLink.accept(row));
        return curve;
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        var limit = Math.max(3, max);
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
