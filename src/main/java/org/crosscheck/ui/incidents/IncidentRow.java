package org.crosscheck.ui.incidents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.Grade;
import org.crosscheck.render.IncidentMarkers;

/**
 * One line of the incidents list: the incident's summary plus the analyst's assessment (null when not graded),
 * with the texts the columns show.
 */
public record IncidentRow(IncidentSummary summary, String assessment) {

    /** Pairs each summary with the assessment graded for its incident, if any. */
    public static List<IncidentRow> of(List<IncidentSummary> summaries, Map<Long, Grade> assessments) {
        return summaries.stream().map(summary -> {
            var grade = assessments.get(summary.incident().id());
            return new IncidentRow(summary, grade == null ? null : grade.value());
        }).toList();
    }

    public long id() {
        return summary.incident().id();
    }

    public LocalDate date() {
        return summary.incident().eventDate();
    }

    /** The date as precisely as it is known: "12 Jan 2024", "week of 8 Jan 2024", "Jan 2024". */
    public String dateText() {
        return IncidentMarkers.dateText(summary.incident());
    }

    public String site() {
        return summary.siteName() == null ? "" : summary.siteName();
    }

    /** "Explosions/Remote violence — Air/drone strike". */
    public String event() {
        var incident = summary.incident();
        var type = incident.eventType() == null ? "" : incident.eventType();
        var sub = incident.subEventType() == null ? "" : incident.subEventType();
        return type.isEmpty() || sub.isEmpty() ? type + sub : type + " — " + sub;
    }

    /** The sub-event type ("Air/drone strike"), or the event type when no sub-event is known. */
    public String subEvent() {
        var incident = summary.incident();
        return incident.subEventType() != null && !incident.subEventType().isBlank() ? incident.subEventType()
                : incident.eventType() == null ? "" : incident.eventType();
    }

    public String weapons() {
        return String.join(", ", summary.incident().weapons());
    }

    public String actor() {
        return summary.incident().actor1() == null ? "" : summary.incident().actor1();
    }

    /** The evidence state, then the analyst's assessment when there is one: "contested · fair". */
    public String state() {
        var state = summary.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return assessment == null ? state : state + " · " + assessment;
    }
}
