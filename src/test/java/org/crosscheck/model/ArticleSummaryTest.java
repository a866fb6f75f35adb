package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleSummaryTest {

    @Test
    void theOpeningIsTheFirstCharactersOfTheTextWithoutSplittingAPair() {
        assertThat(ArticleSummary.opening("Short text.")).isEqualTo("Short text.");
        var text = "x".repeat(ArticleSummary.LEAD_LENGTH + 50);
        assertThat(ArticleSummary.opening(text)).hasSize(ArticleSummary.LEAD_LENGTH);
        var pairAcrossTheEnd = "x".repeat(ArticleSummary.LEAD_LENGTH - 1) + "😀 and more";
        assertThat(ArticleSummary.opening(pairAcrossTheEnd)).isEqualTo("x".repeat(ArticleSummary.LEAD_LENGTH - 1));
    }

    @Test
    void theLeadIsTheOpeningWithItsWhiteSpaceTidied() {
        assertThat(ArticleSummary.lead("  Drones\\n\\n struck   the base.  ".translateEscapes()))
                .isEqualTo("Drones struck the base.");
    }
}
