package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void marksEverySearchWordAtAWordStartIgnoringCase() {
        var text = "Drones hit the base; the airbase and other BASES were spared.";

        var hits = Highlight.searchHits(text, "base drones");

        assertThat(hits).extracting(Highlight::span).extracting(span -> span.of(text))
                .containsExactlyInAnyOrder("base", "BASE", "Drones");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.styleClass()).isEqualTo(Highlight.SEARCH_HIT));
    }

    @Test
    void aBlankSearchMarksNothing() {
        assertThat(Highlight.searchHits("some text", "  ")).isEmpty();
    }

    @Test
    void findsArabicWords() {
        var text = "استهداف قاعدة التنف بطائرات مسيرة";

        assertThat(Highlight.searchHits(text, "التنف")).extracting(Highlight::span)
                .containsExactly(new Span(14, 19));
    }
}
