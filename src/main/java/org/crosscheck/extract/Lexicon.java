package org.crosscheck.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of cue words or phrases (already in any script; folded on construction) compiled into one whole-word
 * pattern. An entry ending in {@code *} also matches longer words ("attack*" matches "attacks", "attacked").
 */
final class Lexicon {

    /** Arabic writes "and", "with", "to" and the article onto the word: و ف ب ل ك and ال. */
    static final String ARABIC_PROCLITICS = "(?:[وفبلك]?(?:ال)?)?";

    private final Pattern pattern;

    Lexicon(String... entries) {
        var alternation = Arrays.stream(entries)
                .map(entry -> {
                    boolean prefix = entry.endsWith("*");
                    var word = FoldedText.fold(prefix ? entry.substring(0, entry.length() - 1) : entry);
                    var quoted = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
                    if (!word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF') {
                        quoted = ARABIC_PROCLITICS + quoted;
                    }
                    return prefix ? quoted + "[\\p{L}]*" : quoted;
                })
                .sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        pattern = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    boolean foundIn(String folded) {
        return pattern.matcher(folded).find();
    }

    Matcher matcher(String folded) {
        return pattern.matcher(folded);
    }

    /** The end of the last match in the text, or -1. */
    int lastEnd(String folded) {
        var matcher = pattern.matcher(folded);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }

    /** The start of the first match, or -1. */
    int firstStart(String folded) {
        var matcher = pattern.matcher(folded);
        return matcher.find() ? matcher.start() : -1;
    }
}
