package org.crosscheck.render;

import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import org.crosscheck.geo.Basemap;
import org.crosscheck.geo.StaticMapRenderer;
import org.crosscheck.geo.TilePainter;
import org.crosscheck.model.DateRange;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.SiteRepository;

/**
 * The map of a database as a picture for briefings: Syria and Iraq with the gazetteer sites and the incidents of a
 * time window, drawn like the map view but without a UI toolkit.
 */
public final class MapPicture {

    private final SiteRepository sites;
    private final IncidentRepository incidents;
    private final StaticMapRenderer renderer;

    public MapPicture(SiteRepository sites, IncidentRepository incidents) {
        this.sites = sites;
        this.incidents = incidents;
        this.renderer = new StaticMapRenderer(new TilePainter(Basemap.bundled(), sites.findAll()));
    }

    /** Renders the map of the incidents in {@code window} at {@code width x height} pixels. */
    public Result render(DateRange window, int width, int height) {
        var markers = IncidentMarkers.of(incidents.summaries(window));
        var view = StaticMapRenderer.defaultView(width, height);
        var image = renderer.render(view, sites.findAll(), markers, caption(window, markers.size()));
        return new Result(image, markers.size());
    }

    /** The picture and how many incidents it shows. */
    public record Result(BufferedImage image, int incidentCount) {
    }

    static String caption(DateRange window, int count) {
        var format = DateTimeFormatter.ISO_LOCAL_DATE;
        var span = window.isAll() ? "all dates"
                : (window.from() == null ? "…" : format.format(window.from())) + " to "
                + (window.to() == null ? "…" : format.format(window.to()));
        return count + (count == 1 ? " incident, " : " incidents, ") + span;
    }
}
