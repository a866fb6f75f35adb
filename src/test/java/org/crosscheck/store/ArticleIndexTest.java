package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

    @TempDir
    Path folder;

    private static Article article(String file, String title, String text, String language, LocalDate published) {
        return new Article(0, file, String.format("%064x", (file + text).hashCode() & 0xffffffffL), text, null, null,
                title, null, language, published, published == null ? null : DateBasis.EXPLICIT, null,
                Instant.parse("2024-01-13T00:00:00Z"));
    }

    private static int count(ArticleRepository articles, String search) {
        return articles.count(ArticleQuery.all().withSearch(search));
    }

    @Test
    void findsEnglishPluralsAndTheStartOfTheLastWordButNotOfEarlierOnes() {
        try (var db = Database.open(folder.resolve("words.mv.db"))) {
            var articles = new ArticleRepository(db);
            articles.insert(article("a.txt", "Strike", "Two drones struck the Conoco base on Friday.", "en", null));

            assertThat(count(articles, "drone")).isEqualTo(1);
            assertThat(count(articles, "Drones CONOCO")).isEqualTo(1);
            assertThat(count(articles, "drones Cono")).isEqualTo(1);
            assertThat(count(articles, "Cono drones")).isZero();
            assertThat(count(articles, "strike")).as("the title is searched too").isEqualTo(1);
            assertThat(count(articles, "drones tanf")).as("every word must match").isZero();
            assertThat(count(articles, "!!!")).isZero();
        }
    }

    @Test
    void findsArabicWithAndWithoutTheArticleAndFrenchWithoutAccentsOrElision() {
        try (var db = Database.open(folder.resolve("languages.mv.db"))) {
            var articles = new ArticleRepository(db);
            articles.insert(article("ar.txt", null, "استهدفت طائرات مسيرة القاعدة الأمريكية في التنف.", "ar", null));
            articles.insert(article("fr.txt", null, "L'armée américaine a été visée à la base d'Al-Tanf.", "fr", null));

            assertThat(count(articles, "قاعدة")).isEqualTo(1);
            assertThat(count(articles, "القاعده")).as("ta marbuta written as ha").isEqualTo(1);
            assertThat(count(articles, "الأمريكي")).as("start of the last word").isEqualTo(1);
            assertThat(count(articles, "armee americaine")).isEqualTo(1);
            assertThat(count(articles, "armée")).isEqualTo(1);
        }
    }

    @Test
    void filtersByDateAndPagesInTheListOrderWithUndatedArticlesLast() {
        try (var db = Database.open(folder.resolve("order.mv.db"))) {
            var articles = new ArticleRepository(db);
            var undated = articles.insert(article("u.txt", "C", "Rockets hit Conoco.", "en", null));
            var early = articles.insert(article("e.txt", "B", "Rockets hit Conoco again.", "en", LocalDate.of(2024, 1, 5)));
            var late = articles.insert(article("l.txt", "A", "More rockets hit Conoco.", "en", LocalDate.of(2024, 2, 5)));
            var query = ArticleQuery.all().withSearch("rockets");

            assertThat(ids(articles, query, 0, 10)).containsExactly(early.id(), late.id(), undated.id());
            assertThat(ids(articles, query.withSort(ArticleQuery.Sort.PUBLISHED, false), 0, 10))
                    .containsExactly(late.id(), early.id(), undated.id());
            assertThat(ids(articles, query.withSort(ArticleQuery.Sort.TITLE, true), 1, 10))
                    .containsExactly(early.id(), undated.id());
            var january = query.withWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
            assertThat(articles.count(january)).isEqualTo(1);
            assertThat(articles.page(january, 0, 10)).extracting(ArticleSummary::title).containsExactly("B");
        }
    }

    private static java.util.List<Long> ids(ArticleRepository articles, ArticleQuery query, int offset, int limit) {
        return articles.page(query, offset, limit).stream().map(ArticleSummary::id).toList();
    }

    @Test
    void chunksStoredInQuickSuccessionAreFoundAtOnceAndOnceAfterReopening() {
        var file = folder.resolve("chunks.mv.db");
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);
            for (int chunk = 0; chunk < 5; chunk++) {
                articles.insertAll(List.of(
                        article("a" + chunk + ".txt", null, "Rockets hit Conoco, chunk " + chunk + ".", "en", null),
                        article("b" + chunk + ".txt", null, "Drones hit Tanf, chunk " + chunk + ".", "en", null)));
                assertThat(count(articles, "rockets")).isEqualTo(chunk + 1);
            }
        }
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);

            assertThat(count(articles, "rockets")).isEqualTo(5);
            assertThat(count(articles, "drones tanf")).isEqualTo(5);
        }
    }

    @Test
    void openingIndexesArticlesStoredWhileTheIndexMissedThemAndForgetsRemovedOnes() {
        var file = folder.resolve("catchup.mv.db");
        long doomed;
        try (var db = Database.open(file)) {
            doomed = new ArticleRepository(db).insert(article("a.txt", null, "Drones hit Tower 22.", "en", null)).id();
            // What a crash between the H2 commit and the index commit leaves: rows the index never saw.
            db.write(connection -> {
                var statement = connection.createStatement();
                statement.executeUpdate("INSERT INTO article (file_name, sha256, opening, title, language, "
                        + "imported_at, char_count) VALUES ('b.txt', '" + "b".repeat(64)
                        + "', 'Rockets hit Conoco.', 'Conoco', 'en', CURRENT_TIMESTAMP, 19)");
                return statement.executeUpdate("INSERT INTO article_text (article_id, text) "
                        + "SELECT id, 'Rockets hit Conoco.' FROM article WHERE file_name = 'b.txt'");
            });
        }
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);
            assertThat(count(articles, "conoco")).isEqualTo(1);
            assertThat(count(articles, "tower")).isEqualTo(1);
            db.write(connection -> connection.createStatement().executeUpdate("DELETE FROM article WHERE id = " + doomed));
        }
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);
            assertThat(count(articles, "tower")).isZero();
            assertThat(count(articles, "conoco")).isEqualTo(1);
        }
    }

    @Test
    void anEditIsSearchableAtOnceAndAgainAfterACrashThatLostItFromTheIndex() {
        var file = folder.resolve("edits.mv.db");
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);
            var stored = articles.insert(article("a.txt", "Old headline", "Drones hit Tower 22.", "en", null));
            articles.updateHeader(stored.id(), "IRNA", "Fresh headline", LocalDate.of(2024, 1, 28), "analyst");
            assertThat(count(articles, "fresh")).isEqualTo(1);
            assertThat(articles.count(ArticleQuery.all().withSearch("tower")
                    .withWindow(LocalDate.of(2024, 1, 28), LocalDate.of(2024, 1, 28)))).isEqualTo(1);
            // An edit committed in H2 whose index update a crash lost: only the queue row records it.
            db.write(connection -> connection.createStatement().executeUpdate("UPDATE article SET title = "
                    + "'Crash headline' WHERE id = " + stored.id()));
            db.write(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO article_reindex (article_id) VALUES (" + stored.id() + ")"));
        }
        try (var db = Database.open(file)) {
            var articles = new ArticleRepository(db);
            assertThat(count(articles, "crash headline")).isEqualTo(1);
            assertThat(count(articles, "fresh")).isZero();
        }
    }

    @Test
    void anUnreadableIndexIsBuiltAgainFromTheDatabase() throws Exception {
        var file = folder.resolve("broken.mv.db");
        try (var db = Database.open(file)) {
            new ArticleRepository(db).insert(article("a.txt", null, "Drones hit Tower 22.", "en", null));
        }
        try (var files = Files.list(ArticleIndex.folderFor(file))) {
            for (var indexFile : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(indexFile, new byte[] {1, 2, 3});
            }
        }
        try (var db = Database.open(file)) {
            assertThat(count(new ArticleRepository(db), "tower")).isEqualTo(1);
        }
    }
}
