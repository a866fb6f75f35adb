package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.AppContext;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedIncidentsTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path folder;

    @Test
    void aWindowHoldsTheIncidentsTheDatabaseGivesForItInTheSameOrder() {
        try (var context = AppContext.open(folder.resolve("loaded.mv.db"))) {
            context.importer().importSeeds(org.crosscheck.task.Progress.NONE);
            context.extractor().extractAll(org.crosscheck.task.Progress.NONE);
            var incidents = context.incidents();
            var loaded = LoadedIncidents.of(incidents.summaries(DateRange.ALL));
            var dates = incidents.findAll().stream().map(Incident::eventDate).sorted().toList();
            var first = dates.get(0);
            var last = dates.get(dates.size() - 1);
            var middle = dates.get(dates.size() / 2);

            for (var window : List.of(DateRange.ALL, new DateRange(first, middle), new DateRange(middle, last),
                    new DateRange(null, middle), new DateRange(middle, null), new DateRange(middle, middle),
                    new DateRange(last.plusDays(1), null), new DateRange(LocalDate.of(2024, 1, 1),
                            LocalDate.of(2024, 1, 31)))) {
                var queried = incidents.summaries(window);
                assertThat(loaded.in(window)).as(window.toString())
                        .extracting(IncidentSummary::incident, IncidentSummary::siteName, IncidentSummary::reportCount,
                                IncidentSummary::independentSourceCount, IncidentSummary::conflictCount,
                                IncidentSummary::state)
                        .isEqualTo(queried.stream().map(summary -> org.assertj.core.groups.Tuple.tuple(
                                summary.incident(), summary.siteName(), summary.reportCount(),
                                summary.independentSourceCount(), summary.conflictCount(), summary.state())).toList());
            }
        }
    }

    @Test
    void keepsUndatedIncidentsOnlyWithoutABoundAndDropsTheArticleIds() {
        var loaded = LoadedIncidents.of(List.of(summary(3, MARCH_1.plusDays(9)), summary(1, MARCH_1),
                summary(2, null), summary(4, MARCH_1)));

        assertThat(loaded.in(DateRange.ALL)).extracting(summary -> summary.incident().id())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(loaded.in(new DateRange(MARCH_1, MARCH_1))).extracting(summary -> summary.incident().id())
                .containsExactly(1L, 4L);
        assertThat(loaded.in(new DateRange(null, MARCH_1.plusDays(30)))).extracting(summary -> summary.incident().id())
                .containsExactly(1L, 3L, 4L);
        assertThat(loaded.in(new DateRange(MARCH_1.plusDays(10), null))).isEmpty();
        assertThat(loaded.in(DateRange.ALL)).allSatisfy(summary -> {
            assertThat(summary.articleIds()).isEmpty();
            assertThat(summary.reportDates()).isEmpty();
        });
    }

    private static IncidentSummary summary(long id, LocalDate date) {
        var incident = new Incident(id, "conoco", date, TimePrecision.DAY, DateBasis.EXPLICIT,
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
                List.of("rocket"), "Conoco gas field base", 35.3, 40.3, 1, "Syria", "Deir ez-Zor", null, null,
                Origin.AUTO, false);
        return new IncidentSummary(incident, "Conoco", 2, 1, 0, List.of(5L, 7L), List.of(MARCH_1),
                IncidentSummary.State.SINGLE_SOURCE);
    }
}
