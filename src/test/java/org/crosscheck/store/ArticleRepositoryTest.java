package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Aspect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    @TempDir
    Path folder;

    @Test
    void aTimeWindowListsTheArticlesPublishedInItAndThoseReportingAnIncidentInIt() {
        try (var database = Database.open(folder.resolve("window.mv.db"))) {
            var undatedReport = StoreFixtures.article(database, "Drones struck the Conoco base on Friday.", null, null);
            var publishedInJanuary = StoreFixtures.article(database, "A drone column about the war.", "IRNA",
                    LocalDate.of(2024, 1, 20));
            var februaryReport = StoreFixtures.article(database, "Rockets hit the Conoco base again.", "SANA",
                    LocalDate.of(2024, 2, 3));
            StoreFixtures.article(database, "An unrelated undated drone story.", null, null);
            var january = StoreFixtures.incident(database, LocalDate.of(2024, 1, 12));
            var february = StoreFixtures.incident(database, LocalDate.of(2024, 2, 2));
            StoreFixtures.claim(database, undatedReport.id(), january.id(), "Sputnik", Aspect.OCCURRENCE, "attack");
            StoreFixtures.claim(database, februaryReport.id(), february.id(), "SANA", Aspect.OCCURRENCE, "attack");
            var articles = new ArticleRepository(database);
            var window = ArticleQuery.all().withWindow(JAN_1, JAN_31);

            assertThat(articles.page(window, 0, 10)).extracting(ArticleSummary::id)
                    .containsExactlyInAnyOrder(undatedReport.id(), publishedInJanuary.id());
            assertThat(articles.count(window)).isEqualTo(2);
            var searched = window.withSearch("drone");
            assertThat(articles.page(searched, 0, 10)).extracting(ArticleSummary::id)
                    .containsExactlyInAnyOrder(undatedReport.id(), publishedInJanuary.id());
            assertThat(articles.count(searched)).isEqualTo(2);
            assertThat(articles.count(ArticleQuery.all().withWindow(LocalDate.of(2024, 2, 1), null))).isEqualTo(1);
        }
    }
}
