package org.crosscheck.ui.map;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.geo.MarkerClusterer;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Site;
import org.crosscheck.render.DatedMarkers;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the map shows: the gazetteer sites and the incidents of the workspace's time window, and the selected
 * incident. Every incident is loaded once in the background (and again on {@link #refresh}); a brush change filters
 * them in memory on the spot, then groups them for every zoom in the background, so neither a brush nor a zoom step
 * waits for the database or for 50,000 markers to be grouped. Only this class calls the repositories.
 */
public final class MapViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MapViewModel.class);

    private final Supplier<List<Site>> siteSource;
    private final Function<LoadedIncidents, DatedMarkers> markerSource;
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<List<Site>> sites = new ReadOnlyObjectWrapper<>(this, "sites", List.of());
    private final ReadOnlyObjectWrapper<MarkerClusterer> markers = new ReadOnlyObjectWrapper<>(this, "markers",
            new MarkerClusterer(List.of()));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading…");
    private final AtomicLong generation = new AtomicLong();
    private DatedMarkers all = DatedMarkers.empty();
    /** The grouping shown now: the background skips grouping one a newer brush has replaced. */
    private volatile MarkerClusterer shown;

    /**
     * @param markerSource every incident's marker, made from the workspace's loaded incidents when they are known
     *                     (else null: then read); called on {@code background}
     */
    public MapViewModel(Supplier<List<Site>> siteSource, Function<LoadedIncidents, DatedMarkers> markerSource,
                        Workspace workspace, Executor background, Executor ui) {
        this.siteSource = siteSource;
        this.markerSource = markerSource;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        workspace.timeWindowProperty().addListener((observable, old, window) -> {
            if (loaded.get()) {
                showWindow();
            }
        });
        workspace.loadedIncidentsProperty().addListener((observable, old, everyIncident) -> refresh());
    }

    /**
     * Reloads the sites and every incident in the background, then shows those of the current time window; it runs
     * again by itself whenever the workspace's loaded incidents change.
     */
    public void refresh() {
        long ticket = generation.incrementAndGet();
        var everyIncident = workspace.loadedIncidentsProperty().get();
        background.execute(() -> {
            try {
                var loadedSites = siteSource.get();
                var loadedMarkers = markerSource.apply(everyIncident);
                ui.execute(() -> {
                    if (ticket == generation.get()) {
                        sites.set(loadedSites);
                        all = loadedMarkers;
                        loaded.set(true);
                        showWindow();
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Loading the map failed", e);
                ui.execute(() -> status.set("The map could not load its data: " + e.getMessage()));
            }
        });
    }

    /** Shows the loaded incidents of the current window; the groups for other zooms are made in the background. */
    private void showWindow() {
        var window = workspace.timeWindowProperty().get() == null ? DateRange.ALL
                : workspace.timeWindowProperty().get();
        var clusterer = new MarkerClusterer(all.in(window));
        shown = clusterer;
        markers.set(clusterer);
        status.set(statusText(clusterer.markers().size(), window));
        background.execute(() -> {
            if (shown == clusterer) {
                clusterer.prepare(MapPane.MIN_ZOOM, MapPane.MAX_ZOOM);
            }
        });
    }

    static String statusText(int count, DateRange window) {
        var incidents = count + (count == 1 ? " incident" : " incidents");
        if (window.isAll()) {
            return incidents;
        }
        return incidents + " from " + (window.from() == null ? "the start" : window.from()) + " to "
                + (window.to() == null ? "the end" : window.to());
    }

    /** Shows a one-line message in the map's status line (e.g. where a picture was saved). */
    public void say(String message) {
        status.set(message);
    }

    /** Selects the incident everywhere (null clears the selection). */
    public void select(Long incidentId) {
        workspace.selectedIncidentIdProperty().set(incidentId);
    }

    public ObjectProperty<Long> selectedIncidentIdProperty() {
        return workspace.selectedIncidentIdProperty();
    }

    public ReadOnlyObjectProperty<List<Site>> sitesProperty() {
        return sites.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MarkerClusterer> markersProperty() {
        return markers.getReadOnlyProperty();
    }

    /** True once the first load has finished. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
