package org.crosscheck.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.geo.MarkerKind;
import org.crosscheck.model.Incident;

/** Turns incident summaries into map markers: position, evidence state, counts and the date as precise as known. */
public final class IncidentMarkers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private IncidentMarkers() {
    }

    public static List<MapMarker> of(List<IncidentSummary> summaries) {
        return summaries.stream().map(IncidentMarkers::of).toList();
    }

    public static MapMarker of(IncidentSummary summary) {
        var incident = summary.incident();
        return new MapMarker(incident.id(), incident.latitude(), incident.longitude(),
                MarkerKind.valueOf(summary.state().name()), summary.reportCount(), summary.conflictCount(),
                summary.siteName(), dateText(incident));
    }

    /** "12 Jan 2024", "week of 8 Jan 2024" or "Jan 2024", by the incident's time precision. */
    public static String dateText(Incident incident) {
        var date = incident.eventDate();
        if (date == null) {
            return "date unknown";
        }
        return switch (incident.timePrecision()) {
            case DAY -> DAY.format(date);
            case WEEK -> "week of " + DAY.format(date);
            case MONTH -> MONTH.format(date);
        };
    }
}
