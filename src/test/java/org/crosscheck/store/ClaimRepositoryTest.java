package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void findsClaimsByArticleAndByIncident() {
        try (var db = Database.open(folder.resolve("c.mv.db"))) {
            var article = StoreFixtures.article(db, "Six missiles hit the base.", "RT", LocalDate.of(2023, 10, 27));
            var incident = StoreFixtures.incident(db, LocalDate.of(2023, 10, 27));
            var counted = StoreFixtures.claim(db, article.id(), incident.id(), "sources", Aspect.COUNT, "6 missile");
            StoreFixtures.claim(db, article.id(), null, "RT", Aspect.OCCURRENCE, "attack");

            var repository = new ClaimRepository(db);
            assertThat(repository.forArticle(article.id())).hasSize(2);
            assertThat(repository.forIncident(incident.id())).containsExactly(counted);
            assertThat(repository.find(counted.id())).contains(counted);
            assertThat(counted.aspect()).isEqualTo(Aspect.COUNT);
        }
    }

    @Test
    void streamsEveryClaimInIdOrder() {
        try (var db = Database.open(folder.resolve("s.mv.db"))) {
            var article = StoreFixtures.article(db, "Six missiles hit the base, sources said.", "RT", null);
            var incident = StoreFixtures.incident(db, LocalDate.of(2023, 10, 27));
            var repository = new ClaimRepository(db);
            var made = List.of(repository.insert(claim(article.id(), incident.id(), 20, 30)),
                    repository.insert(claim(article.id(), null, 0, 10)),
                    repository.insert(claim(article.id(), incident.id(), 5, 8)));
            var streamed = new ArrayList<Claim>();

            repository.forEach(streamed::add);

            assertThat(streamed).isEqualTo(made);
        }
    }

    private static Claim claim(long articleId, Long incidentId, int start, int end) {
        return new Claim(0, articleId, incidentId, new Span(start, end), "quote", "sources", "said", Aspect.COUNT,
                "6 missile", Stance.ASSERTS, "test", 0.9, Origin.AUTO, null, Instant.parse("2026-11-22T04:00:00Z"));
    }

    @Test
    void anEditedClaimBecomesTheAnalystsAndIsAudited() {
        try (var db = Database.open(folder.resolve("e.mv.db"))) {
            var article = StoreFixtures.article(db, "Six missiles hit the base.", "RT", null);
            var claim = StoreFixtures.claim(db, article.id(), null, "sources", Aspect.COUNT, "6 missile");
            var edited = new Claim(claim.id(), claim.articleId(), null, claim.span(), claim.quote(), "local sources",
                    claim.cue(), Aspect.COUNT, "5 missile", Stance.ASSERTS, claim.rule(), claim.confidence(),
                    claim.origin(), null, null);

            var stored = new ClaimRepository(db).update(edited, "dana");

            assertThat(stored.origin()).isEqualTo(Origin.ANALYST);
            assertThat(new ClaimRepository(db).find(claim.id()).orElseThrow().value()).isEqualTo("5 missile");
            assertThat(new AuditLog(db).forItem(ItemType.CLAIM, claim.id()))
                    .extracting(entry -> entry.field()).contains("value", "attributed_to");
        }
    }

    @Test
    void anEditAuditsEveryFieldItChangesAndNoOther() {
        try (var db = Database.open(folder.resolve("a.mv.db"))) {
            var article = StoreFixtures.article(db, "Six missiles hit the base, sources said.", "RT", null);
            var incident = StoreFixtures.incident(db, LocalDate.of(2023, 10, 27));
            var claim = StoreFixtures.claim(db, article.id(), null, "sources", Aspect.COUNT, "6 missile");
            var edited = new Claim(claim.id(), claim.articleId(), incident.id(), new Span(0, 13), "Six missiles",
                    "local sources", "according to", Aspect.WEAPON, "missile", Stance.NOT_CONFIRMED, "analyst", 1.0,
                    claim.origin(), null, null);

            new ClaimRepository(db).update(edited, "dana");

            assertThat(new AuditLog(db).forItem(ItemType.CLAIM, claim.id()))
                    .extracting(entry -> entry.field())
                    .containsExactlyInAnyOrder("incident", "span", "quote", "attributed_to", "cue", "aspect", "value",
                            "stance", "rule", "confidence", "origin")
                    .doesNotContain("article");
        }
    }
}
