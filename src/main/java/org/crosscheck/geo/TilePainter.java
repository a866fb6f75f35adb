package org.crosscheck.geo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Site;

/**
 * Paints the offline basemap with Java2D: sea, land (Syria, Iraq and Jordan a shade lighter), lakes, governorate
 * and country borders, rivers, coast, towns and names, styled by zoom. It paints a 256x256 tile for the map view
 * or any viewport for pictures; both go through {@link #paint}, so tiles and pictures look the same. Thread-safe.
 */
public final class TilePainter {

    static final Color OUTSIDE = new Color(0xDDDAD2);
    static final Color SEA = new Color(0xAACBE0);
    static final Color LAND = new Color(0xEFEBE2);
    static final Color FOCUS_LAND = new Color(0xFAF7EF);
    static final Color COAST = new Color(0x7FA7C6);
    static final Color RIVER = new Color(0x6E9FCB);
    static final Color COUNTRY_BORDER = new Color(0x8A7396);
    static final Color COUNTRY_BAND = new Color(0x8A7396 | 0x33000000, true);
    static final Color ADMIN1_BORDER = new Color(0xA898B4);
    private static final Color HALO = new Color(255, 255, 255, 210);
    private static final Set<String> FOCUS_COUNTRIES = Set.of("SYR", "IRQ", "JOR");

    private final Basemap basemap;
    private final LabelLayout labels;

    /** A painter of the plain basemap. */
    public TilePainter(Basemap basemap) {
        this(basemap, List.of());
    }

    /** A painter whose town and area names keep clear of these sites and of their names written beside them. */
    public TilePainter(Basemap basemap, List<Site> keepClear) {
        this.basemap = basemap;
        this.labels = new LabelLayout(basemap, keepClear);
    }

    /** Paints tile (z, x, y) into a new opaque 256x256 image. */
    public BufferedImage paintTile(int zoom, long x, long y) {
        var image = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            paint(g, MapViewport.tile(zoom, x, y));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints tile (z, x, y) and returns its ARGB pixels, row by row. */
    public int[] paintTileArgb(int zoom, long x, long y) {
        return ((DataBufferInt) paintTile(zoom, x, y).getRaster().getDataBuffer()).getData();
    }

    /** Paints the basemap of the viewport into {@code g}, whose origin is the viewport's top-left corner. */
    public void paint(Graphics2D g, MapViewport view) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        var clip = g.getClip();
        g.clip(new Rectangle2D.Double(0, 0, view.width(), view.height()));
        int level = view.styleZoom();
        var area = view.worldBox(4);

        g.setColor(OUTSIDE);
        g.fill(new Rectangle2D.Double(0, 0, view.width(), view.height()));
        var data = Basemap.dataBounds();
        if (data.intersects(area)) {
            g.setColor(SEA);
            g.fill(new Rectangle2D.Double(view.pixelX(data.minX()), view.pixelY(data.minY()),
                    data.width() * view.scale(), data.height() * view.scale()));
            for (var country : basemap.countries().query(area)) {
                g.setColor(FOCUS_COUNTRIES.contains(String.valueOf(country.property("iso_a3"))) ? FOCUS_LAND : LAND);
                g.fill(path(country.worldParts(), view, true));
            }
            g.setColor(SEA);
            for (var lake : basemap.lakes().query(area)) {
                g.fill(path(lake.worldParts(), view, true));
            }
            paintRivers(g, view, area, level);
            g.setColor(COAST);
            g.setStroke(new BasicStroke(level >= 8 ? 1.0f : 0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (var lake : basemap.lakes().query(area)) {
                g.draw(path(lake.worldParts(), view, true));
            }
            for (var coast : basemap.coastline().query(area)) {
                g.draw(path(coast.worldParts(), view, false));
            }
            if (level >= 5) {
                g.setColor(ADMIN1_BORDER);
                float width = level >= 8 ? 1.0f : 0.7f;
                g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4,
                        new float[] {level >= 8 ? 5f : 3f, 2.5f}, 0));
                for (var border : basemap.admin1Borders().query(area)) {
                    g.draw(path(border.worldParts(), view, false));
                }
            }
            paintCountryBorders(g, view, area, level);
            paintLabels(g, view);
        }
        g.setClip(clip);
    }

    /**
     * Where the basemap writes names on a view, in view pixels, as the tiles of {@code tileZoom} show them (scaled
     * when the view's zoom lies between tile zooms); overlays use it to keep their own names clear.
     */
    public List<Rectangle2D> labelBoxes(MapViewport view, double tileZoom) {
        var factor = Math.pow(2, view.zoom() - tileZoom);
        var result = new ArrayList<Rectangle2D>();
        for (var label : labels.at(tileZoom)) {
            var box = label.box();
            var x = box.getX() * factor - view.left();
            var y = box.getY() * factor - view.top();
            var w = box.getWidth() * factor;
            var h = box.getHeight() * factor;
            if (x + w >= 0 && y + h >= 0 && x <= view.width() && y <= view.height()) {
                result.add(new Rectangle2D.Double(x, y, w, h));
            }
        }
        return result;
    }

    private void paintRivers(Graphics2D g, MapViewport view, WorldBox area, int level) {
        int maxRank = level <= 4 ? 4 : level == 5 ? 6 : level == 6 ? 7 : 10;
        g.setColor(RIVER);
        for (var river : basemap.rivers().query(area)) {
            int rank = river.intProperty("scalerank", 10);
            if (rank > maxRank) {
                continue;
            }
            float width = (float) (level <= 4 ? 0.8 : level <= 6 ? 1.1 : level <= 8 ? 1.6 : 2.2)
                    + (rank <= 4 ? 0.4f : 0f);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(river.worldParts(), view, false));
        }
    }

    private void paintCountryBorders(Graphics2D g, MapViewport view, WorldBox area, int level) {
        var borders = basemap.countryBorders().query(area);
        float line = level <= 4 ? 0.8f : level <= 6 ? 1.1f : 1.5f;
        float band = level <= 4 ? 2.5f : level <= 6 ? 4f : 6f;
        var paths = borders.stream().map(border -> path(border.worldParts(), view, false)).toList();
        g.setColor(COUNTRY_BAND);
        g.setStroke(new BasicStroke(band, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        paths.forEach(g::draw);
        g.setColor(COUNTRY_BORDER);
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        paths.forEach(g::draw);
    }

    private void paintLabels(Graphics2D g, MapViewport view) {
        var visible = new Rectangle2D.Double(view.left(), view.top(), view.width(), view.height());
        for (var label : labels.at(view.zoom())) {
            if (!label.box().intersects(visible)) {
                continue;
            }
            if (!Double.isNaN(label.dotX())) {
                paintDot(g, label, view);
            }
            var text = new TextLayout(label.text(), label.font(), g.getFontRenderContext());
            var transform = AffineTransform.getTranslateInstance(-view.left(), -view.top());
            transform.concatenate(label.placement());
            Shape outline = text.getOutline(transform);
            g.setColor(HALO);
            g.setStroke(new BasicStroke(label.kind() == LabelLayout.Kind.COUNTRY ? 3f : 2.6f,
                    BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(textColour(label.kind()));
            g.fill(outline);
        }
    }

    private static void paintDot(Graphics2D g, LabelLayout.PlacedLabel label, MapViewport view) {
        double x = label.dotX() - view.left();
        double y = label.dotY() - view.top();
        if (label.kind() == LabelLayout.Kind.CAPITAL) {
            var outer = new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7);
            g.setColor(Color.WHITE);
            g.fill(outer);
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(1.3f));
            g.draw(outer);
            g.fill(new Ellipse2D.Double(x - 1.5, y - 1.5, 3, 3));
        } else {
            var dot = new Ellipse2D.Double(x - 2.3, y - 2.3, 4.6, 4.6);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(dot);
            g.setColor(new Color(0x555555));
            g.fill(dot);
        }
    }

    private static Color textColour(LabelLayout.Kind kind) {
        return switch (kind) {
            case COUNTRY -> new Color(0x6A5878);
            case CAPITAL -> new Color(0x222222);
            case PLACE -> new Color(0x3A3A3A);
            case SEA, LAKE -> new Color(0x3F6F99);
            case RIVER -> new Color(0x3F77A8);
            case ADMIN1 -> new Color(0x93879E);
        };
    }

    /**
     * A path in viewport pixels; points closer than a third of a pixel to the last one drawn are skipped, so
     * detailed coasts stay cheap at low zoom without visible change.
     */
    static Path2D path(List<double[]> parts, MapViewport view, boolean closed) {
        var path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        double scale = view.scale();
        double left = view.left();
        double top = view.top();
        for (var part : parts) {
            int points = part.length / 2;
            double lastX = part[0] * scale - left;
            double lastY = part[1] * scale - top;
            path.moveTo(lastX, lastY);
            for (int i = 1; i < points; i++) {
                double x = part[2 * i] * scale - left;
                double y = part[2 * i + 1] * scale - top;
                if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.35 || i == points - 1) {
                    path.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }
}
