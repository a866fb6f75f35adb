package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Aspect;
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
