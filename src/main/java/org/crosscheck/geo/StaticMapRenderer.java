package org.crosscheck.geo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.crosscheck.model.Site;

/**
 * Renders the map as a picture without any UI toolkit: the basemap for a viewport, the gazetteer sites, the
 * incident marks grouped as on screen, a legend and the data credit. The CLI {@code render map} and the benchmark
 * use it.
 */
public final class StaticMapRenderer {

    /** The region the map opens on: Syria and Iraq (degrees). */
    public static final double WEST = 34;
    public static final double SOUTH = 29;
    public static final double EAST = 49;
    public static final double NORTH = 38.5;

    private final TilePainter basemap;

    public StaticMapRenderer(TilePainter basemap) {
        this.basemap = basemap;
    }

    /** The viewport showing Syria and Iraq at the given size. */
    public static MapViewport defaultView(int width, int height) {
        return MapViewport.fitting(WEST, SOUTH, EAST, NORTH, width, height);
    }

    /** A new image of the view with sites, incidents (grouped as on screen), legend and credit. */
    public BufferedImage render(MapViewport view, List<Site> sites, List<MapMarker> markers, String caption) {
        var image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            basemap.paint(g, view);
            var clusters = new MarkerClusterer(markers).visible(view);
            var basemapLabels = basemap.labelBoxes(view, view.zoom());
            OverlayPainter.paint(g, SiteOverlay.layout(sites, view, clusters, basemapLabels), clusters, -1);
            paintLegend(g, view, caption);
            paintCredit(g, view);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintLegend(Graphics2D g, MapViewport view, String caption) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var title = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        var body = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        int rows = MarkerKind.values().length + 2;
        double width = 300;
        double height = 30 + rows * 18 + (caption == null ? 0 : 18);
        double x = 12;
        double y = view.height() - height - 12;
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, 10, 10));
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(1f));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, 10, 10));
        g.setColor(new Color(0x222222));
        g.setFont(title);
        double row = y + 20;
        g.drawString("Incidents", (float) (x + 12), (float) row);
        g.setFont(body);
        if (caption != null) {
            row += 18;
            g.setColor(new Color(0x444444));
            g.drawString(caption, (float) (x + 12), (float) row);
        }
        for (var kind : MarkerKind.values()) {
            row += 18;
            g.setColor(new Color(kind.rgb()));
            g.fill(new Ellipse2D.Double(x + 14, row - 9, 10, 10));
            g.setColor(new Color(0x222222));
            g.drawString(kind.legend(), (float) (x + 32), (float) row);
        }
        row += 18;
        g.setColor(new Color(0x555555));
        g.drawString("Number: reports (one incident) or incidents (group)", (float) (x + 12), (float) row);
        row += 18;
        var diamond = new Path2D.Double();
        diamond.moveTo(x + 19, row - 10);
        diamond.lineTo(x + 24, row - 5);
        diamond.lineTo(x + 19, row);
        diamond.lineTo(x + 14, row - 5);
        diamond.closePath();
        g.setColor(OverlayPainter.SITE_COLOUR);
        g.fill(diamond);
        g.setColor(new Color(0x222222));
        g.drawString("Base or site from the gazetteer", (float) (x + 32), (float) row);
    }

    private static void paintCredit(Graphics2D g, MapViewport view) {
        var text = "Basemap: Natural Earth (public domain)";
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        var width = g.getFontMetrics().stringWidth(text);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillRect(view.width() - width - 10, view.height() - 16, width + 10, 16);
        g.setColor(new Color(0x444444));
        g.drawString(text, view.width() - width - 5, view.height() - 4);
    }
}
