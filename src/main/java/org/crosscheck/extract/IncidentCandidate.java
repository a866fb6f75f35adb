package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Site;
import org.crosscheck.model.TimePrecision;

/**
 * An attack on a site on a date as one article reports it, before articles are grouped into incidents. A candidate
 * whose weekday could not be anchored has a null {@code date} and its {@code weekday}; grouping may anchor it on an
 * incident that another article dates, when the two share a repeated statement.
 *
 * @param geoPrecision ACLED's 1 (the site itself), 2 (near it) or 3 (only the province)
 */
public record IncidentCandidate(Site site, int geoPrecision, LocalDate date, DayOfWeek weekday,
                                TimePrecision precision, DateBasis basis, String dateRule, Set<String> weapons,
                                String actor, List<ExtractedClaim> claims) {

    public IncidentCandidate {
        weapons = Set.copyOf(weapons);
        claims = List.copyOf(claims);
    }

    public boolean dated() {
        return date != null;
    }

    public IncidentCandidate withDate(LocalDate newDate, DateBasis newBasis, String rule) {
        return new IncidentCandidate(site, geoPrecision, newDate, weekday, precision, newBasis, rule, weapons, actor,
                claims);
    }
}
