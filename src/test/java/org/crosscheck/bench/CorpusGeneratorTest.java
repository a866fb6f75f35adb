package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    private static final int ARTICLES = 300;

    @TempDir
    Path folder;

    private static CorpusGenerator generator(long seed) {
        return new CorpusGenerator(seed, ARTICLES, SitesCsv.bundled());
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        var first = generator(42).writeTo(folder.resolve("a"), Progress.NONE);
        var second = generator(42).writeTo(folder.resolve("b"), Progress.NONE);

        assertThat(first).hasSize(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(second.get(i).getFileName()).isEqualTo(first.get(i).getFileName());
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void writesDifferentArticlesForAnotherSeed() {
        assertThat(generator(1).article(7).text()).isNotEqualTo(generator(2).article(7).text());
    }

    @Test
    void writesOneFilePerArticleIntoTheFolder() throws IOException {
        generator(3).writeTo(folder, Progress.NONE);

        try (var files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".txt")).count()).isEqualTo(ARTICLES);
        }
    }

    @Test
    void writesArticlesOfAboutThreeKilobytes() {
        var generator = generator(4);
        IntStream.range(0, ARTICLES).forEach(i -> assertThat(
                generator.article(i).text().getBytes(StandardCharsets.UTF_8).length).isBetween(2900, 4500));
    }

    @Test
    void writesEverySupportedLanguage() {
        var generator = generator(5);
        var languages = new HashSet<String>();
        IntStream.range(0, ARTICLES).forEach(i -> languages.add(generator.article(i).fileName().substring(7, 9)));

        assertThat(languages).containsExactlyInAnyOrder("en", "ar", "fr", "es", "pt", "id");
    }

    @Test
    void namesGazetteerSitesInTheirLanguage() {
        var generator = generator(6);
        var aliases = SitesCsv.bundled().stream().flatMap(site -> site.aliases().stream()).toList();
        IntStream.range(0, 50).forEach(i -> {
            var text = generator.article(i).text();
            assertThat(aliases).anyMatch(text::contains);
        });
    }

    @Test
    void relaysWireCopyWordForWordAcrossArticles() {
        var generator = generator(7);
        var paragraphsSeen = new HashMap<String, Integer>();
        IntStream.range(0, ARTICLES).forEach(i -> List.of(generator.article(i).text().split("\n\n"))
                .forEach(paragraph -> paragraphsSeen.merge(paragraph, 1, Integer::sum)));
        var background = Phrasebook.ALL.stream().flatMap(book -> book.background().stream()).toList();

        assertThat(paragraphsSeen.entrySet()).anyMatch(entry -> entry.getValue() > 1
                && background.stream().noneMatch(entry.getKey()::contains));
    }

    @Test
    void statesThePublicationDateAndWeekdayOfTheAttack() {
        var english = IntStream.range(0, ARTICLES).mapToObj(generator(8)::article)
                .filter(article -> article.fileName().contains("-en")).map(CorpusGenerator.GeneratedArticle::text)
                .toList();

        assertThat(english).anyMatch(text -> text.contains("Published on "));
        assertThat(english).allMatch(text -> text.matches("(?s).*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*"));
        assertThat(english).anyMatch(text -> text.matches("(?s).*(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, 20\\d\\d.*"));
    }
}
