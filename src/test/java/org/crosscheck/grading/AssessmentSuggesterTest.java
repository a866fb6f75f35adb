package org.crosscheck.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.grading.Claims.claim;
import static org.crosscheck.grading.Claims.link;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;

class AssessmentSuggesterTest {

    private static final Map<Long, String> OUTLETS = Map.of(1L, "Sputnik", 2L, "TRIBUNNEWS.COM", 3L, "IRNA");

    private final AssessmentSuggester suggester = new AssessmentSuggester();

    private static Evidence evidence(Set<Long> reports, List<Claim> claims, List<ClaimLink> links) {
        return new Evidence(claims, links, OUTLETS, reports);
    }

    @Test
    void oneReportIsSingleSource() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);

        assertThat(suggester.suggest(evidence(Set.of(1L), List.of(a), List.of())))
                .isEqualTo(new Suggestion<>(Assessment.SINGLE_SOURCE, "one report"));
    }

    @Test
    void reportsThatRelayOneSourceAreWeak() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);
        var b = claim(2, 2, "Sputnik's correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);
        var repeats = link(1, 1, 2, Relation.REPEATS, LinkStatus.SUGGESTED);

        assertThat(suggester.suggest(evidence(Set.of(1L, 2L), List.of(a, b), List.of(repeats))))
                .isEqualTo(new Suggestion<>(Assessment.WEAK, "2 reports, all relaying one source"));
    }

    @Test
    void rejectingTheRepeatsLinkMakesTwoIndependentSourcesFair() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);
        var b = claim(2, 2, "Sputnik's correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);
        var rejected = link(1, 1, 2, Relation.REPEATS, LinkStatus.REJECTED);

        assertThat(suggester.suggest(evidence(Set.of(1L, 2L), List.of(a, b), List.of(rejected))))
                .isEqualTo(new Suggestion<>(Assessment.FAIR, "reported by 2 independent sources, no open conflict"));
    }

    @Test
    void anOpenContradictionBetweenSourcesIsContested() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.COUNT, "2 rocket", Stance.ASSERTS);
        var b = claim(2, 3, "IRNA", Aspect.COUNT, "10 rocket", Stance.ASSERTS);
        var contradicts = link(1, 1, 2, Relation.CONTRADICTS, LinkStatus.SUGGESTED);

        assertThat(suggester.suggest(evidence(Set.of(1L, 3L), List.of(a, b), List.of(contradicts))))
                .isEqualTo(new Suggestion<>(Assessment.CONTESTED, "1 open conflict between independent sources"));
        var rejected = link(1, 1, 2, Relation.CONTRADICTS, LinkStatus.REJECTED);
        assertThat(suggester.suggest(evidence(Set.of(1L, 3L), List.of(a, b), List.of(rejected))).value())
                .isEqualTo(Assessment.FAIR);
    }

    @Test
    void anOfficialConfirmationConfirms() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);
        var b = claim(2, 3, "the Pentagon", Aspect.CONFIRMATION, "confirmed", Stance.ASSERTS);

        assertThat(suggester.suggest(evidence(Set.of(1L, 3L), List.of(a, b), List.of())))
                .isEqualTo(new Suggestion<>(Assessment.CONFIRMED, "confirmed by the Pentagon"));
    }

    @Test
    void notConfirmedDoesNotConfirm() {
        var a = claim(1, 1, "the Pentagon", Aspect.CONFIRMATION, "not confirmed", Stance.ASSERTS);

        assertThat(suggester.suggest(evidence(Set.of(1L), List.of(a), List.of())).value())
                .isEqualTo(Assessment.SINGLE_SOURCE);
    }

    @Test
    void aDeniedOccurrenceNobodyAssertsIsDiscountedAndOneSomebodyAssertsIsContested() {
        var denial = claim(1, 3, "the Pentagon", Aspect.OCCURRENCE, "attack", Stance.DENIES);
        var claimOfAttack = claim(2, 1, "Islamic Resistance in Iraq", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);

        assertThat(suggester.suggest(evidence(Set.of(3L), List.of(denial), List.of())))
                .isEqualTo(new Suggestion<>(Assessment.DISCOUNTED,
                        "occurrence denied by the Pentagon and asserted by no independent source"));
        assertThat(suggester.suggest(evidence(Set.of(1L, 3L), List.of(denial, claimOfAttack), List.of())))
                .isEqualTo(new Suggestion<>(Assessment.CONTESTED, "occurrence denied by the Pentagon"));
    }

    @Test
    void aReportWithoutClaimsStillCountsAsASource() {
        var a = claim(1, 1, "Sputnik correspondent", Aspect.OCCURRENCE, "attack", Stance.ASSERTS);

        assertThat(suggester.suggest(evidence(Set.of(1L, 3L), List.of(a), List.of())).value())
                .isEqualTo(Assessment.FAIR);
    }
}
