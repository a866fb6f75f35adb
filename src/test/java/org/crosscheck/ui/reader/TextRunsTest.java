package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class TextRunsTest {

    @Test
    void aTextWithoutHighlightsIsOneRun() {
        assertThat(TextRuns.split(12, List.of())).containsExactly(new TextRuns.Run(0, 12, List.of()));
    }

    @Test
    void overlappingHighlightsStackOnTheSharedPart() {
        var claim = new Highlight(new Span(2, 10), "claim", "claim");
        var site = new Highlight(new Span(5, 8), "site", "site");

        var runs = TextRuns.split(12, List.of(claim, site));

        assertThat(runs).containsExactly(
                new TextRuns.Run(0, 2, List.of()),
                new TextRuns.Run(2, 5, List.of(claim)),
                new TextRuns.Run(5, 8, List.of(claim, site)),
                new TextRuns.Run(8, 10, List.of(claim)),
                new TextRuns.Run(10, 12, List.of()));
    }

    @Test
    void aHighlightPastTheEndIsCutAtTheEnd() {
        var runs = TextRuns.split(5, List.of(new Highlight(new Span(3, 9), "x", null)));

        assertThat(runs).extracting(TextRuns.Run::end).containsExactly(3, 5);
    }
}
