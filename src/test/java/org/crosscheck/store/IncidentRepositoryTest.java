package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
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
            var march = StoreFixtures.incident(db, LocalDate.of(2024, 3, 5));
            var alsoJanuary = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var repository = new IncidentRepository(db);

            assertThat(repository.findAll()).containsExactly(january, alsoJanuary, march, july);
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

    @Test
    void summariesOfEverythingAgreeWithTheSameIncidentsAskedForByDate() {
        try (var db = Database.open(folder.resolve("all.mv.db"))) {
            var dated = StoreFixtures.article(db, "Rockets hit the base, Sputnik said.", "Sputnik",
                    LocalDate.of(2024, 3, 2));
            var undated = StoreFixtures.article(db, "Drones struck the field, sources said.", "Wire", null);
            var first = StoreFixtures.incident(db, LocalDate.of(2024, 3, 1));
            var second = StoreFixtures.incident(db, LocalDate.of(2024, 2, 1));
            var quiet = StoreFixtures.incident(db, LocalDate.of(2024, 4, 1));
            var a = StoreFixtures.claim(db, dated.id(), first.id(), "Sputnik", Aspect.OCCURRENCE, "attack");
            var b = StoreFixtures.claim(db, undated.id(), first.id(), "local sources", Aspect.OCCURRENCE, "attack");
            var c = StoreFixtures.claim(db, undated.id(), first.id(), "IRNA", Aspect.COUNT, "3 rocket");
            var d = StoreFixtures.claim(db, dated.id(), second.id(), "Sputnik", Aspect.OCCURRENCE, "attack");
            var loose = StoreFixtures.claim(db, undated.id(), null, "Wire", Aspect.OCCURRENCE, "attack");
            var links = new LinkRepository(db);
            links.insert(link(a, b, Relation.REPEATS, LinkStatus.ACCEPTED));
            links.insert(link(a, d, Relation.REPEATS, LinkStatus.SUGGESTED));
            links.insert(link(b, c, Relation.CONTRADICTS, LinkStatus.SUGGESTED));
            links.insert(link(a, c, Relation.CONTRADICTS, LinkStatus.REJECTED));
            links.insert(link(loose, d, Relation.CONTRADICTS, LinkStatus.SUGGESTED));
            var repository = new IncidentRepository(db);

            var all = repository.summaries(DateRange.ALL);

            assertThat(all).isEqualTo(repository.summaries(
                    new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
            assertThat(all).extracting(summary -> summary.incident().id())
                    .containsExactly(first.id(), second.id(), quiet.id());
            assertThat(all.get(0).reportCount()).isEqualTo(2);
            assertThat(all.get(0).independentSourceCount()).isEqualTo(2);
            assertThat(all.get(0).conflictCount()).isEqualTo(1);
            assertThat(all.get(0).reportDates()).containsExactly(LocalDate.of(2024, 3, 2));
            assertThat(all.get(1).conflictCount()).isZero();
            assertThat(all.get(2).reportCount()).isZero();
        }
    }

    @Test
    void oneIncidentsSummaryIsItsEntryAmongEverySummary() {
        try (var db = Database.open(folder.resolve("one.mv.db"))) {
            var dated = StoreFixtures.article(db, "Rockets hit the base, Sputnik said.", "Sputnik",
                    LocalDate.of(2024, 3, 2));
            var undated = StoreFixtures.article(db, "Drones struck the field, sources said.", "Wire", null);
            var first = StoreFixtures.incident(db, LocalDate.of(2024, 3, 1));
            var sameDay = StoreFixtures.incident(db, LocalDate.of(2024, 3, 1));
            var nextDay = StoreFixtures.incident(db, LocalDate.of(2024, 3, 2));
            var a = StoreFixtures.claim(db, dated.id(), first.id(), "Sputnik", Aspect.OCCURRENCE, "attack");
            var b = StoreFixtures.claim(db, undated.id(), first.id(), "local sources", Aspect.OCCURRENCE, "attack");
            var c = StoreFixtures.claim(db, undated.id(), sameDay.id(), "IRNA", Aspect.COUNT, "3 rocket");
            var d = StoreFixtures.claim(db, dated.id(), nextDay.id(), "Sputnik", Aspect.OCCURRENCE, "attack");
            var e = StoreFixtures.claim(db, undated.id(), nextDay.id(), "IRNA", Aspect.OCCURRENCE, "no attack");
            var links = new LinkRepository(db);
            links.insert(link(a, b, Relation.CONTRADICTS, LinkStatus.SUGGESTED));
            links.insert(link(a, c, Relation.REPEATS, LinkStatus.ACCEPTED));
            links.insert(link(d, e, Relation.CONTRADICTS, LinkStatus.REJECTED));
            var repository = new IncidentRepository(db);

            var all = repository.summaries(DateRange.ALL);

            assertThat(all).hasSize(3).allSatisfy(summary ->
                    assertThat(repository.summary(summary.incident().id())).contains(summary));
            assertThat(repository.summary(first.id())).hasValueSatisfying(summary -> {
                assertThat(summary.conflictCount()).isEqualTo(1);
                assertThat(summary.independentSourceCount()).isEqualTo(2);
            });
            assertThat(repository.summary(nextDay.id())).hasValueSatisfying(summary -> {
                assertThat(summary.reportCount()).isEqualTo(2);
                assertThat(summary.conflictCount()).isZero();
            });
            repository.delete(sameDay.id(), "dana");
            assertThat(repository.summary(sameDay.id())).isEmpty();
        }
    }

    @Test
    void summariesWithClaimIdsListEachIncidentsClaimsInTheirOrderBesideTheSameSummaries() {
        try (var db = Database.open(folder.resolve("ids.mv.db"))) {
            var first = StoreFixtures.article(db, "Six missiles hit the base, sources said.", "RT", null);
            var second = StoreFixtures.article(db, "Rockets struck the base at dawn.", "Wire",
                    LocalDate.of(2023, 10, 28));
            var attack = StoreFixtures.incident(db, LocalDate.of(2023, 10, 27));
            var other = StoreFixtures.incident(db, LocalDate.of(2023, 10, 28));
            StoreFixtures.incident(db, LocalDate.of(2023, 10, 29));
            var claims = new ClaimRepository(db);
            var inSecond = claims.insert(claim(second.id(), attack.id(), 0, 10));
            var lateInFirst = claims.insert(claim(first.id(), attack.id(), 30, 40));
            var earlyInFirst = claims.insert(claim(first.id(), attack.id(), 5, 15));
            claims.insert(claim(first.id(), null, 0, 4));
            var ofOther = claims.insert(claim(second.id(), other.id(), 12, 20));
            var links = new LinkRepository(db);
            links.insert(link(inSecond, lateInFirst, Relation.CONTRADICTS, LinkStatus.SUGGESTED));
            links.insert(link(lateInFirst, earlyInFirst, Relation.REPEATS, LinkStatus.REJECTED));
            var repository = new IncidentRepository(db);

            var read = repository.summariesWithClaimIds(claim -> { }, link -> { });

            assertThat(read.summaries()).isEqualTo(repository.summaries(DateRange.ALL));
            assertThat(read.summaries().get(0).conflictCount()).isEqualTo(1);
            var ids = read.claimIdsByIncident();
            assertThat(ids).containsOnlyKeys(attack.id(), other.id());
            assertThat(ids.get(attack.id())).containsExactly(earlyInFirst.id(), lateInFirst.id(), inSecond.id())
                    .isEqualTo(claims.forIncident(attack.id()).stream().mapToLong(Claim::id).toArray());
            assertThat(ids.get(other.id())).containsExactly(ofOther.id());
        }
    }

    @Test
    void summariesWithClaimIdsHandEveryClaimAndLinkOverInIdOrderAsTheRepositoriesReadThem() {
        try (var db = Database.open(folder.resolve("rows.mv.db"))) {
            var article = StoreFixtures.article(db, "Six missiles hit the base, sources said.", "RT", null);
            var attack = StoreFixtures.incident(db, LocalDate.of(2023, 10, 27));
            var claims = new ClaimRepository(db);
            var a = claims.insert(claim(article.id(), attack.id(), 20, 30));
            var b = claims.insert(claim(article.id(), null, 0, 4));
            var c = claims.insert(claim(article.id(), attack.id(), 5, 15));
            var links = new LinkRepository(db);
            links.insert(link(c, a, Relation.REPEATS, LinkStatus.ACCEPTED));
            links.insert(link(a, b, Relation.CORROBORATES, LinkStatus.REJECTED));
            var seenClaims = new ArrayList<Claim>();
            var seenLinks = new ArrayList<ClaimLink>();

            new IncidentRepository(db).summariesWithClaimIds(seenClaims::add, seenLinks::add);

            assertThat(seenClaims).isEqualTo(claims.findAll()).extracting(Claim::id)
                    .containsExactly(a.id(), b.id(), c.id());
            assertThat(seenLinks).isEqualTo(links.findAll()).hasSize(2);
        }
    }

    private static Claim claim(long articleId, Long incidentId, int start, int end) {
        return new Claim(0, articleId, incidentId, new Span(start, end), "quote", "sources", "said", Aspect.COUNT,
                "6 missile", Stance.ASSERTS, "test", 0.9, Origin.AUTO, null, null);
    }

    private static ClaimLink link(Claim a, Claim b, Relation relation, LinkStatus status) {
        return new ClaimLink(0, a.id(), b.id(), relation, Origin.AUTO, status, null, null, null);
    }
}
