package org.crosscheck.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.crosscheck.geo.MapViewport;
import org.crosscheck.geo.MarkerCluster;
import org.crosscheck.geo.MarkerClusterer;
import org.crosscheck.geo.MarkerKind;
import org.crosscheck.geo.SiteOverlay;
import org.crosscheck.model.Site;

/**
 * The map layer with the gazetteer sites and the incident marks, drawn on one canvas the size of the map each time
 * the map moves: marks are grouped per zoom by {@link MarkerClusterer} and laid out with {@link SiteOverlay}, the
 * same as in pictures, so tens of thousands of incidents cost only the marks in view.
 */
final class OverlayLayer extends MapLayer {

    /** Gluon switches to the next tile zoom this much before the zoom reaches it. */
    private static final double TILE_TIPPING = 0.2;
    private static final Font SITE_FONT = Font.font("SansSerif", FontWeight.BOLD, 12);
    private static final Font PROVINCE_FONT = Font.font("SansSerif", FontWeight.NORMAL, FontPosture.ITALIC, 12);
    private static final Font BADGE_FONT = Font.font("SansSerif", FontWeight.BOLD, 11);
    private static final Color SITE_COLOUR = Color.web("#1F2A44");
    private static final Color PROVINCE_COLOUR = Color.web("#7A6A8A");
    private static final Color HALO = Color.rgb(255, 255, 255, 0.86);

    private final Canvas canvas = new Canvas();
    private List<Site> sites = List.of();
    private MarkerClusterer markers = new MarkerClusterer(List.of());
    private List<MarkerCluster> visible = List.of();
    private Long selectedId;
    private MapViewport lastView;
    private long lastFrameNanos;
    private Consumer<MapViewport> drawnListener = view -> { };

    OverlayLayer() {
        getChildren().add(canvas);
    }

    /** Redraws whenever the map zooms or moves, even when its centre stays put. */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener(observable -> markDirty());
        baseMap.translateXProperty().addListener(observable -> markDirty());
        baseMap.translateYProperty().addListener(observable -> markDirty());
    }

    void setSites(List<Site> sites) {
        this.sites = sites;
        markDirty();
    }

    void setMarkers(MarkerClusterer markers) {
        this.markers = markers;
        markDirty();
    }

    void setSelectedId(Long selectedId) {
        this.selectedId = selectedId;
        markDirty();
    }

    /** The mark under a point of the layer, if any (topmost first). */
    Optional<MarkerCluster> clusterAt(double x, double y) {
        for (int i = visible.size() - 1; i >= 0; i--) {
            if (visible.get(i).hits(x, y)) {
                return Optional.of(visible.get(i));
            }
        }
        return Optional.empty();
    }

    /** Where the mark holding the incident is drawn now, in layer coordinates. */
    Optional<Point2D> positionOf(long incidentId) {
        return visible.stream().filter(cluster -> cluster.contains(incidentId)).findFirst()
                .map(cluster -> new Point2D(cluster.x(), cluster.y()));
    }

    List<MarkerCluster> visibleClusters() {
        return visible;
    }

    /** How long the last redraw took, in nanoseconds. */
    long lastFrameNanos() {
        return lastFrameNanos;
    }

    /** Called after each redraw with the view drawn. */
    void whenDrawn(Consumer<MapViewport> listener) {
        this.drawnListener = listener;
    }

    @Override
    protected void layoutLayer() {
        var parent = getParent();
        if (baseMap == null || parent == null) {
            return;
        }
        long start = System.nanoTime();
        double width = parent.getLayoutBounds().getWidth();
        double height = parent.getLayoutBounds().getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
        }
        var view = new MapViewport(baseMap.zoom().get(), -baseMap.getTranslateX(), -baseMap.getTranslateY(),
                (int) Math.ceil(width), (int) Math.ceil(height));
        lastView = view;
        visible = markers.visible(view);
        var tileZoom = Math.floor(view.zoom() + TILE_TIPPING);
        var basemapLabels = BasemapTileRetriever.isOnline() ? List.<java.awt.geom.Rectangle2D>of()
                : BasemapTileRetriever.painter().labelBoxes(view, tileZoom);
        var layout = SiteOverlay.layout(sites, view, visible, basemapLabels);
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        layout.icons().forEach(icon -> drawIcon(g, icon));
        layout.labels().forEach(label -> drawLabel(g, label));
        for (var cluster : visible) {
            drawCluster(g, cluster, selectedId != null && cluster.contains(selectedId));
        }
        lastFrameNanos = System.nanoTime() - start;
        drawnListener.accept(view);
    }

    /** Gluon's base map, for zooming around a point by whole levels. */
    com.gluonhq.impl.maps.BaseMap baseMap() {
        return baseMap;
    }

    MapViewport lastView() {
        return lastView;
    }

    private static void drawIcon(GraphicsContext g, SiteOverlay.SiteIcon icon) {
        double x = icon.x();
        double y = icon.y();
        if (icon.city()) {
            g.setFill(Color.WHITE);
            g.fillOval(x - 4, y - 4, 8, 8);
            g.setStroke(SITE_COLOUR);
            g.setLineWidth(2);
            g.strokeOval(x - 4, y - 4, 8, 8);
        } else {
            double[] xs = {x, x + 6, x, x - 6};
            double[] ys = {y - 6, y, y + 6, y};
            g.setStroke(Color.WHITE);
            g.setLineWidth(3);
            g.setLineJoin(StrokeLineJoin.ROUND);
            g.strokePolygon(xs, ys, 4);
            g.setFill(SITE_COLOUR);
            g.fillPolygon(xs, ys, 4);
        }
    }

    private static void drawLabel(GraphicsContext g, SiteOverlay.SiteLabel label) {
        g.setFont(label.province() ? PROVINCE_FONT : SITE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double y = label.y();
        for (var line : label.lines()) {
            g.setStroke(HALO);
            g.setLineWidth(3);
            g.strokeText(line, label.x(), y);
            g.setFill(label.province() ? PROVINCE_COLOUR : SITE_COLOUR);
            g.fillText(line, label.x(), y);
            y += label.lineHeight();
        }
    }

    private static void drawCluster(GraphicsContext g, MarkerCluster cluster, boolean selected) {
        double r = cluster.radius();
        double x = cluster.x();
        double y = cluster.y();
        g.setFill(Color.rgb(0, 0, 0, 0.24));
        g.fillOval(x - r + 1, y - r + 2, 2 * r, 2 * r);
        double start = 90;
        int total = cluster.members().size();
        for (var kind : MarkerKind.values()) {
            int count = cluster.kindCounts()[kind.ordinal()];
            if (count == 0) {
                continue;
            }
            g.setFill(colour(kind));
            if (count == total) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                double extent = 360.0 * count / total;
                g.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
                start += extent;
            }
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(cluster.isSingle() ? 1.6 : 2.6);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        if (selected) {
            g.setStroke(Color.web("#111111"));
            g.setLineWidth(2.5);
            g.strokeOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
        }
        g.setFont(BADGE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        var badge = Integer.toString(cluster.badge());
        g.setStroke(Color.rgb(0, 0, 0, 0.45));
        g.setLineWidth(2.2);
        g.strokeText(badge, x, y);
        g.setFill(Color.WHITE);
        g.fillText(badge, x, y);
    }

    static Color colour(MarkerKind kind) {
        int rgb = kind.rgb();
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
