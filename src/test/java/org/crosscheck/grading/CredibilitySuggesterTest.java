package org.crosscheck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.grading.Claims.claim;
import static org.crosscheck.grading.Claims.link;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

class CredibilitySuggesterTest {

    private static final Map<Long, String> OUTLETS = Map.of(1L, "Sputnik", 2L, "TRIBUNNEWS.COM", 3L, "IRNA",
            4L, "The Cradle");

    private final CredibilitySuggester suggester = new CredibilitySuggester();

    private static Evidence evidence(List<Claim> claims, List<ClaimLink> links) {
        return new Evidence(claims, links, OUTLETS, Set.of(1L, 2L, 3L, 4L));
    }

    @Test
    void aClaimNobodyElseSpeaksToCannotBeJudged() {
        var alone = claim(1, 1, "Sputnik correspondent", Aspect.COUNT, "6 missile", Stance.ASSERTS);

        var suggestion = suggester.suggest(alone, evidence(List.of(alone), List.of()));

        assertThat(suggestion).isEqualTo(new Suggestion<>(6, "cannot be judged: no independent source speaks to it"));
    }

    @Test
    void repetitionOfTheSameSentenceIsNotCorroboration() {
        var original = claim(1, 1, "Sputnik correspondent", Aspect.COUNT, "6 missile", Stance.ASSERTS);
        var relayed = claim(2, 2, "a Sputnik reporter", Aspect.COUNT, "6 missile", Stance.ASSERTS);
        var repeats = link(1, 1, 2, Relation.REPEATS, LinkStatus.SUGGESTED);

        var suggestion = suggester.suggest(original, evidence(List.of(original, relayed), List.of(repeats)));

        assertThat(suggestion.value()).isEqualTo(6);
        assertThat(suggestion.reason()).contains("only relayed by 1 report of the same source");
    }

    @Test
    void oneOtherIndependentSourceMakesItProbablyTrue() {
        var sputnik = claim(1, 1, "Sputnik correspondent", Aspect.OUTCOME, "intercepted 2, hit 1", Stance.ASSERTS);
        var pentagon = claim(2, 3, "the Pentagon", Aspect.OUTCOME, "Intercepted 2,  hit 1", Stance.ASSERTS);

        var suggestion = suggester.suggest(sputnik, evidence(List.of(sputnik, pentagon), List.of()));

        assertThat(suggestion).isEqualTo(new Suggestion<>(2, "corroborated by 2 independent sources"));
    }

    @Test
    void twoOtherIndependentSourcesConfirmIt() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.WEAPON, "drone", Stance.ASSERTS);
        var b = claim(2, 3, "IRNA", Aspect.WEAPON, "drone", Stance.ASSERTS);
        var c = claim(3, 4, "Pat Ryder", Aspect.COUNT, "3 drone", Stance.ASSERTS);
        var corroborates = link(1, 3, 1, Relation.CORROBORATES, LinkStatus.ACCEPTED);

        var suggestion = suggester.suggest(a, evidence(List.of(a, b, c), List.of(corroborates)));

        assertThat(suggestion).isEqualTo(new Suggestion<>(1, "confirmed by 2 other independent sources"));
    }

    @Test
    void theSameSpeakerInTwoOutletsIsOneSource() {
        var a = claim(1, 1, "The Pentagon", Aspect.DAMAGE, "none", Stance.ASSERTS);
        var b = claim(2, 2, "Pentagon", Aspect.DAMAGE, "none", Stance.ASSERTS);

        assertThat(suggester.suggest(a, evidence(List.of(a, b), List.of())).value()).isEqualTo(6);
    }

    @Test
    void contradictionsLowerTheGradeAndRejectedLinksCountForNothing() {
        var a = claim(1, 1, "Islamic Resistance in Iraq", Aspect.OUTCOME, "hit", Stance.ASSERTS);
        var b = claim(2, 3, "Pat Ryder", Aspect.OUTCOME, "intercepted", Stance.ASSERTS);
        var c = claim(3, 4, "local sources", Aspect.OUTCOME, "intercepted", Stance.ASSERTS);
        var ab = link(1, 1, 2, Relation.CONTRADICTS, LinkStatus.SUGGESTED);
        var ac = link(2, 1, 3, Relation.CONTRADICTS, LinkStatus.ACCEPTED);
        var rejected = link(3, 1, 3, Relation.CONTRADICTS, LinkStatus.REJECTED);

        assertThat(suggester.suggest(a, evidence(List.of(a, b, c), List.of(ab, ac))))
                .isEqualTo(new Suggestion<>(5, "contradicted by 2 independent sources"));
        assertThat(suggester.suggest(a, evidence(List.of(a, b, c), List.of(ab, rejected))))
                .isEqualTo(new Suggestion<>(4, "contradicted by 1 independent source"));
    }

    @Test
    void corroboratedAndContradictedIsPossiblyTrue() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.COUNT, "2 rocket", Stance.ASSERTS);
        var b = claim(2, 3, "IRNA", Aspect.COUNT, "2 rocket", Stance.ASSERTS);
        var c = claim(3, 4, "the Pentagon", Aspect.COUNT, "10 rocket", Stance.ASSERTS);
        var ac = link(1, 1, 3, Relation.CONTRADICTS, LinkStatus.SUGGESTED);

        assertThat(suggester.suggest(a, evidence(List.of(a, b, c), List.of(ac))))
                .isEqualTo(new Suggestion<>(3, "corroborated by 1 independent source, contradicted by 1 independent source"));
    }
}
