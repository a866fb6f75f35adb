package org.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKeyTest {

    @Test
    void ignoresArticlesPossessivesPluralsAndRoleWords() {
        assertThat(SourceKey.of("Sputnik’s regional correspondent"))
                .isEqualTo(SourceKey.of("the Sputnik correspondents"))
                .isEqualTo(SourceKey.of("Sputnik's correspondent"))
                .isEqualTo("sputnik");
    }

    @Test
    void aSpeakerOfRoleWordsOnlyKeepsThem() {
        assertThat(SourceKey.of("local sources")).isEqualTo("local source");
        assertThat(SourceKey.of("the outlet")).isEqualTo("outlet");
    }

    @Test
    void differentNamesStayDifferentSources() {
        assertThat(SourceKey.of("IRNA")).isNotEqualTo(SourceKey.of("Sputnik"));
        assertThat(SourceKey.of("Al-Mayadeen sources")).isEqualTo("al mayadeen");
    }
}
