package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

class ReportingArticlesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    private final ReportingArticles reporting = ReportingArticles.of(List.of(
            summary(3, MARCH_1.plusDays(9), 7L, 2L),
            summary(1, MARCH_1, 5L, 2L),
            summary(2, MARCH_1.plusDays(1), 9L),
            summary(4, null, 11L),
            summary(5, MARCH_1.plusDays(30), 5L, 13L)));

    @Test
    void listsTheArticlesReportingIncidentsDatedInTheWindowAscendingAndOnce() {
        assertThat(reporting.in(new DateRange(MARCH_1, MARCH_1.plusDays(9)))).containsExactly(2L, 5L, 7L, 9L);
        assertThat(reporting.in(new DateRange(MARCH_1.plusDays(1), MARCH_1.plusDays(1)))).containsExactly(9L);
    }

    @Test
    void anOpenEndReachesTheFirstOrLastIncident() {
        assertThat(reporting.in(new DateRange(null, MARCH_1))).containsExactly(2L, 5L);
        assertThat(reporting.in(new DateRange(MARCH_1.plusDays(10), null))).containsExactly(5L, 13L);
    }

    @Test
    void leavesOutUndatedIncidentsAndFindsNothingInAnEmptyWindow() {
        assertThat(reporting.in(DateRange.ALL)).containsExactly(2L, 5L, 7L, 9L, 13L);
        assertThat(reporting.in(new DateRange(MARCH_1.plusDays(11), MARCH_1.plusDays(20)))).isEmpty();
        assertThat(ReportingArticles.of(List.of()).in(new DateRange(MARCH_1, null))).isEmpty();
    }

    private static IncidentSummary summary(long id, LocalDate date, Long... articleIds) {
        var incident = new Incident(id, "conoco", date, TimePrecision.DAY, DateBasis.EXPLICIT,
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
                List.of("rocket"), "Conoco gas field base", 35.3, 40.3, 1, "Syria", "Deir ez-Zor", null, null,
                Origin.AUTO, false);
        return new IncidentSummary(incident, "Conoco", articleIds.length, articleIds.length, 0, List.of(articleIds),
                List.of(), IncidentSummary.State.SINGLE_SOURCE);
    }
}
