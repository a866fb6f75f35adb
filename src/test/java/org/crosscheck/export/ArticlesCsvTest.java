package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.crosscheck.model.Article;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Span;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesCsvTest {

    @TempDir
    java.nio.file.Path folder;

    private static Article article(String sha, String title, LocalDate published, DateBasis basis) {
        return new Article(0, "report.txt", sha, "Some text", "Shafaq News", new Span(0, 4), title, null, "en",
                published, basis, null, Instant.parse("2026-11-21T10:15:30.123456Z"));
    }

    @Test
    void writesOneRfc4180RowPerArticle() throws Exception {
        try (var database = Database.open(folder.resolve("csv.mv.db"))) {
            var articles = new ArticleRepository(database);
            articles.insert(article("a".repeat(64), "Rockets, drones and \"claims\"", LocalDate.of(2024, 1, 12),
                    DateBasis.EXPLICIT));
            articles.insert(article("b".repeat(64), null, LocalDate.of(2024, 1, 13), DateBasis.RELATIVE_TO_PUBLISHED));
            articles.insert(article("c".repeat(64), "Line one\nline two", null, null));
            var out = new StringWriter();

            ArticlesCsv.write(articles, out, false);

            var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out.toString())).getRecords();
            assertThat(out.toString()).startsWith(String.join(",", ArticlesCsv.COLUMNS) + "\r\n");
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get("title")).isEqualTo("Rockets, drones and \"claims\"");
            assertThat(records.get(0).get("published")).isEqualTo("2024-01-12");
            assertThat(records.get(0).get("published_basis")).isEqualTo("explicit");
            assertThat(records.get(0).get("imported_at")).isEqualTo("2026-11-21T10:15:30Z");
            assertThat(records.get(0).get("char_count")).isEqualTo("9");
            assertThat(records.get(1).get("published_basis")).isEqualTo("inferred");
            assertThat(records.get(1).get("title")).isEmpty();
            assertThat(records.get(2).get("title")).isEqualTo("Line one\nline two");
            assertThat(records.get(2).get("published")).isEmpty();
            assertThat(records.get(2).get("published_basis")).isEmpty();
        }
    }
}
