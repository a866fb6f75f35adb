package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionStoreTest {

    @TempDir
    Path folder;

    @Test
    void savesNewAndStoredIncidentsWithTheirClaimsInPlanOrder() {
        try (var db = Database.open(folder.resolve("s.mv.db"))) {
            var first = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            var second = StoreFixtures.article(db, "Drones hit Conoco on Monday.", "Rudaw", null);
            var stored = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var fresh = stored.withId(0);
            var store = new ExtractionStore(db);

            var saved = store.save(Map.of(), List.of(
                    new ExtractionStore.Planned(fresh, false, List.of(claim(first.id(), "3"), claim(second.id(), "4"))),
                    new ExtractionStore.Planned(stored, true, List.of(claim(second.id(), "5"))),
                    new ExtractionStore.Planned(fresh, false, List.of()),
                    new ExtractionStore.Planned(fresh, false, List.of(claim(first.id(), "6"))))).claims();

            assertThat(saved).hasSize(4);
            assertThat(saved.get(0)).extracting(Claim::value).containsExactly("3", "4");
            assertThat(saved.get(1)).extracting(Claim::value).containsExactly("5");
            assertThat(saved.get(2)).isEmpty();
            assertThat(saved.get(3)).extracting(Claim::value).containsExactly("6");
            long newIncident = saved.get(0).get(0).incidentId();
            assertThat(newIncident).isNotEqualTo(stored.id());
            assertThat(saved.get(0)).allSatisfy(claim -> assertThat(claim.incidentId()).isEqualTo(newIncident));
            assertThat(saved.get(1).get(0).incidentId()).isEqualTo(stored.id());
            assertThat(saved.get(3).get(0).incidentId()).isGreaterThan(newIncident);
            var claims = new ClaimRepository(db);
            for (var list : saved) {
                for (var claim : list) {
                    assertThat(claims.find(claim.id())).contains(claim);
                }
            }
            assertThat(new IncidentRepository(db).findAll()).extracting(Incident::id).hasSize(4);
        }
    }

    @Test
    void clearingNamesTheIncidentsThatReportedTheArticlesAndStampsShowWritesByOthers() {
        try (var db = Database.open(folder.resolve("stamp.mv.db"))) {
            var claims = claimsOfOneIncident(db, "IRI", "Pentagon");
            var other = StoreFixtures.article(db, "Drones hit Conoco on Monday.", "Rudaw", null);
            var store = new ExtractionStore(db);

            var cleared = store.clearAutomatic(List.of(claims.get(0).articleId(), other.id()), List.of());
            var saved = store.save(Map.of(), List.of(new ExtractionStore.Planned(
                    StoreFixtures.incident(db, LocalDate.of(2024, 1, 13)), false, List.of(claim(other.id(), "2")))));

            assertThat(cleared.reportingIncidents()).containsExactly(claims.get(0).incidentId());
            assertThat(cleared.after()).isNotEqualTo(cleared.before());
            assertThat(saved.before()).isEqualTo(cleared.after());
            assertThat(saved.after()).isNotEqualTo(saved.before());
            assertThat(store.clearAutomatic(List.of(), List.of()).before()).isEqualTo(saved.after());
            var stored = saved.claims().get(0).get(0);
            new ClaimRepository(db).update(stored, "ana");
            var next = store.clearAutomatic(List.of(), List.of());
            assertThat(next.before()).isNotEqualTo(saved.after());
            assertThat(next.after()).isEqualTo(next.before());
            assertThat(store.clearAutomatic(List.of(), List.of()).before()).isEqualTo(next.after());
        }
    }

    @Test
    void replacesTheMentionsOfEveryArticleSaved() {
        try (var db = Database.open(folder.resolve("m.mv.db"))) {
            var first = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            var second = StoreFixtures.article(db, "Drones hit Conoco on Monday.", "Rudaw", null);
            var mentions = new MentionRepository(db);
            mentions.replaceForArticle(first.id(), List.of(site(0), site(5), site(9)));
            var store = new ExtractionStore(db);

            var byArticle = new LinkedHashMap<Long, List<Mention>>();
            byArticle.put(first.id(), List.of(site(12)));
            byArticle.put(second.id(), List.of(site(11), site(2)));
            store.save(byArticle, List.of());

            assertThat(mentions.forArticle(first.id())).extracting(mention -> mention.span().start())
                    .containsExactly(12);
            assertThat(mentions.forArticle(second.id())).extracting(mention -> mention.span().start())
                    .containsExactly(2, 11);
            assertThat(mentions.forArticle(second.id())).allSatisfy(mention ->
                    assertThat(mention.articleId()).isEqualTo(second.id()));
        }
    }

    @Test
    void insertsOnlyLinksNotStoredInEitherDirectionGroupAfterGroup() {
        try (var db = Database.open(folder.resolve("l.mv.db"))) {
            var claims = claimsOfOneIncident(db, "IRI", "Pentagon", "CENTCOM");
            var a = claims.get(0);
            var b = claims.get(1);
            var c = claims.get(2);
            var store = new ExtractionStore(db);
            assertThat(store.insertLinks(List.of(List.of(link(a.id(), b.id()))).iterator(), id -> false))
                    .isEqualTo(1);

            int added = store.insertLinks(List.of(List.of(link(b.id(), a.id()), link(a.id(), c.id()),
                    link(c.id(), a.id())), List.<ClaimLink>of(), List.of(link(b.id(), c.id()))).iterator(),
                    id -> false);

            assertThat(added).isEqualTo(2);
            assertThat(new LinkRepository(db).forIncident(a.incidentId()))
                    .extracting(link -> link.claimA() + "-" + link.claimB())
                    .containsExactlyInAnyOrder(a.id() + "-" + b.id(), a.id() + "-" + c.id(), b.id() + "-" + c.id());
        }
    }

    @Test
    void linksOfClaimsJustStoredNeedNoLookupAndStillRepeatNoPairWithinTheirGroup() {
        try (var db = Database.open(folder.resolve("j.mv.db"))) {
            var claims = claimsOfOneIncident(db, "IRI", "Pentagon");
            var a = claims.get(0);
            var b = claims.get(1);
            var store = new ExtractionStore(db);
            store.insertLinks(List.of(List.of(link(a.id(), b.id()))).iterator(), id -> false);
            var c = StoreFixtures.claim(db, a.articleId(), a.incidentId(), "CENTCOM", Aspect.OCCURRENCE, "attack");

            int added = store.insertLinks(List.of(List.of(link(b.id(), a.id()), link(a.id(), c.id()),
                    link(c.id(), a.id()), link(b.id(), c.id()))).iterator(), id -> id == c.id());

            assertThat(added).isEqualTo(2);
            assertThat(new LinkRepository(db).forIncident(a.incidentId())).hasSize(3);
        }
    }

    @Test
    void checksMoreNewLinksThanOneArrayParameterHolds() {
        try (var db = Database.open(folder.resolve("big.mv.db"))) {
            var article = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            int count = ExtractionStore.MAX_ARRAY + 10;
            var unsaved = new java.util.ArrayList<Claim>();
            for (int i = 0; i < count; i++) {
                unsaved.add(claim(article.id(), String.valueOf(i)));
            }
            var claims = db.write(connection -> ClaimRepository.insertAll(connection, unsaved));
            var store = new ExtractionStore(db);
            var last = claims.get(count - 1).id();
            var beforeLast = claims.get(count - 2).id();
            assertThat(store.insertLinks(List.of(List.of(link(last, beforeLast))).iterator(), id -> false))
                    .isEqualTo(1);

            var chain = new java.util.ArrayList<ClaimLink>();
            for (int i = 0; i + 1 < count; i++) {
                chain.add(link(claims.get(i).id(), claims.get(i + 1).id()));
            }

            assertThat(store.insertLinks(List.of(chain).iterator(), id -> false)).isEqualTo(count - 2);
        }
    }

    @Test
    void readsTheOutletsOfArticlesAndTheLinksTouchingClaimsAtEitherEnd() {
        try (var db = Database.open(folder.resolve("o.mv.db"))) {
            var named = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            var unnamed = StoreFixtures.article(db, "Drones hit Conoco on Monday.", null, null);
            var incident = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var a = StoreFixtures.claim(db, named.id(), incident.id(), "IRI", Aspect.OCCURRENCE, "attack");
            var b = StoreFixtures.claim(db, named.id(), incident.id(), "Pentagon", Aspect.OCCURRENCE, "attack");
            var c = StoreFixtures.claim(db, unnamed.id(), incident.id(), "CENTCOM", Aspect.OCCURRENCE, "attack");
            var store = new ExtractionStore(db);
            store.insertLinks(List.of(List.of(link(a.id(), b.id()), link(b.id(), c.id()))).iterator(), id -> false);

            var outlets = store.outletNames(List.of(named.id(), unnamed.id(), 999L));

            assertThat(outlets).containsOnlyKeys(named.id(), unnamed.id()).containsEntry(named.id(), "Sputnik");
            assertThat(outlets.get(unnamed.id())).isNull();
            assertThat(store.linksTouching(List.of(b.id()))).extracting(link -> link.claimA() + "-" + link.claimB())
                    .containsExactly(a.id() + "-" + b.id(), b.id() + "-" + c.id());
            assertThat(store.linksTouching(List.of(a.id(), c.id()))).hasSize(2);
            assertThat(store.linksTouching(List.of(999L))).isEmpty();
        }
    }

    @Test
    void handsOutTheQuotesOfDayIncidentsAtTheSitesOnTheirWeekdaysOnly() {
        try (var db = Database.open(folder.resolve("q.mv.db"))) {
            var article = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            var friday = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
            var saturday = StoreFixtures.incident(db, LocalDate.of(2024, 1, 13));
            var claims = new ClaimRepository(db);
            claims.insert(claim(article.id(), "1").withIncident(friday.id()));
            claims.insert(claim(article.id(), "2").withIncident(saturday.id()));
            claims.insert(claim(article.id(), "3").withIncident(friday.id()));
            var store = new ExtractionStore(db);

            var onFriday = new java.util.ArrayList<String>();
            store.forEachDayIncidentQuote(Map.of("conoco", java.util.EnumSet.of(java.time.DayOfWeek.FRIDAY),
                    "tower-22", java.util.EnumSet.allOf(java.time.DayOfWeek.class)),
                    quote -> onFriday.add(quote.incidentId() + " " + quote.quote()));
            var elsewhere = new java.util.ArrayList<String>();
            store.forEachDayIncidentQuote(Map.of("tower-22", java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                    "conoco", java.util.EnumSet.noneOf(java.time.DayOfWeek.class)),
                    quote -> elsewhere.add(quote.quote()));

            assertThat(onFriday).containsExactlyInAnyOrder(friday.id() + " quote 1", friday.id() + " quote 3");
            assertThat(elsewhere).isEmpty();
        }
    }

    /** One article reporting one incident, and a stored claim of it for each speaker, in order. */
    private static List<Claim> claimsOfOneIncident(Database db, String... speakers) {
        var article = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
        var incident = StoreFixtures.incident(db, LocalDate.of(2024, 1, 12));
        var claims = new java.util.ArrayList<Claim>();
        for (var speaker : speakers) {
            claims.add(StoreFixtures.claim(db, article.id(), incident.id(), speaker, Aspect.OCCURRENCE, "attack"));
        }
        return claims;
    }

    private static Claim claim(long articleId, String value) {
        return new Claim(0, articleId, null, new Span(0, 10), "quote " + value, "IRI", "said", Aspect.COUNT, value,
                Stance.ASSERTS, "test", 0.9, Origin.AUTO, null, null);
    }

    private static Mention site(int start) {
        return new Mention(0, 0, MentionKind.SITE, new Span(start, start + 6), "conoco", "target", null, null,
                "alias", 0.9);
    }

    private static ClaimLink link(long a, long b) {
        return new ClaimLink(0, a, b, Relation.CORROBORATES, Origin.AUTO, LinkStatus.SUGGESTED, "note", null, null);
    }
}
