package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static java.util.List<String> texts(String text) {
        return Sentences.split(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsEndNoSentence() {
        assertThat(texts("On Oct. 17 the U.S. military said Maj. Gen. Pat Ryder spoke. Rockets hit the base."))
                .containsExactly("On Oct. 17 the U.S. military said Maj. Gen. Pat Ryder spoke.", "Rockets hit the base.");
    }

    @Test
    void aTimeOfDayFollowedByItsZoneEndsNoSentence() {
        assertThat(texts("On Jan. 20, at approximately 6:30 p.m. (Baghdad time), militants launched rockets. "
                + "Most were intercepted."))
                .containsExactly("On Jan. 20, at approximately 6:30 p.m. (Baghdad time), militants launched rockets.",
                        "Most were intercepted.");
        assertThat(texts("The drone struck at 4 a.m. The base was evacuated."))
                .containsExactly("The drone struck at 4 a.m.", "The base was evacuated.");
    }

    @Test
    void aLineBreakEndsASentenceAndAnEmptyLineAParagraph() {
        var sentences = Sentences.split("Headline without a stop\n\nفي هجوم. ثم انفجار؟ Then more.");

        assertThat(sentences).extracting(Sentences.Sentence::text)
                .containsExactly("Headline without a stop", "في هجوم.", "ثم انفجار؟", "Then more.");
        assertThat(sentences).extracting(Sentences.Sentence::paragraph).containsExactly(0, 1, 1, 1);
    }
}
