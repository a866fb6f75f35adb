package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.crosscheck.AppContext;
import org.crosscheck.model.Article;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Tag;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionServiceTest {

    @TempDir
    Path folder;

    private static Article article(String name, String text, String outlet, LocalDate published) {
        return new Article(0, name, String.format("%064d", Math.abs((long) text.hashCode())), text, outlet, null,
                null, null, "en", published, DateBasis.EXPLICIT, null, Instant.now());
    }

    @Test
    void groupsReportsOfOneAttackAndKeepsWhatTheAnalystDecided() {
        try (var context = AppContext.open(folder.resolve("x.mv.db"))) {
            context.articles().insert(article("a.txt", "Two drones hit Victory base near Baghdad airport on "
                    + "Wednesday, causing damage, Iraqi factions said.", "Resistance Watch", LocalDate.of(2023, 10, 18)));
            context.articles().insert(article("b.txt", "A U.S. official said two drones were shot down near "
                    + "Victory Base on Wednesday.", "Capital Dispatch", LocalDate.of(2023, 10, 19)));
            context.extractor().extractAll(Progress.NONE);

            var incidents = context.incidents().findAll();
            assertThat(incidents).singleElement().satisfies(incident -> {
                assertThat(incident.siteId()).isEqualTo("victory-base-bdsc");
                assertThat(incident.eventDate()).isEqualTo(LocalDate.of(2023, 10, 18));
            });
            var incident = incidents.get(0);
            var contradiction = context.links().forIncident(incident.id()).stream()
                    .filter(link -> link.relation().code().equals("contradicts")).findFirst().orElseThrow();
            context.links().decide(contradiction.id(), LinkStatus.ACCEPTED, "checked", "dana");
            context.incidents().setConfirmed(incident.id(), true, "dana");

            var report = context.extractor().extractAll(Progress.NONE);

            assertThat(report.cancelled()).isFalse();
            assertThat(context.incidents().find(incident.id())).hasValueSatisfying(kept ->
                    assertThat(kept.confirmed()).isTrue());
            assertThat(context.links().find(contradiction.id())).hasValueSatisfying(kept ->
                    assertThat(kept.status()).isEqualTo(LinkStatus.ACCEPTED));
            assertThat(context.incidents().findAll()).hasSize(1);
        }
    }

    @Test
    void extractingAgainKeepsTheClaimsAndIncidentsTheAnalystTaggedOrGraded() {
        try (var context = AppContext.open(folder.resolve("t.mv.db"))) {
            context.articles().insert(article("a.txt", "Two drones hit Victory base near Baghdad airport on "
                    + "Wednesday, causing damage, Iraqi factions said.", "Resistance Watch", LocalDate.of(2023, 10, 18)));
            context.extractor().extractAll(Progress.NONE);
            var incident = context.incidents().findAll().get(0);
            var claims = context.claims().forIncident(incident.id());
            assertThat(claims).hasSizeGreaterThan(1);
            var tagged = claims.get(0);
            var graded = claims.get(1);
            var tag = context.tags().create("check", "#1f77b4", 1, "dana");
            context.tags().assign(tag.id(), ItemType.CLAIM, tagged.id(), "dana");
            context.grades().set(ItemType.CLAIM, graded.id(), "2", "dana");
            context.grades().set(ItemType.INCIDENT, incident.id(), "contested", "dana");

            context.extractor().extractAll(Progress.NONE);

            assertThat(context.tags().tagsOf(ItemType.CLAIM, tagged.id())).extracting(Tag::name).containsExactly("check");
            assertThat(context.grades().find(ItemType.CLAIM, graded.id())).isPresent();
            assertThat(context.incidents().find(incident.id())).isPresent();
            var after = context.claims().forIncident(incident.id());
            assertThat(after).extracting(Claim::id).contains(tagged.id(), graded.id());
            assertThat(after).extracting(claim -> claim.span() + " " + claim.aspect()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameGroupClaimingAgainIsTheClaimantNamedBefore() {
        try (var context = AppContext.open(folder.resolve("s.mv.db"))) {
            context.articles().insert(article("s.txt", "Two drones targeted US troops at Erbil air base on Thursday. "
                    + "The Islamic Resistance in Iraq claimed responsibility for the Erbil attack. The same group "
                    + "claimed responsibility for rocket strikes on the Conoco base on Wednesday.", "Wire",
                    LocalDate.of(2023, 10, 27)));

            context.extractor().extractAll(Progress.NONE);

            assertThat(context.incidents().findAll()).isNotEmpty().extracting(incident -> incident.actor1())
                    .containsOnly("Islamic Resistance in Iraq");
        }
    }

    @Test
    void articlesExtractedInSeparateChunksStillGroupIntoOneIncident() {
        try (var context = AppContext.open(folder.resolve("k.mv.db"))) {
            context.articles().insert(article("a.txt", "Two drones hit Victory base near Baghdad airport on "
                    + "Wednesday, causing damage, Iraqi factions said.", "Resistance Watch", LocalDate.of(2023, 10, 18)));
            context.articles().insert(article("b.txt", "A U.S. official said two drones were shot down near "
                    + "Victory Base on Wednesday.", "Capital Dispatch", LocalDate.of(2023, 10, 19)));
            var oneByOne = new ExtractionService(context.articles(), context.sites(), context.incidents(),
                    context.claims(), new org.crosscheck.store.ExtractionStore(context.database()), 1);
            var seen = new java.util.ArrayList<Long>();
            var progress = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    seen.add(total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };

            var report = oneByOne.extractAll(progress);

            assertThat(report.articles()).isEqualTo(2);
            assertThat(context.incidents().findAll()).singleElement()
                    .satisfies(incident -> assertThat(incident.eventDate()).isEqualTo(LocalDate.of(2023, 10, 18)));
            assertThat(context.links().forIncident(context.incidents().findAll().get(0).id()))
                    .extracting(link -> link.relation().code()).contains("contradicts");
            assertThat(seen).containsOnly(2L);
        }
    }

    @Test
    void aCancelledRunChangesNothing() {
        try (var context = AppContext.open(folder.resolve("c.mv.db"))) {
            context.articles().insert(article("a.txt", "Rockets hit the Conoco base on Friday.", "Wire",
                    LocalDate.of(2024, 1, 13)));
            var cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            var report = context.extractor().extractAll(cancelled);
            assertThat(report.cancelled()).isTrue();
            assertThat(context.incidents().findAll()).isEmpty();
        }
    }

    @Test
    void anArticleGoneBeforeItsTurnIsNamedAndTheOthersAreExtracted() {
        try (var context = AppContext.open(folder.resolve("g.mv.db"))) {
            var kept = context.articles().insert(article("a.txt", "Rockets hit the Conoco base on Friday.", "Wire",
                    LocalDate.of(2024, 1, 13)));

            var report = context.extractor().extractArticles(java.util.List.of(kept.id() + 100, kept.id()),
                    Progress.NONE);

            assertThat(report.articles()).isEqualTo(1);
            assertThat(report.problems()).containsExactly("Article " + (kept.id() + 100) + " no longer exists; skipped.");
            assertThat(context.incidents().findAll()).singleElement()
                    .satisfies(incident -> assertThat(incident.siteId()).isEqualTo("conoco"));
        }
    }

    @Test
    void extractingOnWorkerThreadsStoresTheSameIdsEveryRun() {
        var first = extractedClaims(folder.resolve("r1.mv.db"));
        var second = extractedClaims(folder.resolve("r2.mv.db"));

        assertThat(first).hasSizeGreaterThan(20).isEqualTo(second);
    }

    @Test
    void extractingAgainInChunksRemovesTheOrphanedIncidentsAndRegroupsTheSameWay() {
        try (var context = AppContext.open(folder.resolve("again.mv.db"))) {
            insertTwentyFourArticles(context);
            var chunked = new ExtractionService(context.articles(), context.sites(), context.incidents(),
                    context.claims(), new org.crosscheck.store.ExtractionStore(context.database()), 5);
            chunked.extractAll(Progress.NONE);
            var first = claimsByContent(context);
            var firstIncidents = context.incidents().findAll();

            chunked.extractAll(Progress.NONE);

            assertThat(claimsByContent(context)).hasSizeGreaterThan(20).isEqualTo(first);
            assertThat(context.incidents().findAll()).hasSameSizeAs(firstIncidents)
                    .allSatisfy(incident -> assertThat(context.claims().forIncident(incident.id())).isNotEmpty());
        }
    }

    /** Each claim as article, incident site and date, and value, sorted: what extraction found, without ids. */
    private static java.util.List<String> claimsByContent(AppContext context) {
        var claims = new java.util.ArrayList<String>();
        for (var incident : context.incidents().findAll()) {
            for (var claim : context.claims().forIncident(incident.id())) {
                claims.add(claim.articleId() + " " + incident.siteId() + " " + incident.eventDate() + " "
                        + claim.aspect() + " " + claim.value());
            }
        }
        claims.sort(null);
        return claims;
    }

    private static void insertTwentyFourArticles(AppContext context) {
        for (int i = 0; i < 24; i++) {
            var filler = " The statement was repeated later.".repeat(i % 3 == 0 ? 200 : 1);
            context.articles().insert(article(i + ".txt", (i % 2 == 0 ? "Rockets hit the Conoco base" :
                    "Two drones hit Victory base near Baghdad airport") + " on " + (4 + i % 5) + " January 2024, "
                    + "killing " + (i + 1) + " people, officials said." + filler, "Outlet " + i % 4,
                    LocalDate.of(2024, 1, 12)));
        }
    }

    /** Claims (id, article, incident, value) after extracting 24 articles of very different lengths in chunks of 5. */
    private static java.util.List<String> extractedClaims(Path file) {
        try (var context = AppContext.open(file)) {
            insertTwentyFourArticles(context);
            var chunked = new ExtractionService(context.articles(), context.sites(), context.incidents(),
                    context.claims(), new org.crosscheck.store.ExtractionStore(context.database()), 5);
            chunked.extractAll(Progress.NONE);
            var claims = new java.util.ArrayList<String>();
            for (var incident : context.incidents().findAll()) {
                for (var claim : context.claims().forIncident(incident.id())) {
                    claims.add(claim.id() + " " + claim.articleId() + " " + incident.id() + " " + claim.value());
                }
            }
            return claims;
        }
    }
}
