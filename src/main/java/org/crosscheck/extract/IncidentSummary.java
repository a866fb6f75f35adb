package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Incident;

/**
 * One incident as the map, the timeline and the incidents list show it: the incident, its site's name, how many
 * articles report it, how many of those are independent (repeats of one original statement count once), how many
 * contradictions it carries, and the state used for colouring.
 *
 * @param articleIds  the articles with claims about this incident, ascending
 * @param reportDates the publication dates of those articles (unknown dates left out), ascending
 */
public record IncidentSummary(
        Incident incident,
        String siteName,
        int reportCount,
        int independentSourceCount,
        int conflictCount,
        List<Long> articleIds,
        List<LocalDate> reportDates,
        State state) {

    public IncidentSummary {
        articleIds = List.copyOf(articleIds);
        reportDates = List.copyOf(reportDates);
    }

    /** How the map colours an incident: checked by the analyst, contested, corroborated, or resting on one source. */
    public enum State {
        CONFIRMED, CONTESTED, CORROBORATED, SINGLE_SOURCE;

        /** Confirmation wins, then any open contradiction, then two or more independent sources. */
        public static State of(boolean confirmed, int conflictCount, int independentSourceCount) {
            if (confirmed) {
                return CONFIRMED;
            }
            if (conflictCount > 0) {
                return CONTESTED;
            }
            return independentSourceCount >= 2 ? CORROBORATED : SINGLE_SOURCE;
        }
    }
}
