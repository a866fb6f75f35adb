package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    @Test
    void keepsTheWordingAndDropsTheMarkup() throws Exception {
        var text = TextNormalizer.normalize(new MarkdownReader().read(Fixtures.bytes("article.md")).text());

        assertThat(text).startsWith("Rockets target Ain al-Asad air base\n\nPublished: 2024-08-05\n\n")
                .contains("Two Katyusha rockets landed inside Ain al-Asad air base in Anbar")
                .contains("\"There were no casualties,\" the source added.")
                .contains("The base hosts US troops.\nIt was targeted several times in 2024.")
                .contains("Satellite view of the base")
                .doesNotContain("#", "**", "](", "https://", "---", "> ");
    }

    @Test
    void turnsSetextHeadingsIntoTheirText() {
        assertThat(MarkdownReader.toPlainText("Attack on Al-Tanf\n=================\n\nBody."))
                .isEqualTo("Attack on Al-Tanf\n\n\nBody.");
    }

    @Test
    void leavesUnderscoresInsideWordsAlone() {
        assertThat(MarkdownReader.toPlainText("see file_name_here and _this_"))
                .isEqualTo("see file_name_here and this");
    }

    @Test
    void keepsTheTextOfReferenceLinksAndDropsTheirDefinitions() {
        assertThat(MarkdownReader.toPlainText("Read [the report][1] today.\n\n[1]: https://example.org/report\n").strip())
                .isEqualTo("Read the report today.");
    }
}
