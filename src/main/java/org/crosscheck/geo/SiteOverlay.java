package org.crosscheck.geo;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Site;

/**
 * Where the gazetteer goes on a view: an icon per place (sites at the same point share one, with their names
 * stacked), names placed beside the icon where they overlap neither another name nor an incident mark, and
 * provinces as faint area names at low zoom. Shared by the map view and the PNG renderer.
 */
public final class SiteOverlay {

    /** Above this style zoom the basemap names governorates itself, so province sites are not named again. */
    static final int PROVINCE_LABELS_BELOW = 7;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    public static final Font SITE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    public static final Font PROVINCE_FONT = LabelLayout.font(Font.ITALIC, 12, 0.15f);
    private static final double GAP = 2;
    /** Advance, ascent and descent of site names, measured once: layout runs on every frame. */
    private static final java.util.Map<String, double[]> METRICS = new java.util.concurrent.ConcurrentHashMap<>();

    private SiteOverlay() {
    }

    /** An icon at viewport pixels; {@code city} picks a ring instead of a base diamond. */
    public record SiteIcon(List<Site> sites, double x, double y, boolean city) {
    }

    /** Text lines whose first baseline starts at {@code x, y}, all in viewport pixels. */
    public record SiteLabel(List<String> lines, double x, double y, double lineHeight, Rectangle2D box,
                            boolean province) {
    }

    /** What to draw for the sites. */
    public record Layout(List<SiteIcon> icons, List<SiteLabel> labels) {
    }

    /**
     * Lays the sites out on the view, keeping clear of the incident marks already there and of the basemap's own
     * names ({@code basemapLabels}, view pixels). A name with no free place is left out until the map is zoomed
     * in far enough; its icon stays and hovering its mark names it.
     */
    public static Layout layout(List<Site> sites, MapViewport view, List<MarkerCluster> visibleClusters,
                                List<Rectangle2D> basemapLabels) {
        var taken = new ArrayList<Rectangle2D>();
        for (var cluster : visibleClusters) {
            var r = cluster.radius();
            taken.add(new Rectangle2D.Double(cluster.x() - r, cluster.y() - r, 2 * r, 2 * r));
        }
        var groups = new LinkedHashMap<String, List<Site>>();
        var provinces = new ArrayList<Site>();
        for (var site : sites) {
            if (site.isProvince()) {
                provinces.add(site);
            } else {
                var key = Math.round(site.latitude() * 1000) + ":" + Math.round(site.longitude() * 1000);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(site);
            }
        }
        var icons = new ArrayList<SiteIcon>();
        for (var group : groups.values()) {
            var first = group.get(0);
            double x = view.pixelXOf(first.longitude());
            double y = view.pixelYOf(first.latitude());
            if (x < -50 || y < -50 || x > view.width() + 50 || y > view.height() + 50) {
                continue;
            }
            icons.add(new SiteIcon(group, x, y, group.stream().allMatch(site -> "city".equals(site.kind()))));
        }
        for (var icon : icons) {
            taken.add(new Rectangle2D.Double(icon.x() - 5, icon.y() - 5, 10, 10));
        }
        var labels = new ArrayList<SiteLabel>();
        if (view.styleZoom() < PROVINCE_LABELS_BELOW) {
            for (var province : provinces) {
                provinceLabel(province, view, taken, labels);
            }
        }
        for (var group : nameGroups(icons)) {
            siteLabel(group, padding(group, visibleClusters), view, taken, basemapLabels, labels);
        }
        return new Layout(icons, labels);
    }

    /** The name shown on the map: the gazetteer name without its parenthesised alternative. */
    public static String shortName(Site site) {
        var name = site.name();
        var bracket = name.indexOf(" (");
        return bracket > 0 ? name.substring(0, bracket) : name;
    }

    /** Icons closer than this (pixels) get one stacked label, so near neighbours do not fight for room. */
    private static final double NAME_GROUP_DISTANCE = 20;

    /** Icons named together: their sites and the centre and half-size of the group. */
    private record NameGroup(List<Site> sites, double x, double y, double extent) {
    }

    private static List<NameGroup> nameGroups(List<SiteIcon> icons) {
        var groups = new ArrayList<List<SiteIcon>>();
        for (var icon : icons) {
            var home = groups.stream().filter(group -> Math.hypot(group.get(0).x() - icon.x(),
                    group.get(0).y() - icon.y()) < NAME_GROUP_DISTANCE).findFirst();
            if (home.isPresent()) {
                home.get().add(icon);
            } else {
                groups.add(new ArrayList<>(List.of(icon)));
            }
        }
        return groups.stream().map(group -> {
            double x = group.stream().mapToDouble(SiteIcon::x).average().orElse(0);
            double y = group.stream().mapToDouble(SiteIcon::y).average().orElse(0);
            double extent = group.stream().mapToDouble(icon -> Math.max(Math.abs(icon.x() - x),
                    Math.abs(icon.y() - y))).max().orElse(0);
            return new NameGroup(group.stream().flatMap(icon -> icon.sites().stream()).toList(), x, y, extent);
        }).toList();
    }

    /** How far from the group centre its name starts: clear of its icons and of incident marks on them. */
    private static double padding(NameGroup group, List<MarkerCluster> clusters) {
        double pad = 8 + group.extent();
        for (var cluster : clusters) {
            if (Math.hypot(cluster.x() - group.x(), cluster.y() - group.y()) < group.extent() + 6) {
                pad = Math.max(pad, group.extent() + cluster.radius() + 5);
            }
        }
        return pad;
    }

    private static void siteLabel(NameGroup group, double pad, MapViewport view, List<Rectangle2D> taken,
                                  List<Rectangle2D> basemapLabels, List<SiteLabel> out) {
        var lines = group.sites().stream().map(SiteOverlay::shortName).distinct().toList();
        double width = 0;
        double ascent = 0;
        double descent = 0;
        for (var line : lines) {
            var metrics = METRICS.computeIfAbsent(line, text -> {
                var layout = new TextLayout(text, SITE_FONT, FRC);
                return new double[] {layout.getAdvance(), layout.getAscent(), layout.getDescent() + layout.getLeading()};
            });
            width = Math.max(width, metrics[0]);
            ascent = metrics[1];
            descent = metrics[2];
        }
        double lineHeight = ascent + descent;
        double height = lineHeight * lines.size();
        double x = group.x();
        double y = group.y();
        double diagonal = pad * 0.75;
        double[][] corners = {
            {x + pad, y - height / 2},
            {x - pad - width, y - height / 2},
            {x - width / 2, y - pad - 1 - height},
            {x - width / 2, y + pad + 1},
            {x + diagonal, y - height - diagonal},
            {x + diagonal, y + diagonal},
        };
        for (var corner : corners) {
            var box = new Rectangle2D.Double(corner[0], corner[1], width, height);
            if (box.getMaxX() < 0 || box.getMaxY() < 0 || box.getX() > view.width() || box.getY() > view.height()) {
                continue;
            }
            if (free(box, taken) && free(box, basemapLabels)) {
                taken.add(box);
                out.add(new SiteLabel(lines, corner[0], corner[1] + ascent, lineHeight, box, false));
                return;
            }
        }
    }

    private static void provinceLabel(Site province, MapViewport view, List<Rectangle2D> taken,
                                      List<SiteLabel> out) {
        var text = shortName(province).toUpperCase(Locale.ROOT);
        var layout = new TextLayout(text, PROVINCE_FONT, FRC);
        double x = view.pixelXOf(province.longitude()) - layout.getAdvance() / 2;
        double y = view.pixelYOf(province.latitude()) + 28;
        var box = new Rectangle2D.Double(x, y - layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent());
        if (free(box, taken)) {
            taken.add(box);
            out.add(new SiteLabel(List.of(text), x, y, box.getHeight(), box, true));
        }
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken) {
        var grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        return taken.stream().noneMatch(other -> other.intersects(grown));
    }
}
