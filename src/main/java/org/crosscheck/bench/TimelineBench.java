package org.crosscheck.bench;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.AppContext;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.geo.MarkerClusterer;
import org.crosscheck.geo.StaticMapRenderer;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.DatedMarkers;
import org.crosscheck.render.Java2DSurface;
import org.crosscheck.render.timeline.TimelineData;
import org.crosscheck.render.timeline.TimelineFrame;
import org.crosscheck.render.timeline.TimelineItems;
import org.crosscheck.render.timeline.TimelinePalette;
import org.crosscheck.render.timeline.TimelineRenderer;
import org.crosscheck.store.ArticleQuery;

/**
 * Measures what a brush change costs, headless, on whatever incidents the database holds, doing what the views do:
 * the map and the timeline hold every incident summary (loaded once, timed apart as {@code brush_load_ms}), so for
 * each four-week window across the data it times the map's in-memory filter and its grouping at the zoom shown, a
 * full timeline frame with the brush drawn off screen, and the article list filtered to the window: the articles
 * reporting its incidents taken from the loaded summaries, then its count and first page (a query). The figure is the time from the brush change until all of that is done.
 */
public final class TimelineBench {

    private static final int WARM_UP = 3;
    private static final int PAGE = 200;
    private static final int WINDOW_DAYS = 28;

    /** Times in milliseconds: median and 95th percentile of the whole refresh, and the medians of its parts. */
    public record Result(int incidents, int brushes, double brushMs, double brushP95Ms, double loadMs,
                         double mapMs, double renderMs, double articlesMs) {

        /** The figures by name, in the order the bench prints them. */
        public Map<String, Number> figures() {
            var figures = new LinkedHashMap<String, Number>();
            figures.put("incidents", incidents);
            figures.put("brushes", brushes);
            figures.put("brush_ms", round(brushMs));
            figures.put("brush_p95_ms", round(brushP95Ms));
            figures.put("brush_load_ms", round(loadMs));
            figures.put("brush_map_ms", round(mapMs));
            figures.put("brush_render_ms", round(renderMs));
            figures.put("brush_articles_ms", round(articlesMs));
            return figures;
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }

    private TimelineBench() {
    }

    /** Brushes {@code brushes} windows over a {@code width × height} timeline and times each refresh. */
    public static Result measure(AppContext context, int brushes, int width, int height) {
        long loadStart = System.nanoTime();
        var summaries = context.incidents().summaries(DateRange.ALL);
        var data = TimelineData.of(summaries.stream().map(TimelineItems::of).toList());
        var markers = DatedMarkers.of(summaries);
        var reporting = ReportingArticles.of(summaries);
        double loadMs = millis(System.nanoTime() - loadStart);
        var mapZoom = Math.floor(StaticMapRenderer.defaultView(width, height).zoom());
        if (data.isEmpty()) {
            throw new IllegalStateException("the database has no incidents to brush");
        }
        var renderer = new TimelineRenderer(TimelinePalette.LIGHT);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var span = data.fullSpan();
        var first = data.firstDate();
        var days = Math.max(1, data.lastDate().toEpochDay() - first.toEpochDay() - WINDOW_DAYS);
        var totals = new ArrayList<Double>();
        var maps = new ArrayList<Double>();
        var renders = new ArrayList<Double>();
        var articles = new ArrayList<Double>();
        for (var index = 0; index < WARM_UP + brushes; index++) {
            var from = first.plusDays(days * (index % brushes) / Math.max(1, brushes - 1));
            var window = new DateRange(from, from.plusDays(WINDOW_DAYS - 1));
            var start = System.nanoTime();
            var shown = new MarkerClusterer(markers.in(window)).clusters(mapZoom);
            var queried = System.nanoTime();
            var graphics = image.createGraphics();
            renderer.render(new Java2DSurface(graphics), TimelineFrame.still(data, span, window, width, height));
            graphics.dispose();
            var drawn = System.nanoTime();
            var query = ArticleQuery.all().withWindow(window.from(), window.to(), reporting.in(window));
            context.articles().firstPage(query, PAGE);
            var listed = System.nanoTime();
            if (index >= WARM_UP && shown != null) {
                totals.add(millis(listed - start));
                maps.add(millis(queried - start));
                renders.add(millis(drawn - queried));
                articles.add(millis(listed - drawn));
            }
        }
        return new Result(data.size(), brushes, percentile(totals, 50), percentile(totals, 95), loadMs,
                percentile(maps, 50), percentile(renders, 50), percentile(articles, 50));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
