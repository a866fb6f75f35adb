package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
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
}
