package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteRoleTest {

    private static final Site BASE = new Site("conoco", "Conoco gas field base", List.of("Conoco"), "SYR",
            "Deir ez-Zor", "base", 35.3, 40.3, 1000);

    @ParameterizedTest(name = "{0}[SITE]{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Rockets were launched from             | toward the base.                  | launch
            Six missiles rained down on the base at |  early on Friday.                 | target
            A drone struck                          | , sources said.                   | target
            ''                                      | in northern Iraq, where coalition troops are based, came under drone attack on Monday. | target
            ''                                      | на севере Ирака, где размещены военные коалиции во главе с США, в понедельник вечером подвергся атаке беспилотника. | target
            Der von US-Truppen genutzte Luftwaffenstützpunkt | im Westen des Irak ist mit vier Raketen beschossen worden. | target
            ''                                      | resumed all civilian and cargo flights on Monday morning, officials told reporters. | other
            """)
    void tellsTheAttackedSiteFromOtherPlaces(String before, String after, String role) {
        var decision = SiteRole.classify(BASE, before + " ", after, true);
        assertThat(decision.role().code()).isEqualTo(role);
    }

    @Test
    void aPlaceFarFromEveryAttackWordInAnAttackSentenceIsNotTheTarget() {
        var decision = SiteRole.classify(BASE, "“Air defences tried to counter the missile attacks with anti-aircraft "
                + "weapons, but the helicopters began to fly over the skies of the cities surrounding its bases” in "
                + "the oil fields ", ".", true);
        assertThat(decision.role()).isEqualTo(SiteRole.OTHER);
        assertThat(decision.fallback()).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' and '                       | true
            ', '                          | true
            ' in Syria, and in '          | true
            ' et '                        | true
            ' was hit hours before rockets flew toward ' | false
            ' '                           | false
            """)
    void knowsWhenTheTextBetweenTwoPlacesOnlyContinuesAList(String between, boolean continues) {
        assertThat(SiteRole.listContinues(between)).isEqualTo(continues);
    }
}
