package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

    /** Characters that fold to nothing, to one other character, to two, or split words. */
    private static final String POOL = "aZé ß’'`-–—.,;:\n\t0٣۵أإآىةـ\u064B\u0670ÀçñÖİı漢字😀\u0301xyQ";

    @Test
    void foldsCaseDiacriticsAndArabicVariantsAndKeepsEachCharacterOrigin() {
        var text = FoldedText.of("Ça va, أمريكا’s «Straße» ١٢");
        assertThat(text.folded()).isEqualTo("ca va, امريكا's «strasse» 12");
        assertThat(text.tokens()).extracting(FoldedText.Token::text)
                .containsExactly("ca", "va", "امريكا", "s", "strasse", "12");
        var strasse = text.tokens().get(4);
        assertThat(strasse.start()).isEqualTo(17);
        assertThat(strasse.end()).isEqualTo(23);
        assertThat(text.originOf(text.folded().indexOf("ss") + 1)).isEqualTo(21);
    }

    @Test
    void foldsPersianYehAndKehehToTheirArabicLetters() {
        assertThat(FoldedText.fold("آمریکایی")).isEqualTo(FoldedText.fold("أمريكايي")).isEqualTo("امريكايي");
    }

    @Test
    void wordsAreTheTokensOfTheFoldedText() {
        var random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            var text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            var expected = FoldedText.of(text.toString()).tokens().stream().map(FoldedText.Token::text).toList();
            assertThat(FoldedText.words(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void wordsOfNothingOrOnlySeparatorsAreNone() {
        assertThat(FoldedText.words("")).isEmpty();
        assertThat(FoldedText.words(" ,.— ـ\u064B")).isEmpty();
        assertThat(FoldedText.words("ـ")).isEqualTo(List.of());
    }
}
