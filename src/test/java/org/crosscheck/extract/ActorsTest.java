package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorsTest {

    private static final Actors ACTORS = Actors.bundled();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Islamic Resistance in Iraq                              | Islamic Resistance in Iraq
            the Islamic Resistance of Iraq                          | Islamic Resistance in Iraq
            IRI                                                     | Islamic Resistance in Iraq
            المقاومة الإسلامية في العراق                              | Islamic Resistance in Iraq
            la Résistance islamique en Irak                         | Islamic Resistance in Iraq
            la Resistencia Islámica en Irak                         | Islamic Resistance in Iraq
            a Resistência Islâmica no Iraque                        | Islamic Resistance in Iraq
            Perlawanan Islam di Irak                                | Islamic Resistance in Iraq
            The Mujahideen of the Islamic Resistance in Iraq        | Islamic Resistance in Iraq
            Kata'ib Hizballah                                       | Kataib Hezbollah
            كتائب حزب الله                                            | Kataib Hezbollah
            Saraya Awliya al-Dam                                    | Saraya Awliya al-Dam
            """)
    void givesEveryKnownClaimantOneName(String phrase, String canonical) {
        assertThat(ACTORS.actor(phrase)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the Pentagon                              | Pentagon
            US Department of Defense                  | Pentagon
            the U.S. Department of Defense            | Pentagon
            DoD                                       | Pentagon
            le Pentagone                              | Pentagon
            CENTCOM                                   | US Central Command
            l'Observatoire syrien des droits de l'homme | Syrian Observatory for Human Rights
            المرصد السوري لحقوق الإنسان                 | Syrian Observatory for Human Rights
            Сирийская обсерватория по правам человека | Syrian Observatory for Human Rights
            Syrischen Beobachtungsstelle für Menschenrechte | Syrian Observatory for Human Rights
            Пентагоне                                 | Pentagon
            Department of Defense spokesman Pat Ryder | Department of Defense spokesman Pat Ryder
            """)
    void namesASpeakerCanonicallyOnlyWhenTheWholePhraseNamesTheBody(String phrase, String canonical) {
        assertThat(ACTORS.speaker(phrase)).isEqualTo(canonical);
    }
}
