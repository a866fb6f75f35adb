package org.crosscheck.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.model.DateRange;

/**
 * What all views share and follow: the selected incident, the article open in the reader (and the span to show),
 * the time window of the timeline brush, and which articles report the incidents of each day (from the incidents
 * the timeline loaded). Selecting anywhere sets these; every view listens, so the views stay
 * linked without knowing each other. Lives on the FX thread.
 */
public final class Workspace {

    private final ObjectProperty<Long> selectedIncidentId = new SimpleObjectProperty<>(this, "selectedIncidentId");
    private final ObjectProperty<ReaderTarget> readerTarget = new SimpleObjectProperty<>(this, "readerTarget");
    private final ObjectProperty<DateRange> timeWindow = new SimpleObjectProperty<>(this, "timeWindow", DateRange.ALL);
    private final ObjectProperty<ReportingArticles> reportingArticles =
            new SimpleObjectProperty<>(this, "reportingArticles");
    private final ObjectProperty<LoadedIncidents> loadedIncidents = new SimpleObjectProperty<>(this, "loadedIncidents");

    /** The incident selected on the map, the timeline or a list; null when none. */
    public ObjectProperty<Long> selectedIncidentIdProperty() {
        return selectedIncidentId;
    }

    /** The article the reader shows, with an optional character range to reveal and highlight. */
    public ObjectProperty<ReaderTarget> readerTargetProperty() {
        return readerTarget;
    }

    /** The brushed time window that filters the map, the lists and the timeline; {@link DateRange#ALL} when none. */
    public ObjectProperty<DateRange> timeWindowProperty() {
        return timeWindow;
    }

    /**
     * The articles reporting each day's incidents, as of the last load of every incident summary, so a brush finds
     * the articles reporting its incidents in memory; null until the first load.
     */
    public ObjectProperty<ReportingArticles> reportingArticlesProperty() {
        return reportingArticles;
    }

    /**
     * Every incident summary as of the same load, so the map and the incidents list need not read them again (and
     * the list filters a brushed window in memory); null until the first load.
     */
    public ObjectProperty<LoadedIncidents> loadedIncidentsProperty() {
        return loadedIncidents;
    }

    /** An article to open in the reader, optionally at a span {@code [start, end)}; start is -1 for none. */
    public record ReaderTarget(long articleId, int start, int end) {

        public static ReaderTarget article(long articleId) {
            return new ReaderTarget(articleId, -1, -1);
        }
    }
}
