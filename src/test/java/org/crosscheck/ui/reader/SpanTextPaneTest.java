package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;

class SpanTextPaneTest {

    private static final String TEXT = "one\ntwo\n\nthree\nfour";

    @Test
    void putsAParagraphGapOnlyAfterALoneLineBreak() {
        assertThat(SpanTextPane.paragraphGaps("one\ntwo\n\nthree\n")).containsExactly(3, 14);
    }

    @Test
    void mapsTextOffsetsPastTheGapsAndBack() {
        var gaps = SpanTextPane.paragraphGaps(TEXT);

        assertThat(SpanTextPane.displayOffset(gaps, 3)).isEqualTo(3);
        assertThat(SpanTextPane.displayOffset(gaps, 4)).isEqualTo(5);
        assertThat(SpanTextPane.displayOffset(gaps, TEXT.indexOf("four"))).isEqualTo(TEXT.indexOf("four") + 2);
        IntStream.rangeClosed(0, TEXT.length()).forEach(offset -> assertThat(
                SpanTextPane.textOffset(gaps, SpanTextPane.displayOffset(gaps, offset))).isEqualTo(offset));
    }

    @Test
    void aClickOnAGapLandsAtTheStartOfTheNextParagraph() {
        var gaps = SpanTextPane.paragraphGaps(TEXT);

        assertThat(SpanTextPane.textOffset(gaps, 4)).isEqualTo(4);
    }

    @Test
    void overlappingTintsShowOnlyTheNarrowestAndJoinWhereTheSameOneContinues() {
        var sentence = new Highlight(new Span(0, 20), "claim-weapon", "w", Highlight.Mark.TINT);
        var clause = new Highlight(new Span(5, 10), "claim-damage", "d", Highlight.Mark.TINT);
        var site = new Highlight(new Span(12, 15), ReaderMarks.SITE, "s", Highlight.Mark.UNDERLINE);

        var tints = SpanTextPane.tints(TextRuns.split(25, List.of(sentence, clause, site)));

        assertThat(tints).containsExactly(
                new TextRuns.Run(0, 5, List.of(sentence)),
                new TextRuns.Run(5, 10, List.of(clause)),
                new TextRuns.Run(10, 20, List.of(sentence)));
    }

    @Test
    void underlinesEachLineOfARangeAlongItsBottom() {
        PathElement[] boxes = {
            new MoveTo(10, 0), new LineTo(100, 0), new LineTo(100, 18), new LineTo(10, 18), new LineTo(10, 0),
            new MoveTo(0, 20), new LineTo(40, 20), new LineTo(40, 38), new LineTo(0, 38), new LineTo(0, 20)};

        var lines = SpanTextPane.underlines(boxes);

        assertThat(lines).hasSize(4);
        assertThat(((MoveTo) lines.get(0)).getY()).isEqualTo(17);
        assertThat(((LineTo) lines.get(1)).getX()).isEqualTo(100);
        assertThat(((MoveTo) lines.get(2)).getX()).isZero();
        assertThat(((LineTo) lines.get(3)).getY()).isEqualTo(37);
    }

    @Test
    void explainsTheSiteFirstAndAlikeClaimsOnceWithTheirCount() {
        var claim = new Highlight(new Span(0, 29), "claim-outcome", "Outcome claim: hit\nRule: claim.outcome",
                Highlight.Mark.TINT);
        var site = new Highlight(new Span(11, 18), ReaderMarks.SITE, "Site: Al-Tanf", Highlight.Mark.UNDERLINE);
        var marks = List.of(claim, claim, site);

        assertThat(SpanTextPane.explanationAt(marks, 12)).isEqualTo("Site: Al-Tanf\n\nOutcome claim: hit  ×2\nRule: claim.outcome");
        assertThat(SpanTextPane.explanationAt(marks, 3)).isEqualTo("Outcome claim: hit  ×2\nRule: claim.outcome");
        assertThat(SpanTextPane.explanationAt(marks, 29)).isNull();
    }
}
