package org.crosscheck.geo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Draws sites and incident marks over a basemap with Java2D, for pictures and the benchmark. The map view draws
 * the same layout with the same colours on a JavaFX canvas.
 */
public final class OverlayPainter {

    public static final Color SITE_COLOUR = new Color(0x1F2A44);
    public static final Color PROVINCE_COLOUR = new Color(0x7A6A8A);
    private static final Color HALO = new Color(255, 255, 255, 220);
    private static final Font BADGE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);

    private OverlayPainter() {
    }

    /** Paints the site icons and labels, then the incident marks; {@code selectedId} is ringed (or -1). */
    public static void paint(Graphics2D g, SiteOverlay.Layout sites, List<MarkerCluster> clusters, long selectedId) {
        for (var icon : sites.icons()) {
            paintIcon(g, icon);
        }
        for (var label : sites.labels()) {
            paintLabel(g, label);
        }
        for (var cluster : clusters) {
            paintCluster(g, cluster, selectedId >= 0 && cluster.contains(selectedId));
        }
    }

    private static void paintIcon(Graphics2D g, SiteOverlay.SiteIcon icon) {
        double x = icon.x();
        double y = icon.y();
        if (icon.city()) {
            var ring = new Ellipse2D.Double(x - 4, y - 4, 8, 8);
            g.setColor(Color.WHITE);
            g.fill(ring);
            g.setColor(SITE_COLOUR);
            g.setStroke(new BasicStroke(2f));
            g.draw(ring);
        } else {
            var diamond = new Path2D.Double();
            diamond.moveTo(x, y - 6);
            diamond.lineTo(x + 6, y);
            diamond.lineTo(x, y + 6);
            diamond.lineTo(x - 6, y);
            diamond.closePath();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(diamond);
            g.setColor(SITE_COLOUR);
            g.fill(diamond);
        }
    }

    private static void paintLabel(Graphics2D g, SiteOverlay.SiteLabel label) {
        var font = label.province() ? SiteOverlay.PROVINCE_FONT : SiteOverlay.SITE_FONT;
        double y = label.y();
        for (var line : label.lines()) {
            var outline = new TextLayout(line, font, g.getFontRenderContext())
                    .getOutline(AffineTransform.getTranslateInstance(label.x(), y));
            g.setColor(HALO);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(label.province() ? PROVINCE_COLOUR : SITE_COLOUR);
            g.fill(outline);
            y += label.lineHeight();
        }
    }

    private static void paintCluster(Graphics2D g, MarkerCluster cluster, boolean selected) {
        double r = cluster.radius();
        double x = cluster.x();
        double y = cluster.y();
        var circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new Ellipse2D.Double(x - r + 1, y - r + 2, 2 * r, 2 * r));
        double start = 90;
        int total = cluster.members().size();
        for (var kind : MarkerKind.values()) {
            int count = cluster.kindCounts()[kind.ordinal()];
            if (count == 0) {
                continue;
            }
            double extent = 360.0 * count / total;
            g.setColor(new Color(kind.rgb()));
            g.fill(count == total ? circle : new Arc2D.Double(x - r, y - r, 2 * r, 2 * r, start, extent, Arc2D.PIE));
            start += extent;
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(cluster.isSingle() ? 1.6f : 2.6f));
        g.draw(circle);
        if (selected) {
            g.setColor(new Color(0x111111));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8));
        }
        var badge = new TextLayout(Integer.toString(cluster.badge()), BADGE_FONT, g.getFontRenderContext());
        var outline = badge.getOutline(AffineTransform.getTranslateInstance(x - badge.getAdvance() / 2,
                y + badge.getAscent() / 2 - 1));
        g.setColor(new Color(0, 0, 0, 110));
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(Color.WHITE);
        g.fill(outline);
    }
}
