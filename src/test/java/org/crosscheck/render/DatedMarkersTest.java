package org.crosscheck.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

class DatedMarkersTest {

    private static IncidentSummary summary(long id, LocalDate date) {
        var incident = new Incident(id, "conoco", date, TimePrecision.DAY, DateBasis.EXPLICIT, "Explosions/Remote violence",
                "Shelling/artillery/missile attack", null, List.of(), "Conoco gas field base", 35.3361, 40.3094, 1,
                "Syria", "Deir ez-Zor", null, null, Origin.AUTO, false);
        return new IncidentSummary(incident, "Conoco", 1, 1, 0, List.of(), List.of(), IncidentSummary.State.SINGLE_SOURCE);
    }

    private static List<Long> ids(List<MapMarker> markers) {
        return markers.stream().map(MapMarker::id).toList();
    }

    @Test
    void aWindowKeepsTheIncidentsOfItsDaysBothEndsIncludedAndLeavesUndatedOnesOut() {
        var markers = DatedMarkers.of(List.of(summary(3, LocalDate.of(2024, 2, 1)), summary(1, null),
                summary(2, LocalDate.of(2024, 1, 12)), summary(4, LocalDate.of(2024, 1, 31)),
                summary(5, LocalDate.of(2024, 1, 12))));

        assertThat(ids(markers.in(DateRange.ALL))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(ids(markers.in(new DateRange(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 31)))))
                .containsExactly(2L, 5L, 4L);
        assertThat(ids(markers.in(new DateRange(LocalDate.of(2024, 1, 13), null)))).containsExactly(4L, 3L);
        assertThat(ids(markers.in(new DateRange(null, LocalDate.of(2024, 1, 12))))).containsExactly(2L, 5L);
        assertThat(markers.in(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))).isEmpty();
    }
}
