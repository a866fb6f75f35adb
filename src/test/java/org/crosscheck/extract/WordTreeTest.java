package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordTreeTest {

    private static final String BOUNDED = "(?U)(?<![\\p{L}\\p{N}])(?:%s)(?![\\p{L}\\p{N}])";

    @Test
    void findsWhatAnAlternationOfTheWordsLongestFirstFinds() {
        var endings = new LinkedHashMap<String, String>();
        for (var word : List.of("sep", "sept", "september", "hit", "hits", "hit by", "мая", "май", "a.m.", "the base")) {
            endings.put(word, "");
        }
        endings.put("attack", "[\\p{L}]*");
        endings.put("атак", "[\\p{L}]*");
        var tree = Pattern.compile(BOUNDED.formatted(WordTree.regex(endings)));
        var flat = Pattern.compile(BOUNDED.formatted(flatAlternation(endings)));
        var random = new Random(7);
        var pieces = List.of("sep", "sept", "september", "septembre", "hit", "hits", "hit  by", "hitter", "мая", "май",
                "майский", "a.m.", "attack", "attacked", "atta", "атаку", "атак", "the base", "the", "base", " ", " ",
                ", ", ".", "x");
        for (int text = 0; text < 2_000; text++) {
            var builder = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                builder.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertThat(matches(tree, builder.toString())).as(builder.toString())
                    .isEqualTo(matches(flat, builder.toString()));
        }
    }

    private static String flatAlternation(Map<String, String> endings) {
        return endings.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q") + endings.get(word))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static List<String> matches(Pattern pattern, String text) {
        var found = new ArrayList<String>();
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
