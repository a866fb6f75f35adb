package org.crosscheck.ui.map;

import com.gluonhq.maps.MapView;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.geo.MarkerCluster;
import org.crosscheck.geo.MarkerKind;
import org.crosscheck.geo.StaticMapRenderer;
import org.crosscheck.geo.WebMercator;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.DatedMarkers;
import org.crosscheck.ui.common.FxTasks;
import org.crosscheck.ui.common.Workspace;

/**
 * The map view for the main window: Gluon's {@link MapView} over the offline basemap, opening on Syria and Iraq,
 * with the gazetteer sites and the incidents of the brushed time window on top, a legend, zoom buttons and the
 * data credit. Hovering a mark tells what it is; clicking selects the incident everywhere (a group offers its
 * incidents in a menu). Zoom goes by whole levels so the tiles are always drawn pixel for pixel.
 */
public final class MapPane extends StackPane {

    public static final String STYLE_CLASS = "map-pane";
    static final int MIN_ZOOM = 3;
    static final int MAX_ZOOM = 14;
    private static final double SCROLL_STEP = 40;
    private static final ExecutorService LOADER = Executors.newSingleThreadExecutor(FxTasks.daemonThreads("map-loader"));

    private final MapViewModel viewModel;
    private final Path tileCache;
    private final StackPane mapHolder = new StackPane();
    private final Label hover = new Label();
    private final Label credit = new Label();
    private final ContextMenu groupMenu = new ContextMenu();
    private final BooleanProperty onlineTiles = new SimpleBooleanProperty(BasemapTileRetriever.isOnline());
    private MapView mapView;
    private OverlayLayer overlay;
    private double scrollSum;
    private boolean fitted;

    /**
     * The map of the database's sites and incidents, linked to the other views through {@code workspace}; it loads
     * them on {@link #refresh()}, so the window can show its first frame before any incident is read, and again from
     * every load of all incidents the timeline publishes in the workspace.
     */
    public MapPane(AppContext context, Workspace workspace) {
        this(new MapViewModel(() -> context.sites().findAll(), everyIncident -> DatedMarkers.of(
                everyIncident != null ? everyIncident.in(DateRange.ALL) : context.incidents().summaries(DateRange.ALL)),
                workspace, LOADER,
                Platform::runLater), context.database().file().toAbsolutePath().getParent().resolve("tiles"));
    }

    MapPane(MapViewModel viewModel, Path tileCache) {
        this.viewModel = viewModel;
        this.tileCache = tileCache;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(MapPane.class.getResource("map.css").toExternalForm());
        hover.getStyleClass().add("map-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        credit.getStyleClass().add("map-credit");
        StackPane.setAlignment(credit, Pos.BOTTOM_RIGHT);
        var legend = legend();
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        var tools = tools();
        StackPane.setAlignment(tools, Pos.TOP_RIGHT);
        StackPane.setMargin(tools, new Insets(10));
        var status = new Label();
        status.getStyleClass().add("map-status");
        status.textProperty().bind(viewModel.statusProperty());
        StackPane.setAlignment(status, Pos.TOP_LEFT);
        StackPane.setMargin(status, new Insets(10));
        getChildren().addAll(mapHolder, legend, tools, status, credit, hover);
        setMinSize(200, 150);
        buildMap();

        viewModel.sitesProperty().addListener((observable, old, sites) -> {
            BasemapTileRetriever.keepClearOf(sites);
            overlay.setSites(sites);
        });
        viewModel.markersProperty().addListener((observable, old, markers) -> overlay.setMarkers(markers));
        viewModel.selectedIncidentIdProperty().addListener((observable, old, id) -> {
            overlay.setSelectedId(id);
            if (id != null) {
                reveal(id);
            }
        });
    }

    /**
     * Reloads sites and incidents in the background now. In the window the map does this by itself whenever the
     * timeline publishes a new read of every incident; a map on its own (a test, a picture) is loaded with this.
     */
    public void refresh() {
        viewModel.refresh();
    }

    public MapViewModel viewModel() {
        return viewModel;
    }

    MapView mapView() {
        return mapView;
    }

    OverlayLayer overlay() {
        return overlay;
    }

    /** Builds a fresh map view (again when the tile source changes, since Gluon keeps the tiles it has). */
    private void buildMap() {
        var previous = overlay == null ? null : overlay.lastView();
        mapView = new MapView();
        mapView.getStyleClass().add("map-view");
        overlay = new OverlayLayer();
        overlay.setSites(viewModel.sitesProperty().get());
        overlay.setMarkers(viewModel.markersProperty().get());
        overlay.setSelectedId(viewModel.selectedIncidentIdProperty().get());
        mapView.addLayer(overlay);
        if (previous == null) {
            mapView.setZoom(6);
            mapView.setCenter((StaticMapRenderer.SOUTH + StaticMapRenderer.NORTH) / 2,
                    (StaticMapRenderer.WEST + StaticMapRenderer.EAST) / 2);
            mapView.layoutBoundsProperty().addListener((observable, old, bounds) -> fitRegion(bounds.getWidth(),
                    bounds.getHeight()));
        } else {
            mapView.setZoom(Math.round(previous.zoom()));
            mapView.setCenter(WebMercator.latitude((previous.top() + previous.height() / 2.0) / previous.scale()),
                    WebMercator.longitude((previous.left() + previous.width() / 2.0) / previous.scale()));
        }
        mapView.addEventFilter(ScrollEvent.SCROLL, this::scrollZoom);
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, this::showHover);
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, event -> hover.setVisible(false));
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        mapHolder.getChildren().setAll(mapView);
        credit.setText(BasemapTileRetriever.isOnline() ? "Map tiles " + OnlineTiles.ATTRIBUTION
                : "Basemap: Natural Earth (public domain)");
    }

    /** On first layout, zooms to the largest whole level that shows Syria and Iraq. */
    private void fitRegion(double width, double height) {
        if (fitted || width < 50 || height < 50) {
            return;
        }
        fitted = true;
        var zoom = Math.floor(WebMercator.zoomToFit(StaticMapRenderer.WEST, StaticMapRenderer.SOUTH,
                StaticMapRenderer.EAST, StaticMapRenderer.NORTH, (int) width, (int) height));
        mapView.setZoom(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)));
        mapView.setCenter((StaticMapRenderer.SOUTH + StaticMapRenderer.NORTH) / 2,
                (StaticMapRenderer.WEST + StaticMapRenderer.EAST) / 2);
    }

    /** Zooms one whole level around the pointer per wheel notch (trackpad scrolls add up to a notch). */
    private void scrollZoom(ScrollEvent event) {
        event.consume();
        scrollSum += event.getDeltaY();
        if (Math.abs(scrollSum) >= SCROLL_STEP) {
            zoomBy(scrollSum > 0 ? 1 : -1, event.getX(), event.getY());
            scrollSum = 0;
        }
    }

    /** Changes the zoom by whole levels around a point of the map, within 3..14. */
    void zoomBy(int levels, double pivotX, double pivotY) {
        var current = mapView.getZoom();
        var view = overlay.lastView();
        if (view != null) {
            current = view.zoom();
        }
        var target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(current) + levels));
        if (target != current && overlay.baseMap() != null) {
            overlay.baseMap().zoom(target - current, pivotX, pivotY);
        }
    }

    private void showHover(MouseEvent event) {
        var cluster = overlay.clusterAt(event.getX(), event.getY());
        if (cluster.isEmpty()) {
            hover.setVisible(false);
            mapView.setCursor(null);
            return;
        }
        mapView.setCursor(javafx.scene.Cursor.HAND);
        hover.setText(describe(cluster.get()));
        hover.autosize();
        var point = mapHolder.localToParent(event.getX(), event.getY());
        hover.relocate(Math.min(point.getX() + 14, getWidth() - hover.getWidth() - 4),
                Math.min(point.getY() + 14, getHeight() - hover.getHeight() - 4));
        hover.setVisible(true);
    }

    static String describe(MarkerCluster cluster) {
        if (cluster.isSingle()) {
            return line(cluster.members().get(0));
        }
        var members = cluster.members().stream().sorted(Comparator.comparing(MapMarker::id)).toList();
        var text = new StringBuilder(members.size() + " incidents, " + cluster.reports() + " reports — click to pick");
        members.stream().limit(8).forEach(marker -> text.append('\n').append(line(marker)));
        if (members.size() > 8) {
            text.append("\n… and ").append(members.size() - 8).append(" more");
        }
        return text.toString();
    }

    private static String line(MapMarker marker) {
        return marker.siteName() + " · " + marker.dateText() + " · " + marker.reports()
                + (marker.reports() == 1 ? " report" : " reports") + " · " + marker.conflicts()
                + (marker.conflicts() == 1 ? " conflict" : " conflicts");
    }

    private void click(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        var cluster = overlay.clusterAt(event.getX(), event.getY());
        if (cluster.isEmpty()) {
            return;
        }
        if (cluster.get().isSingle()) {
            viewModel.select(cluster.get().members().get(0).id());
            return;
        }
        groupMenu.getItems().clear();
        cluster.get().members().stream().limit(30).forEach(marker -> {
            var item = new MenuItem(line(marker));
            item.setId("map-pick-" + marker.id());
            item.setOnAction(pick -> viewModel.select(marker.id()));
            groupMenu.getItems().add(item);
        });
        groupMenu.show(mapView, event.getScreenX(), event.getScreenY());
    }

    /** Centres the map on the incident when its mark is out of view. */
    private void reveal(long incidentId) {
        if (overlay.positionOf(incidentId).isPresent()) {
            return;
        }
        viewModel.markersProperty().get().markers().stream().filter(marker -> marker.id() == incidentId)
                .findFirst().ifPresent(marker -> mapView.setCenter(marker.latitude(), marker.longitude()));
    }

    private VBox tools() {
        var zoomIn = new Button("+");
        zoomIn.setId("map-zoom-in");
        zoomIn.setTooltip(new Tooltip("Zoom in"));
        zoomIn.setOnAction(event -> zoomBy(1, mapView.getWidth() / 2, mapView.getHeight() / 2));
        var zoomOut = new Button("−");
        zoomOut.setId("map-zoom-out");
        zoomOut.setTooltip(new Tooltip("Zoom out"));
        zoomOut.setOnAction(event -> zoomBy(-1, mapView.getWidth() / 2, mapView.getHeight() / 2));
        var home = new Button("⌂");
        home.setId("map-home");
        home.setTooltip(new Tooltip("Show Syria and Iraq"));
        home.setOnAction(event -> {
            fitted = false;
            fitRegion(mapView.getWidth(), mapView.getHeight());
        });
        var save = new Button("PNG");
        save.setId("map-save-png");
        save.setTooltip(new Tooltip("Save the map as shown, with its legend, as a PNG picture"));
        save.setOnAction(event -> chooseAndSavePng());
        var online = new ToggleButton("OSM");
        online.setId("map-online");
        online.setDisable(!OnlineTiles.allowed());
        online.setTooltip(new Tooltip(OnlineTiles.allowed()
                ? "Use OpenStreetMap tiles (online). Off: the built-in offline basemap, no network."
                : "Online tiles are switched off for this run."));
        online.selectedProperty().bindBidirectional(onlineTiles);
        onlineTiles.addListener((observable, was, on) -> {
            BasemapTileRetriever.useOnline(on && OnlineTiles.allowed() ? new OnlineTiles(tileCache) : null);
            buildMap();
        });
        var box = new VBox(4, zoomIn, zoomOut, home, save, online);
        box.getStyleClass().add("map-tools");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.setAlignment(Pos.TOP_RIGHT);
        return box;
    }

    /**
     * Whether the map shows online OpenStreetMap tiles instead of the offline basemap (ignored when the network is
     * switched off for the run); the window remembers it between sessions.
     */
    public BooleanProperty onlineTilesProperty() {
        return onlineTiles;
    }

    /** Asks where to save and writes the map as shown to a PNG (the File menu and the PNG button end here). */
    public void chooseAndSavePng() {
        var chooser = new FileChooser();
        chooser.setTitle("Save the map as PNG");
        chooser.setInitialFileName("crosscheck-map.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            savePng(file.toPath());
        }
    }

    /**
     * Writes the map as it is shown (same place, zoom and incidents; Syria and Iraq when it has not been shown yet)
     * with its legend to a PNG, drawn off the FX thread by the same renderer as {@code crosscheck render map}; the status line says how it went.
     */
    public void savePng(Path file) {
        var view = overlay.lastView() != null ? overlay.lastView() : StaticMapRenderer.defaultView(1600, 1000);
        var sites = viewModel.sitesProperty().get();
        var markers = markers();
        var caption = viewModel.statusProperty().get();
        LOADER.execute(() -> {
            try {
                var image = new StaticMapRenderer(BasemapTileRetriever.painter())
                        .render(view, sites, markers, caption);
                if (!ImageIO.write(image, "png", file.toFile())) {
                    throw new java.io.IOException("no PNG writer");
                }
                Platform.runLater(() -> viewModel.say("Saved the map to " + file));
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> viewModel.say("The map could not be saved to " + file + ": "
                        + e.getMessage()));
            }
        });
    }

    private VBox legend() {
        var legend = new VBox(3);
        legend.getStyleClass().add("map-legend");
        var title = new Label("Incidents");
        title.getStyleClass().add("map-legend-title");
        legend.getChildren().add(title);
        for (var kind : MarkerKind.values()) {
            var dot = new Circle(5, OverlayLayer.colour(kind));
            var row = new HBox(6, dot, new Label(kind.legend()));
            row.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(row);
        }
        var number = new Label("Number: reports (one incident) or incidents (group)");
        number.getStyleClass().add("map-legend-note");
        var diamond = new Polygon(5, 0, 10, 5, 5, 10, 0, 5);
        diamond.getStyleClass().add("map-legend-site");
        var sites = new HBox(6, diamond, new Label("Base or site from the gazetteer"));
        sites.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(number, sites);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return legend;
    }

    /** The incidents the map shows now (for the other views' tests and the status line). */
    List<MapMarker> markers() {
        return viewModel.markersProperty().get().markers();
    }
}
