package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Aspect;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimFinderTest {

    private static java.util.List<ExtractedClaim> claims(String sentence) {
        var attribution = ClaimFinder.attribution(sentence);
        return ClaimFinder.claims(sentence, FoldedText.fold(sentence), new Span(0, sentence.length()),
                attribution == null ? "Outlet" : attribution.speaker(), attribution == null ? null : attribution.cue(),
                attribution == null ? "attribution.outlet" : attribution.rule());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Six missiles rained down on the base.                                      | count      | 6 missile
            The base was targeted by a drone and four rockets.                         | count      | 1 drone; 4 rocket
            Coalition forces intercepted and downed two of the drones, but the third managed to target the base. | outcome | intercepted 2; hit 1
            Two drones were shot down before reaching the compound.                    | outcome    | intercepted 2
            The drones achieved direct hits.                                           | outcome    | hit
            The sources said there was no information regarding damage so far.        | damage     | not reported
            The official said the rockets caused no damage.                            | damage     | none
            The large rocket attack destroyed the base.                                | damage     | destroyed
            The attack caused some minor damage to infrastructure.                     | damage     | damaged
            Three soldiers were killed and 34 others injured in the attack.            | casualties | killed 3; injured 34
            The Pentagon said the attack caused no casualties.                         | casualties | killed 0; injured 0
            The Islamic Resistance in Iraq claimed responsibility for the attack.      | responsibility | Islamic Resistance in Iraq
            The strike was claimed by the Kataib Hezbollah resistance faction.         | responsibility | Kataib Hezbollah
            The Iraqi Resistance has not confirmed the attack.                         | confirmation | not confirmed
            Trois roquettes ont visé la base, selon des sources locales.               | count      | 3 rocket
            La base fue atacada con cuatro cohetes.                                    | count      | 4 rocket
            A base foi atacada com dois foguetes, sem causar danos.                    | damage     | none
            Pangkalan itu diserang dengan dua roket.                                   | count      | 2 rocket
            استهدفت المقاومة قاعدة حرير بطائرتين مسيرتين                                  | count      | 2 drone
            """)
    void normalisesClaimValues(String sentence, String aspect, String value) {
        assertThat(claims(sentence.strip())).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                .contains(aspect.strip() + "=" + value.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pentagon press secretary Pat Ryder said the drone struck the base.          | Pentagon press secretary Pat Ryder | said
            Rockets hit the base, according to local sources.                          | local sources | according to
            Iranian state IRNA said the base came under attack.                        | Iranian state IRNA | said
            Trois roquettes ont visé la base, selon des sources locales.               | des sources locales | selon
            La base fue atacada, según el Observatorio Sirio.                           | Observatorio Sirio | según
            Pangkalan diserang roket, menurut Observatorium Suriah.                    | Observatorium Suriah | menurut
            """)
    void findsTheSpeakerAndTheCue(String sentence, String speaker, String cue) {
        var attribution = ClaimFinder.attribution(sentence.strip());
        assertThat(attribution).isNotNull();
        assertThat(attribution.speaker()).isEqualTo(speaker.strip());
        assertThat(attribution.cue()).isEqualToIgnoringCase(cue.strip());
    }

    @Test
    void aDenialDeniesTheOccurrence() {
        assertThat(claims("A U.S. official denied that any drone struck the base."))
                .filteredOn(claim -> claim.aspect() == Aspect.OCCURRENCE)
                .singleElement().extracting(ExtractedClaim::stance).isEqualTo(Stance.DENIES);
    }
}
