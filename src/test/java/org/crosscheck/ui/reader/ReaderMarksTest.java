package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

class ReaderMarksTest {

    private static final Mention CONOCO = new Mention(1, 7, MentionKind.SITE, new Span(40, 46), "conoco", "target",
            null, null, "site.alias+target.attack-verb", 0.9);
    private static final Mention FRIDAY = new Mention(2, 7, MentionKind.DATE, new Span(60, 66), "2024-01-12", null,
            TimePrecision.DAY, DateBasis.RELATIVE_TO_PUBLISHED, "date.weekday", 0.75);
    private static final Claim DESTROYED = claim(Aspect.DAMAGE, "destroyed");
    private static final Claim ROCKETS = claim(Aspect.WEAPON, "rocket");
    private static final ArticleMarks MARKS = new ArticleMarks(7, List.of(CONOCO, FRIDAY), List.of(ROCKETS, DESTROYED),
            Map.of("conoco", "Conoco gas field base"));

    @Test
    void explainsAClaimWithItsValueSpeakerCueStanceRuleAndConfidence() {
        var highlight = ReaderMarks.claim(DESTROYED);

        assertThat(highlight.styleClass()).isEqualTo("claim-damage");
        assertThat(highlight.mark()).isEqualTo(Highlight.Mark.TINT);
        assertThat(highlight.tooltip()).isEqualTo("""
                Damage claim: destroyed
                Speaker: Sputnik correspondents · cue “reported” · not confirmed
                Rule: claim.damage · confidence 0.65""");
    }

    @Test
    void explainsADateWithItsPrecisionAndBasis() {
        assertThat(ReaderMarks.mention(FRIDAY, null).tooltip()).isEqualTo("""
                Date: 2024-01-12
                Precision: day · basis: relative to publication
                Rule: date.weekday · confidence 0.75""");
    }

    @Test
    void namesTheSiteOfASiteMentionAndUnderlinesIt() {
        var highlights = ReaderMarks.highlights(MARKS, true, false, false);

        assertThat(highlights).singleElement().satisfies(site -> {
            assertThat(site.mark()).isEqualTo(Highlight.Mark.UNDERLINE);
            assertThat(site.styleClass()).isEqualTo(ReaderMarks.SITE);
            assertThat(site.tooltip()).startsWith("Site: Conoco gas field base (target)\nRule: site.alias");
        });
    }

    @Test
    void putsTheMoreTellingAspectFirstSoItColoursASharedSentence() {
        var highlights = ReaderMarks.highlights(MARKS, false, false, true);

        assertThat(highlights).extracting(Highlight::styleClass).containsExactly("claim-damage", "claim-weapon");
        assertThat(List.of(Aspect.OCCURRENCE, Aspect.WEAPON, Aspect.CASUALTIES).stream()
                .sorted(ReaderMarks.TELLING_FIRST)).containsExactly(Aspect.CASUALTIES, Aspect.WEAPON, Aspect.OCCURRENCE);
    }

    private static Claim claim(Aspect aspect, String value) {
        return new Claim(0, 7, 3L, new Span(0, 50), "the base was destroyed by rockets", "Sputnik correspondents",
                "reported", aspect, value, Stance.NOT_CONFIRMED, "claim." + aspect.code(), 0.65, Origin.AUTO, null,
                Instant.EPOCH);
    }
}
