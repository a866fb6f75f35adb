package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void findsIncidentsInADateRange() {
        try (var db = Database.open(folder.resolve("i.mv.db"))) {
            var january = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var july = StoreFixtures.incident(db, LocalDate.of(2024, 7, 27));
            var repository = new IncidentRepository(db);

            assertThat(repository.findAll()).containsExactly(january, july);
            assertThat(repository.findInRange(new DateRange(LocalDate.of(2024, 7, 1), null))).containsExactly(july);
            assertThat(repository.find(january.id())).contains(january);
            assertThat(january.weapons()).containsExactly("rocket", "missile");
        }
    }

    @Test
    void summaryCountsRepeatsOnceAndColoursByState() {
        try (var db = Database.open(folder.resolve("s.mv.db"))) {
            var tribun = StoreFixtures.article(db, "Sputnik correspondents reported a rocket attack.", "Tribunnews",
                    LocalDate.of(2024, 1, 12));
            var zero = StoreFixtures.article(db, "Sputnik's correspondent cited explosions.", "ZeroHedge",
                    LocalDate.of(2024, 1, 13));
            var incident = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var a = StoreFixtures.claim(db, tribun.id(), incident.id(), "Sputnik correspondents", Aspect.OCCURRENCE,
                    "attack");
            var b = StoreFixtures.claim(db, zero.id(), incident.id(), "Al-Mayadeen sources",
                    Aspect.OCCURRENCE, "attack");
            StoreFixtures.claim(db, zero.id(), incident.id(), "IRNA", Aspect.OCCURRENCE, "attack");
            var links = new LinkRepository(db);
            var repository = new IncidentRepository(db);

            var before = repository.summaries(DateRange.ALL).get(0);
            assertThat(before.independentSourceCount()).isEqualTo(3);

            links.insert(new ClaimLink(0, a.id(), b.id(), Relation.REPEATS, Origin.AUTO, LinkStatus.SUGGESTED, null,
                    null, null));
            var summary = repository.summaries(DateRange.ALL).get(0);
            assertThat(summary.reportCount()).isEqualTo(2);
            assertThat(summary.independentSourceCount()).isEqualTo(2);
            assertThat(summary.articleIds()).containsExactly(tribun.id(), zero.id());
            assertThat(summary.reportDates()).containsExactly(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 13));
            assertThat(summary.siteName()).isEqualTo("Conoco gas field base");
            assertThat(summary.state()).isEqualTo(IncidentSummary.State.CORROBORATED);

            var contradiction = links.insert(new ClaimLink(0, a.id(), b.id(), Relation.CONTRADICTS, Origin.AUTO,
                    LinkStatus.SUGGESTED, null, null, null));
            assertThat(repository.summaries(DateRange.ALL).get(0).state()).isEqualTo(IncidentSummary.State.CONTESTED);
            links.decide(contradiction.id(), LinkStatus.REJECTED, null, "dana");
            assertThat(repository.summaries(DateRange.ALL).get(0).conflictCount()).isZero();

            repository.setConfirmed(incident.id(), true, "dana");
            assertThat(repository.summaries(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))))
                    .singleElement().extracting(IncidentSummary::state).isEqualTo(IncidentSummary.State.CONFIRMED);
            assertThat(repository.summaries(new DateRange(LocalDate.of(2024, 2, 1), null))).isEmpty();
        }
    }
}
