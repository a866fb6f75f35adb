package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void findsLinksOfAnIncidentAndRecordsTheAnalystsDecision() {
        try (var db = Database.open(folder.resolve("l.mv.db"))) {
            var first = StoreFixtures.article(db, "Two drones were intercepted.", "Shafaq", LocalDate.of(2023, 10, 25));
            var second = StoreFixtures.article(db, "Several successful airstrikes.", "Al-Mayadeen", null);
            var incident = StoreFixtures.incident(db, LocalDate.of(2023, 10, 19));
            var a = StoreFixtures.claim(db, first.id(), incident.id(), "coalition sources", Aspect.OUTCOME,
                    "intercepted 2; hit 1");
            var b = StoreFixtures.claim(db, second.id(), incident.id(), "Al-Mayadeen", Aspect.OUTCOME, "hit");
            var repository = new LinkRepository(db);
            var link = repository.insert(new ClaimLink(0, a.id(), b.id(), Relation.CONTRADICTS, Origin.AUTO,
                    LinkStatus.SUGGESTED, null, null, null));

            assertThat(repository.forIncident(incident.id())).containsExactly(link);
            assertThat(repository.forArticle(second.id())).hasSize(1);

            var decided = repository.decide(link.id(), LinkStatus.ACCEPTED, "checked", "dana");
            assertThat(decided.status()).isEqualTo(LinkStatus.ACCEPTED);
            assertThat(repository.find(link.id()).orElseThrow().note()).isEqualTo("checked");
        }
    }

    @Test
    void theLinksOfAnIncidentOrAnArticleAreThoseTouchingOneOfItsClaimsEachOnceInIdOrder() {
        try (var db = Database.open(folder.resolve("t.mv.db"))) {
            var first = StoreFixtures.article(db, "Two drones were intercepted.", "Shafaq", null);
            var second = StoreFixtures.article(db, "A drone hit the base.", "IRNA", null);
            var attack = StoreFixtures.incident(db, LocalDate.of(2023, 10, 19));
            var other = StoreFixtures.incident(db, LocalDate.of(2023, 10, 20));
            var a = StoreFixtures.claim(db, first.id(), attack.id(), "Shafaq", Aspect.COUNT, "intercepted 2");
            var b = StoreFixtures.claim(db, second.id(), attack.id(), "IRNA", Aspect.COUNT, "hit 1");
            var c = StoreFixtures.claim(db, second.id(), other.id(), "IRNA", Aspect.OUTCOME, "hit");
            var d = StoreFixtures.claim(db, first.id(), other.id(), "Shafaq", Aspect.OUTCOME, "intercepted");
            var repository = new LinkRepository(db);
            var toOther = repository.insert(link(c, b, Relation.ELABORATES));
            var within = repository.insert(link(a, b, Relation.CONTRADICTS));
            var elsewhere = repository.insert(link(d, c, Relation.CONTRADICTS));
            var fromAttack = repository.insert(link(a, d, Relation.CORROBORATES));

            assertThat(repository.forIncident(attack.id())).containsExactly(toOther, within, fromAttack);
            assertThat(repository.forIncident(other.id())).containsExactly(toOther, elsewhere, fromAttack);
            assertThat(repository.forArticle(first.id())).containsExactly(within, elsewhere, fromAttack);
            assertThat(repository.forArticle(second.id())).containsExactly(toOther, within, elsewhere);
        }
    }

    private static ClaimLink link(Claim a, Claim b, Relation relation) {
        return new ClaimLink(0, a.id(), b.id(), relation, Origin.AUTO, LinkStatus.SUGGESTED, null, null, null);
    }

    @Test
    void streamsEveryLinkInIdOrder() {
        try (var db = Database.open(folder.resolve("s.mv.db"))) {
            var article = StoreFixtures.article(db, "Two drones were intercepted.", "Shafaq", null);
            var incident = StoreFixtures.incident(db, LocalDate.of(2023, 10, 19));
            var a = StoreFixtures.claim(db, article.id(), incident.id(), "coalition sources", Aspect.OUTCOME, "hit");
            var b = StoreFixtures.claim(db, article.id(), null, "Shafaq", Aspect.OUTCOME, "intercepted 2");
            var repository = new LinkRepository(db);
            var made = List.of(
                    repository.insert(new ClaimLink(0, a.id(), b.id(), Relation.CONTRADICTS, Origin.AUTO,
                            LinkStatus.SUGGESTED, null, null, null)),
                    repository.insert(new ClaimLink(0, b.id(), a.id(), Relation.REPEATS, Origin.ANALYST,
                            LinkStatus.ACCEPTED, "same wire", "dana", null)));
            var streamed = new ArrayList<ClaimLink>();

            repository.forEach(streamed::add);

            assertThat(streamed).isEqualTo(made);
        }
    }
}
