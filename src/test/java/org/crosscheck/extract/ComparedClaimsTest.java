package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparedClaimsTest {

    private static final Map<Long, String> OUTLETS = Map.of(1L, "Levant Wire", 2L, "Relay News", 3L, "Tribun");

    private static Claim claim(long id, long article, int start, String quote, String speaker, Aspect aspect,
                               String value) {
        return new Claim(id, article, 1L, new Span(start, start + quote.length()), quote, speaker, "said", aspect,
                value, Stance.ASSERTS, "attribution.speaker-verb", 0.8, Origin.AUTO, null, null);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            At least three rockets targeted U.S. forces at the Conoco gas plant on Friday evening, officials said. | Three rockets targeted U.S. forces at the Conoco gas plant on Friday evening, a local official said.
            Drones struck the base near the airport and caused damage to storage buildings and vehicles overnight. | Drones struck the base near the airport overnight; storage buildings and vehicles were damaged badly.
            Rockets hit the base. | Rockets hit the base.
            Rocket attack reported at Tanf garrison by local sources and residents on Monday morning near border. | Nothing comparable here at all, only some unrelated words about weather forecasts and markets today.
            """)
    void measuresOverlapAsSimilarityDoesOnTheWordSets(String first, String second) {
        var codes = new ComparedClaims.Codes();
        var compared = ComparedClaims.of(List.of(claim(1, 1, 0, first, "official", Aspect.OCCURRENCE, "attack"),
                claim(2, 2, 0, second, "official", Aspect.OCCURRENCE, "attack")), OUTLETS, codes);

        double expected = Similarity.overlap(Similarity.words(first), Similarity.words(second), 9);

        assertThat(compared.overlap(0, 1, 9)).isEqualTo(expected);
        assertThat(compared.overlap(1, 0, 9)).isEqualTo(expected);
    }

    @Test
    void claimsAddedLaterTakeTheirPlaceAndAreSuggestedAsIfReadWhole() {
        var all = new ArrayList<Claim>();
        for (int n = 0; n < 30; n++) {
            long article = 1 + n % 3 + 3L * (n / 9);
            all.add(claim(100 + n, article, (n * 37) % 200, "Officials said " + (n % 4 + 2) + " rockets were fired "
                    + "at the base in the night near the gas field and the airport road.", "official " + n % 5,
                    n % 3 == 0 ? Aspect.WEAPON : Aspect.COUNT, n % 3 == 0 ? "rocket" : (n % 4 + 2) + " rocket"));
        }
        all.sort(java.util.Comparator.comparingLong(Claim::articleId).thenComparingInt(c -> c.span().start())
                .thenComparingLong(Claim::id));
        var earlier = IntStream.range(0, all.size()).filter(i -> i % 4 != 1).mapToObj(all::get).toList();
        var later = new ArrayList<>(IntStream.range(0, all.size()).filter(i -> i % 4 == 1).mapToObj(all::get)
                .toList());
        java.util.Collections.reverse(later);
        var codes = new ComparedClaims.Codes();

        var merged = ComparedClaims.of(earlier, OUTLETS, codes).with(later, OUTLETS, codes);

        assertThat(IntStream.range(0, merged.size()).mapToLong(merged::id).toArray())
                .containsExactly(all.stream().mapToLong(Claim::id).toArray());
        assertThat(LinkSuggester.suggest(merged, article -> true, List.of(), codes))
                .isEqualTo(LinkSuggester.suggest(all, OUTLETS)).isNotEmpty();
    }

    @Test
    void theOutletsOwnVoiceIsOneSpeakerPerArticleAndNamedSpeakersAreSourcesAcrossArticles() {
        var codes = new ComparedClaims.Codes();
        var compared = ComparedClaims.of(List.of(
                claim(1, 1, 0, "Rockets hit Conoco.", "Levant Wire", Aspect.OCCURRENCE, "attack"),
                claim(2, 1, 30, "The Pentagon's spokesman confirmed it.", "the Pentagon's spokesman",
                        Aspect.CONFIRMATION, "confirmed"),
                claim(3, 2, 0, "Rockets hit Conoco.", "relay news", Aspect.OCCURRENCE, "attack"),
                claim(4, 2, 30, "A Pentagon spokesman confirmed it.", "Pentagon spokesman", Aspect.CONFIRMATION,
                        "confirmed")), OUTLETS, codes);

        assertThat(compared.outletVoice(0)).isTrue();
        assertThat(compared.outletVoice(2)).isTrue();
        assertThat(compared.outletVoice(1)).isFalse();
        assertThat(compared.speaker(0)).isNotEqualTo(compared.speaker(2));
        assertThat(compared.speaker(1)).isEqualTo(compared.speaker(3));
        assertThat(codes.text(compared.attributedTo(3))).isEqualTo("Pentagon spokesman");
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            COUNT      | 2-4 rocket      | 3 rocket              | true
            COUNT      | 2 rocket        | 10 rocket             | false
            CASUALTIES | injured 3+      | injured 2             | false
            CASUALTIES | killed 3        | killed 3; injured 25+ | true
            DAMAGE     | none            | hangar destroyed      | false
            """)
    void remembersWhichValuesAreCompatibleWithoutChangingTheAnswer(Aspect aspect, String first, String second,
                                                                   boolean compatible) {
        var codes = new ComparedClaims.Codes();
        int x = codes.code(first);
        int y = codes.code(second);

        assertThat(codes.compatible(aspect, x, y)).isEqualTo(compatible);
        assertThat(codes.compatible(aspect, x, y)).isEqualTo(compatible);
        assertThat(codes.compatible(aspect, y, x)).isEqualTo(LinkSuggester.compatible(aspect, second, first));
        assertThat(codes.compatible(aspect, x, x)).isTrue();
    }
}
