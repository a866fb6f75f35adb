package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.ItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleRepositoryTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

    @TempDir
    Path folder;

    @Test
    void theListsSummaryOfAnArticleIsTheSummaryMadeFromTheArticleHeldWhole() {
        try (var database = Database.open(folder.resolve("summary.mv.db"))) {
            var articles = new ArticleRepository(database);
            var text = "Drones struck\n\n  the   Conoco field.\t" + "Residents heard blasts. ".repeat(20);
            var stored = articles.insert(new Article(0, "conoco.txt", "c".repeat(64), text, "IRNA", null,
                    "Drones hit Conoco", null, "en", JAN_1, DateBasis.EXPLICIT, null, Instant.EPOCH));

            var listed = articles.page(ArticleQuery.all(), 0, 10);

            assertThat(listed).containsExactly(ArticleSummary.of(stored));
            assertThat(listed.get(0).lead()).startsWith("Drones struck the Conoco field. Residents")
                    .hasSizeLessThanOrEqualTo(ArticleSummary.LEAD_LENGTH);
        }
    }

    @Test
    void storingAChunkGivesIdsInOrderAndEachOutletOneRowAddedWhereItFirstAppears() {
        try (var database = Database.open(folder.resolve("chunk.mv.db"))) {
            var articles = new ArticleRepository(database);
            articles.insert(article("a", "Kurdistan 24"));

            var stored = articles.insertAll(java.util.List.of(article("b", "IRNA"), article("c", null),
                    article("d", "Kurdistan 24"), article("e", "Shafaq News"), article("f", "IRNA")));

            assertThat(stored).extracting(Article::id).containsExactly(2L, 3L, 4L, 5L, 6L);
            assertThat(stored).extracting(Article::fileName).containsExactly("b.txt", "c.txt", "d.txt", "e.txt",
                    "f.txt");
            assertThat(stored).extracting(one -> articles.find(one.id()).orElseThrow().outlet())
                    .containsExactly("IRNA", null, "Kurdistan 24", "Shafaq News", "IRNA");
            var outlets = database.read(connection -> {
                var names = new ArrayList<String>();
                try (var rows = connection.createStatement().executeQuery("SELECT name FROM outlet ORDER BY id")) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            });
            assertThat(outlets).containsExactly("Kurdistan 24", "IRNA", "Shafaq News");
        }
    }

    @Test
    void metadataWithoutTextMatchesEachArticleHeldWholeInIdOrder() {
        try (var database = Database.open(folder.resolve("metadata.mv.db"))) {
            var articles = new ArticleRepository(database);
            var first = articles.insert(new Article(0, "conoco.txt", "c".repeat(64), "Drones struck the Conoco field.",
                    "IRNA", null, "Drones hit Conoco", null, "en", JAN_1, DateBasis.EXPLICIT, null,
                    Instant.parse("2024-01-02T10:15:30Z")));
            var second = articles.insert(new Article(0, "bare.txt", "d".repeat(64), "نص بلا عنوان", null, null, null,
                    null, "ar", null, null, null, Instant.EPOCH));
            var whole = new ArrayList<Article>();
            articles.forEach(whole::add);

            var metadata = new ArrayList<ArticleMetadata>();
            articles.forEachMetadata(metadata::add);

            assertThat(metadata).extracting(ArticleMetadata::id).containsExactly(first.id(), second.id());
            for (int i = 0; i < whole.size(); i++) {
                var article = whole.get(i);
                assertThat(metadata.get(i)).isEqualTo(new ArticleMetadata(article.id(), article.fileName(),
                        article.sha256(), article.outlet(), article.title(), article.language(), article.published(),
                        article.publishedBasis(), article.importedAt(), article.charCount()));
            }
        }
    }

    @Test
    void tellsWhichContentHashesAreStoredInOneLookup() {
        try (var database = Database.open(folder.resolve("hashes.mv.db"))) {
            var articles = new ArticleRepository(database);
            articles.insertAll(java.util.List.of(article("a", null), article("b", "IRNA")));

            assertThat(articles.storedSha256(java.util.List.of(hash("b"), hash("x"), hash("a"))))
                    .containsExactlyInAnyOrder(hash("a"), hash("b"));
            assertThat(articles.storedSha256(java.util.List.of(hash("x")))).isEmpty();
            assertThat(articles.storedSha256(java.util.List.of())).isEmpty();
        }
    }

    private static Article article(String name, String outlet) {
        return new Article(0, name + ".txt", hash(name), "Rockets struck the base, report " + name + ".", outlet,
                null, null, null, "en", JAN_1, DateBasis.EXPLICIT, null, Instant.EPOCH);
    }

    private static String hash(String name) {
        return name.repeat(64);
    }

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

    @Test
    void reportingArticlesKnownFromTheSummariesGiveTheSameRowsOrderAndCountAsTheJoin() {
        try (var database = Database.open(folder.resolve("known.mv.db"))) {
            var articles = new ArticleRepository(database);
            var random = new SplittableRandom(11);
            var outlets = new String[] {"IRNA", "SANA", "Rudaw", null};
            var titles = new String[] {"Drone strike", "Rockets at dawn", "Ärger am Stützpunkt", null};
            var stored = new ArrayList<Article>();
            for (int i = 0; i < 60; i++) {
                var published = random.nextInt(4) == 0 ? null : JAN_1.plusDays(random.nextInt(70));
                var text = (i % 3 == 0 ? "A drone report " : "A rocket report ") + i + ".";
                stored.add(articles.insert(new Article(0, "file-" + random.nextInt(20) + ".txt",
                        String.format("%064x", i), text, outlets[random.nextInt(outlets.length)], null,
                        titles[random.nextInt(titles.length)], null, i % 2 == 0 ? "en" : "de", published,
                        published == null ? null : DateBasis.EXPLICIT, null, Instant.EPOCH)));
            }
            for (int i = 0; i < 25; i++) {
                var incident = StoreFixtures.incident(database, JAN_1.minusDays(10).plusDays(random.nextInt(90)));
                for (int report = 0; report < 1 + random.nextInt(3); report++) {
                    StoreFixtures.claim(database, stored.get(random.nextInt(stored.size())).id(), incident.id(),
                            "SANA", Aspect.OCCURRENCE, "attack");
                }
            }
            var tag = new TagRepository(database).create("watch", "#336699", null, "test");
            for (int i = 0; i < stored.size(); i += 4) {
                new TagRepository(database).assign(tag.id(), ItemType.ARTICLE, stored.get(i).id(), "test");
            }
            var reporting = ReportingArticles.of(new IncidentRepository(database).summaries(DateRange.ALL));
            var windows = new DateRange[] {new DateRange(JAN_1, JAN_31), new DateRange(LocalDate.of(2024, 2, 10), null),
                new DateRange(null, LocalDate.of(2024, 1, 5)), new DateRange(LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 2, 1))};
            int compared = 0;
            for (var window : windows) {
                for (var sort : ArticleQuery.Sort.values()) {
                    for (var ascending : new boolean[] {true, false}) {
                        for (var tagId : new Long[] {null, tag.id()}) {
                            for (var search : new String[] {null, "drone"}) {
                                var joined = ArticleQuery.all().withSearch(search).withSort(sort, ascending)
                                        .withTag(tagId).withWindow(window.from(), window.to());
                                var known = joined.withWindow(window.from(), window.to(), reporting.in(window));
                                assertThat(ids(articles, known, 0, 100)).as("%s", known)
                                        .containsExactlyElementsOf(ids(articles, joined, 0, 100));
                                assertThat(ids(articles, known, 3, 4)).as("%s", known)
                                        .containsExactlyElementsOf(ids(articles, joined, 3, 4));
                                assertThat(articles.count(known)).as("%s", known).isEqualTo(articles.count(joined));
                                var listing = new ArticleRepository.Listing(articles.count(joined),
                                        articles.page(joined, 0, 7));
                                assertThat(articles.firstPage(known, 7)).as("%s", known).isEqualTo(listing);
                                assertThat(articles.firstPage(joined, 7)).as("%s", joined).isEqualTo(listing);
                                compared += articles.count(known);
                            }
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(200);
        }
    }

    private static java.util.List<Long> ids(ArticleRepository articles, ArticleQuery query, int offset, int limit) {
        return articles.page(query, offset, limit).stream().map(ArticleSummary::id).toList();
    }
}
