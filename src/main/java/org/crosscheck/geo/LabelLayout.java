package org.crosscheck.geo;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.model.Site;

/**
 * Decides which basemap labels appear at a zoom and where, for the whole map at once, so every tile draws the same
 * labels: a label that crosses a tile edge is drawn half by each tile and never cut or duplicated. Labels are
 * taken in priority order (countries, towns by rank and population, seas, rivers, lakes, governorates) and one that
 * would overlap an accepted label (plus a small gap) is dropped.
 */
final class LabelLayout {

    /** What a label names; decides font and colour. */
    enum Kind { COUNTRY, PLACE, CAPITAL, SEA, RIVER, LAKE, ADMIN1 }

    /**
     * A label at its place in world pixels of one zoom: {@code placement} moves the text's baseline origin there
     * (and turns river names along the river); {@code dotX} is NaN when the label has no dot.
     */
    record PlacedLabel(Kind kind, String text, Font font, AffineTransform placement, Rectangle2D box,
                       double dotX, double dotY) {

        static PlacedLabel at(Kind kind, String text, Font font, double x, double y, Rectangle2D box,
                              double dotX, double dotY) {
            return new PlacedLabel(kind, text, font, AffineTransform.getTranslateInstance(x, y), box, dotX, dotY);
        }
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double GAP = 3;
    private static final Map<String, String> RIVER_NAMES = Map.of(
            "Al Furat", "Euphrates", "Firat", "Euphrates", "Dicle", "Tigris");

    private static final Set<String> NAMED_GOVERNORATES = Set.of("SYR", "IRQ", "JOR", "LBN");

    private final Basemap basemap;
    private final List<Site> keepClear;
    private final Map<Double, List<PlacedLabel>> byZoom = new ConcurrentHashMap<>();

    /** A layout that keeps basemap names off the gazetteer sites and the names the map writes beside them. */
    LabelLayout(Basemap basemap, List<Site> keepClear) {
        this.basemap = basemap;
        this.keepClear = List.copyOf(keepClear);
    }

    /** The labels at a zoom, computed once per zoom value (tiles use whole zooms, pictures any zoom). */
    List<PlacedLabel> at(double zoom) {
        if (byZoom.size() > 64) {
            byZoom.clear();
        }
        return byZoom.computeIfAbsent(zoom, this::place);
    }

    private List<PlacedLabel> place(double zoom) {
        var scale = WebMercator.worldSize(zoom);
        int level = (int) Math.floor(zoom + 0.25);
        var placed = new ArrayList<PlacedLabel>();
        var taken = new ArrayList<Rectangle2D>(reservedForSites(scale));
        int reserved = taken.size();
        if (level <= 7) {
            var font = font(Font.BOLD, 9 + Math.min(level, 7) - 1, 0.12f);
            for (var label : basemap.countryLabels()) {
                var text = label.name().toUpperCase(Locale.ROOT);
                if (fitsInside(text, font, label, scale, 1.0)) {
                    centred(Kind.COUNTRY, text, font, label.longitude(), label.latitude(), scale, placed, taken);
                }
            }
        }
        int maxRank = maxPlaceRank(level);
        for (var place : basemap.places()) {
            int rank = place.intProperty("scalerank", 10);
            if (rank > maxRank) {
                continue;
            }
            var capital = rank <= 2;
            var font = capital ? font(Font.BOLD, level >= 7 ? 13 : 12, 0f)
                    : font(Font.PLAIN, rank <= 4 || level >= 9 ? 12 : 11, 0f);
            var point = place.lonLatParts().get(0);
            withDot(capital ? Kind.CAPITAL : Kind.PLACE, place.property("name"), font, point[0], point[1], scale,
                    placed, taken, capital ? reserved : 0);
        }
        if (level <= 8) {
            var font = font(Font.ITALIC, level <= 4 ? 10 : 12, 0.08f);
            for (var sea : basemap.seaLabels()) {
                centred(Kind.SEA, sea.name(), font, sea.longitude(), sea.latitude(), scale, placed, taken);
            }
        }
        if (level >= 6) {
            riverLabels(level, scale, placed, taken);
        }
        if (level >= 7) {
            var lakeFont = font(Font.ITALIC, 11, 0f);
            for (var lake : basemap.lakeLabels()) {
                if (fitsInside(lake.name(), lakeFont, lake, scale, 1.6)) {
                    centred(Kind.LAKE, lake.name(), lakeFont, lake.longitude(), lake.latitude(), scale, placed, taken);
                }
            }
            var adminFont = font(Font.ITALIC, level >= 9 ? 12 : 11, 0.04f);
            for (var area : basemap.admin1Labels()) {
                if (NAMED_GOVERNORATES.contains(area.area().property("adm0_a3"))
                        && fitsInside(area.name(), adminFont, area, scale, 0.9)) {
                    centred(Kind.ADMIN1, area.name(), adminFont, area.longitude(), area.latitude(), scale, placed,
                            taken);
                }
            }
        }
        return List.copyOf(placed);
    }

    static int maxPlaceRank(int level) {
        return switch (level) {
            case 0, 1, 2, 3 -> 1;
            case 4 -> 2;
            case 5 -> 4;
            case 6 -> 6;
            case 7 -> 7;
            case 8 -> 8;
            default -> 10;
        };
    }

    private void riverLabels(int level, double scale, List<PlacedLabel> placed, List<Rectangle2D> taken) {
        var font = font(Font.ITALIC, level >= 9 ? 12 : 11, 0.1f);
        for (var piece : basemap.rivers().all()) {
            var name = piece.property("name");
            if (name == null || piece.intProperty("scalerank", 10) > (level >= 8 ? 9 : 6)) {
                continue;
            }
            var display = RIVER_NAMES.getOrDefault(name, name);
            var line = piece.worldParts().get(0);
            int points = line.length / 2;
            if (points < 4) {
                continue;
            }
            int middle = points / 2;
            double x0 = line[2 * (middle - 1)] * scale;
            double y0 = line[2 * (middle - 1) + 1] * scale;
            double x1 = line[2 * (middle + 1)] * scale;
            double y1 = line[2 * (middle + 1) + 1] * scale;
            var angle = Math.atan2(y1 - y0, x1 - x0);
            if (angle > Math.PI / 2) {
                angle -= Math.PI;
            } else if (angle < -Math.PI / 2) {
                angle += Math.PI;
            }
            if (Math.abs(angle) > Math.toRadians(60)) {
                angle = 0;
            }
            double cx = line[2 * middle] * scale;
            double cy = line[2 * middle + 1] * scale;
            var layout = new TextLayout(display, font, FRC);
            double w = layout.getAdvance();
            double ascent = layout.getAscent();
            var rotation = AffineTransform.getRotateInstance(angle, cx, cy);
            var box = rotation.createTransformedShape(new Rectangle2D.Double(cx - w / 2, cy - ascent - 2, w,
                    ascent + layout.getDescent())).getBounds2D();
            var separated = spacedFromSameName(display, cx, cy, placed);
            if (separated && fits(box, taken)) {
                taken.add(box);
                var placement = AffineTransform.getRotateInstance(angle, cx, cy);
                placement.translate(cx - w / 2, cy - 2);
                placed.add(new PlacedLabel(Kind.RIVER, display, font, placement, box, Double.NaN, Double.NaN));
            }
        }
    }

    /** River names repeat along the river, but not closer than about 350 pixels. */
    private static boolean spacedFromSameName(String text, double x, double y, List<PlacedLabel> placed) {
        for (var label : placed) {
            if (label.kind() == Kind.RIVER && label.text().equals(text)
                    && Math.hypot(label.box().getCenterX() - x, label.box().getCenterY() - y) < 350) {
                return false;
            }
        }
        return true;
    }

    /** The icon of each site and the place right of it where the map view prefers to write its name. */
    private List<Rectangle2D> reservedForSites(double scale) {
        var boxes = new ArrayList<Rectangle2D>();
        for (var site : keepClear) {
            if (site.isProvince()) {
                continue;
            }
            double x = WebMercator.x(site.longitude()) * scale;
            double y = WebMercator.y(site.latitude()) * scale;
            var layout = new TextLayout(SiteOverlay.shortName(site), SiteOverlay.SITE_FONT, FRC);
            double height = layout.getAscent() + layout.getDescent();
            boxes.add(new Rectangle2D.Double(x - 14, y - 14, 28, 28));
            boxes.add(new Rectangle2D.Double(x + 14, y - height / 2, layout.getAdvance(), height));
        }
        return boxes;
    }

    /** True when the name is not much wider than its area at this zoom, so small areas stay unnamed. */
    private static boolean fitsInside(String text, Font font, Basemap.AreaLabel area, double scale, double slack) {
        var spanPixels = area.size() / 360.0 * scale;
        return new TextLayout(text, font, FRC).getAdvance() <= spanPixels * slack;
    }

    private static void centred(Kind kind, String text, Font font, double lon, double lat, double scale,
                                List<PlacedLabel> placed, List<Rectangle2D> taken) {
        var layout = new TextLayout(text, font, FRC);
        double w = layout.getAdvance();
        double cx = WebMercator.x(lon) * scale;
        double cy = WebMercator.y(lat) * scale;
        double baseline = cy + layout.getAscent() / 2 - 1;
        var box = new Rectangle2D.Double(cx - w / 2, baseline - layout.getAscent(), w,
                layout.getAscent() + layout.getDescent());
        if (fits(box, taken)) {
            taken.add(box);
            placed.add(PlacedLabel.at(kind, text, font, cx - w / 2, baseline, box, Double.NaN, Double.NaN));
        }
    }

    /**
     * A town: its dot, and its name right, left, above or below it, whichever fits first. The first
     * {@code mayCover} boxes of {@code taken} (kept for the sites) are ignored, so a capital next to a base keeps
     * its name.
     */
    private static void withDot(Kind kind, String text, Font font, double lon, double lat, double scale,
                                List<PlacedLabel> placed, List<Rectangle2D> taken, int mayCover) {
        double cx = WebMercator.x(lon) * scale;
        double cy = WebMercator.y(lat) * scale;
        var dot = new Rectangle2D.Double(cx - 3, cy - 3, 6, 6);
        if (!fits(dot, taken.subList(mayCover, taken.size()))) {
            return;
        }
        var layout = new TextLayout(text, font, FRC);
        double w = layout.getAdvance();
        double ascent = layout.getAscent();
        double height = ascent + layout.getDescent();
        double[][] anchors = {
            {cx + 5, cy + ascent / 2 - 1},
            {cx - 5 - w, cy + ascent / 2 - 1},
            {cx - w / 2, cy - 5},
            {cx - w / 2, cy + 5 + ascent},
        };
        for (var anchor : anchors) {
            var box = new Rectangle2D.Double(anchor[0], anchor[1] - ascent, w, height).createUnion(dot);
            if (fits(box, taken.subList(mayCover, taken.size()))) {
                taken.add(box);
                placed.add(PlacedLabel.at(kind, text, font, anchor[0], anchor[1], box, cx, cy));
                return;
            }
        }
    }

    private static boolean fits(Rectangle2D box, List<Rectangle2D> taken) {
        var grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        for (var other : taken) {
            if (other.intersects(grown)) {
                return false;
            }
        }
        return true;
    }

    static Font font(int style, float size, float tracking) {
        var base = new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
        return tracking == 0 ? base : base.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
    }
}
