package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @Test
    void keepsOnlyTheVisibleTextOfBrokenMarkup() throws Exception {
        var text = TextNormalizer.normalize(reader.read(Fixtures.bytes("broken.html")).text());

        assertThat(text).contains("Explosions heard at Conoco gas field base",
                        "Residents of Deir ez-Zor heard several explosions near the Conoco base on Friday, "
                                + "according to local sources.",
                        "Unclosed div and span")
                .doesNotContain("tracking", "nor this", "inline script", "font-family", "Enable JavaScript",
                        "Home", "Copyright footer text", "hidden promo");
    }

    @Test
    void keepsTheArticleAndItsHeadlineButNotThePagesOtherStories() throws Exception {
        var text = TextNormalizer.normalize(reader.read(Fixtures.bytes("news-page.html")).text());

        assertThat(text).startsWith("Drone attack targets Harir base in Erbil province, no casualties")
                .contains("An armed drone targeted Harir air base",
                        "The Islamic Resistance in Iraq claimed responsibility for the attack early on Wednesday.")
                .doesNotContain("Rockets hit Ain al-Asad", "Three rockets struck the Conoco base", "Al-Tanf",
                        "Tower 22", "Share on", "Most read", "briefing", "Middle East");
    }

    @Test
    void readsAPageThatMarksNoArticleWholeButWithoutItsBoilerplate() throws Exception {
        var page = "<html><body class=\"page has-sidebar\"><h1>Rockets hit Conoco</h1><p>Rockets hit the Conoco base "
                + "on Friday, local sources said.</p><div id=\"related-stories\">Drones hit Al-Tanf</div></body></html>";

        var text = TextNormalizer.normalize(reader.read(page.getBytes(StandardCharsets.UTF_8)).text());

        assertThat(text).contains("Rockets hit Conoco", "local sources said").doesNotContain("Al-Tanf");
    }

    @Test
    void separatesParagraphsWithABlankLine() throws Exception {
        var text = TextNormalizer.normalize(reader.read(Fixtures.bytes("broken.html")).text());

        assertThat(text).startsWith("Explosions heard at Conoco gas field base\n\nBy Staff Reporter, Levant Wire\n\n"
                + "Residents of Deir ez-Zor");
    }

    @Test
    void passesOnWhatTheMetaTagsState() throws Exception {
        var embedded = reader.read(Fixtures.bytes("broken.html")).embedded();

        assertThat(embedded.siteName()).isEqualTo("Levant Wire");
        assertThat(embedded.title()).isEqualTo("Explosions heard at Conoco gas field base | Levant Wire");
        assertThat(embedded.publishedTime()).isEqualTo("2024-01-12T09:30:00Z");
    }

    @Test
    void takesThePublicationTimeFromTheArticlesTimeElementWhenNoMetaTagStatesIt() throws Exception {
        var html = "<article><h1>Drone attack</h1><time datetime=\"2024-07-26T08:00:00+03:00\">July 26, 2024</time>"
                + "<p>A drone hit the base.</p></article>";

        var document = reader.read(html.getBytes(StandardCharsets.UTF_8));

        assertThat(document.embedded().publishedTime()).isEqualTo("2024-07-26T08:00:00+03:00");
        assertThat(TextNormalizer.normalize(document.text()))
                .isEqualTo("Drone attack\n\nJuly 26, 2024\n\nA drone hit the base.");
    }

    @Test
    void decodesWithTheCharsetTheMetaTagDeclares() throws Exception {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Frappes près de la base</p></body>";

        var text = reader.read(html.getBytes(StandardCharsets.ISO_8859_1)).text();

        assertThat(text.strip()).isEqualTo("Frappes près de la base");
    }

    @Test
    void detectsArabicWindows1256WhenNothingIsDeclared() throws Exception {
        var html = "<html><body><p>قاعدة عين الأسد تتعرض لهجوم بطائرة مسيرة</p></body></html>";

        var text = reader.read(html.getBytes(TextDecoder.WINDOWS_1256)).text();

        assertThat(text.strip()).isEqualTo("قاعدة عين الأسد تتعرض لهجوم بطائرة مسيرة");
    }

    @Test
    void breaksLinesAtLineBreakTags() throws Exception {
        var text = reader.read("<p>Line one<br>Line two</p><ul><li>first</li><li>second</li></ul>"
                .getBytes(StandardCharsets.UTF_8)).text();

        assertThat(TextNormalizer.normalize(text)).isEqualTo("Line one\nLine two\n\nfirst\n\nsecond");
    }
}
