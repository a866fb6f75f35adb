package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void turnsWindowsAndOldMacLineEndsIntoNewlines() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void trimsTrailingSpacesOnEveryLine() {
        assertThat(TextNormalizer.normalize("first line   \nsecond\t\nthird")).isEqualTo("first line\nsecond\nthird");
    }

    @Test
    void removesNulAndOtherControlCharacters() {
        assertThat(TextNormalizer.normalize("Con\u0000oco\u0007 base")).isEqualTo("Conoco base");
    }

    @Test
    void composesCharactersToNfc() {
        assertThat(TextNormalizer.normalize("frappe\u0301")).isEqualTo("frappé");
    }

    @Test
    void keepsOneBlankLineBetweenParagraphsAndNoneAtTheEnds() {
        assertThat(TextNormalizer.normalize("\n\n  \nfirst\n\n\n\n \nsecond\n\n")).isEqualTo("first\n\nsecond");
    }

    @Test
    void givesTheSameTextForTheSameArticleSavedDifferently() {
        var windows = "\uFEFFHeadline\r\n\r\nBody text.  \r\n";
        var unix = "Headline\n\nBody text.\n";

        assertThat(TextNormalizer.normalize(windows)).isEqualTo(TextNormalizer.normalize(unix));
    }

    @Test
    void cleansWhatAnEarlierStepUncovers() {
        assertThat(TextNormalizer.normalize("one \u0001\r\n\r\n\r\n\u00A0\u0085two\u00A0")).isEqualTo("one\n\ntwo");
    }

    @Test
    void leavesCleanTextAsItIs() {
        var clean = "Headline\n\nFirst paragraph, with\ttabs inside.\nSecond line.";

        assertThat(TextNormalizer.normalize(clean)).isEqualTo(clean);
    }
}
