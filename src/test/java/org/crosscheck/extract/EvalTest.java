package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.crosscheck.ingest.SitesCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Floors on the gold set, so extraction quality cannot slip unnoticed. */
class EvalTest {

    @TempDir
    Path folder;

    @Test
    void holdsTheQualityFloorsOnTheGoldSet() throws IOException, URISyntaxException {
        var gold = GoldArticle.readFolder(Path.of(getClass().getResource("/gold").toURI()));
        assertThat(gold).hasSizeGreaterThanOrEqualTo(40);

        var result = Evaluation.run(gold, SitesCsv.bundled(), folder);

        var scores = result.scores();
        assertThat(scores.get("sites").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("sites").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("dates").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("dates").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("grouping").f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("claims").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("claims").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("links").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.get("links").recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.warmMedianMillisPerArticle()).isPositive();
    }

    @Test
    void readsTheGoldFormat() throws IOException {
        var article = GoldArticle.read("x", "text", new java.io.StringReader("""
                # comment
                outlet,Wire
                published,2024-01-21
                incident,ain-al-asad,2024-01-20
                claim,ain-al-asad,Count,4  rocket
                link,repeats,y,ain-al-asad
                """));
        assertThat(article.outlet()).isEqualTo("Wire");
        assertThat(article.incidents()).containsExactly("ain-al-asad|2024-01-20");
        assertThat(article.claims()).containsExactly("ain-al-asad|count|4 rocket");
        assertThat(article.links()).containsExactly("repeats|y|ain-al-asad");
    }
}
