package org.crosscheck.geo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
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
    private static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);
    /** Badge numbers drawn once, by number: most maps repeat a few dozen numbers many times. */
    /** Marks drawn once, by size, kind shares and single or group. */
    private static final java.util.Map<String, Sprite> DISCS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Integer, Sprite> BADGES = new java.util.concurrent.ConcurrentHashMap<>();
    /** Site names drawn once with their halo, by kind and text: the same few names appear every frame. */
    private static final java.util.Map<String, Sprite> LABELS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Color SHADOW = new Color(0, 0, 0, 60);
    private static final Color BADGE_EDGE = new Color(0, 0, 0, 110);
    private static final BasicStroke SINGLE_RING = new BasicStroke(1.6f);
    private static final BasicStroke GROUP_RING = new BasicStroke(2.6f);

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
        double y = label.y();
        for (var line : label.lines()) {
            var sprite = LABELS.computeIfAbsent((label.province() ? "p:" : "s:") + line,
                    key -> Sprite.text(line, label.province() ? SiteOverlay.PROVINCE_FONT : SiteOverlay.SITE_FONT,
                            label.province() ? PROVINCE_COLOUR : SITE_COLOUR, HALO, 3f));
            sprite.draw(g, label.x(), y);
            y += label.lineHeight();
        }
    }

    private static void paintCluster(Graphics2D g, MarkerCluster cluster, boolean selected) {
        double r = cluster.radius();
        double x = cluster.x();
        double y = cluster.y();
        var shares = shares(cluster);
        var key = Math.round(r * 2) + (cluster.isSingle() ? "s" : "g") + java.util.Arrays.toString(shares);
        DISCS.computeIfAbsent(key, k -> Sprite.disc(r, shares, cluster.isSingle())).draw(g, x, y);
        if (selected) {
            g.setColor(new Color(0x111111));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8));
        }
        var badge = BADGES.computeIfAbsent(cluster.badge(),
                n -> Sprite.text(Integer.toString(n), BADGE_FONT, Color.WHITE, BADGE_EDGE, 2.2f));
        badge.draw(g, x - badge.advance() / 2, y + badge.ascent() / 2 - 1);
    }

    /** The kinds' shares of a mark in twenty-fourths of the circle (so similar pies share one drawing). */
    private static int[] shares(MarkerCluster cluster) {
        int total = cluster.members().size();
        var shares = new int[MarkerKind.values().length];
        int given = 0;
        int largest = 0;
        for (var kind : MarkerKind.values()) {
            int count = cluster.kindCounts()[kind.ordinal()];
            shares[kind.ordinal()] = count == 0 ? 0 : Math.max(1, (int) Math.round(24.0 * count / total));
            given += shares[kind.ordinal()];
            if (shares[kind.ordinal()] > shares[largest]) {
                largest = kind.ordinal();
            }
        }
        shares[largest] += 24 - given;
        return shares;
    }

    /** A text drawn once with its halo into a small image, then copied wherever it is needed. */
    private record Sprite(java.awt.image.BufferedImage image, double originX, double originY, double advance,
                          double ascent) {

        static Sprite text(String text, Font font, Color fill, Color halo, float haloWidth) {
            var layout = new TextLayout(text, font, FRC);
            var outline = layout.getOutline(null);
            var bounds = outline.getBounds2D();
            int pad = (int) Math.ceil(haloWidth) + 1;
            int width = (int) Math.ceil(bounds.getWidth()) + 2 * pad;
            int height = (int) Math.ceil(bounds.getHeight()) + 2 * pad;
            var image = new java.awt.image.BufferedImage(Math.max(1, width), Math.max(1, height),
                    java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            var g = image.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
            double originX = pad - Math.floor(bounds.getX());
            double originY = pad - Math.floor(bounds.getY());
            g.translate(originX, originY);
            g.setColor(halo);
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(fill);
            g.fill(outline);
            g.dispose();
            return new Sprite(image, originX, originY, layout.getAdvance(), layout.getAscent());
        }

        /** A mark: soft shadow, a pie of the kinds' shares (24ths) and a white ring, centred on the origin. */
        static Sprite disc(double r, int[] shares, boolean single) {
            int size = (int) Math.ceil(2 * r) + 8;
            var image = new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            var g = image.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
            double centre = size / 2.0;
            var circle = new Ellipse2D.Double(centre - r, centre - r, 2 * r, 2 * r);
            g.setColor(SHADOW);
            g.fill(new Ellipse2D.Double(centre - r + 1, centre - r + 2, 2 * r, 2 * r));
            double start = 90;
            for (var kind : MarkerKind.values()) {
                int share = shares[kind.ordinal()];
                if (share == 0) {
                    continue;
                }
                g.setColor(new Color(kind.rgb()));
                g.fill(share == 24 ? circle
                        : new Arc2D.Double(circle.getX(), circle.getY(), 2 * r, 2 * r, start, share * 15.0, Arc2D.PIE));
                start += share * 15.0;
            }
            g.setColor(Color.WHITE);
            g.setStroke(single ? SINGLE_RING : GROUP_RING);
            g.draw(circle);
            g.dispose();
            return new Sprite(image, centre, centre, 0, 0);
        }

        /** Draws the text with its baseline origin at (x, y), on whole pixels so it stays sharp. */
        void draw(Graphics2D g, double x, double y) {
            g.drawImage(image, (int) Math.round(x - originX), (int) Math.round(y - originY), null);
        }
    }
}
