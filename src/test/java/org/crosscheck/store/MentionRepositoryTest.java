package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void storesMentionsOfAnArticleInTextOrderAndReplacesThem() {
        try (var db = Database.open(folder.resolve("m.mv.db"))) {
            var article = StoreFixtures.article(db, "Rockets hit Conoco on Friday.", "Sputnik", null);
            var repository = new MentionRepository(db);
            var date = new Mention(0, 0, MentionKind.DATE, new Span(21, 27), "2024-01-12", null, TimePrecision.DAY,
                    DateBasis.INFERRED_FROM_CONTEXT, "weekday", 0.7);
            var site = new Mention(0, 0, MentionKind.SITE, new Span(12, 18), "conoco", "target", null, null,
                    "alias", 0.9);
            repository.replaceForArticle(article.id(), List.of(date, site));

            var stored = repository.forArticle(article.id());
            assertThat(stored).extracting(Mention::value).containsExactly("conoco", "2024-01-12");
            assertThat(stored.get(1).basis()).isEqualTo(DateBasis.INFERRED_FROM_CONTEXT);
            assertThat(stored.get(1).precision()).isEqualTo(TimePrecision.DAY);
            assertThat(stored.get(0).role()).isEqualTo("target");

            repository.replaceForArticle(article.id(), List.of(site));
            assertThat(repository.forArticle(article.id())).hasSize(1);
        }
    }
}
