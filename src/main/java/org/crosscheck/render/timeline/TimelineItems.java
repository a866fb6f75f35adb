package org.crosscheck.render.timeline;

import java.util.List;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.store.IncidentRepository;

/** Turns the extractor's incident summaries into what the timeline draws. */
public final class TimelineItems {

    private TimelineItems() {
    }

    public static TimelineItem of(IncidentSummary summary) {
        var incident = summary.incident();
        return new TimelineItem(incident.id(), summary.siteName(), incident.eventDate(), incident.timePrecision(),
                summary.reportCount(), summary.independentSourceCount(), summary.conflictCount(),
                MarkState.valueOf(summary.state().name()), summary.reportDates());
    }

    /** The timeline items of every incident in {@code range}, in one query set. */
    public static List<TimelineItem> load(IncidentRepository incidents, DateRange range) {
        return incidents.summaries(range).stream().map(TimelineItems::of).toList();
    }
}
