package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanTextPaneTest {

    @Test
    void putsAParagraphGapOnlyAfterALoneLineBreak() {
        assertThat(SpanTextPane.paragraphGaps("one\ntwo\n\nthree\n")).containsExactly(3, 14);
    }
}
