package org.crosscheck.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of cue words or phrases (already in any script; folded on construction) compiled into one whole-word
 * pattern. An entry ending in {@code *} also matches longer words ("attack*" matches "attacks", "attacked"). Text
 * that holds none of the entries' words is rejected before the pattern runs, since most sentences match few cues.
 */
final class Lexicon {

    /** Arabic writes "and", "with", "to" and the article onto the word: و ف ب ل ك and ال. */
    static final String ARABIC_PROCLITICS = "(?:[وفبلك]?(?:ال)?)?";

    private final Pattern pattern;
    /** For each entry its longest word: text holding none of them cannot match, which is cheap to see. */
    private final String[] anchors;

    Lexicon(String... entries) {
        anchors = Arrays.stream(entries)
                .map(entry -> FoldedText.fold(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry))
                .map(word -> Arrays.stream(word.split(" ")).max((a, b) -> a.length() - b.length()).orElse(word))
                .distinct().toArray(String[]::new);
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
        return mayMatch(folded) && pattern.matcher(folded).find();
    }

    private boolean mayMatch(String folded) {
        for (var anchor : anchors) {
            if (folded.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over the text; when none of the entries' words occurs, its region is empty and find() fails at once. */
    Matcher matcher(String folded) {
        var matcher = pattern.matcher(folded);
        if (!mayMatch(folded)) {
            matcher.region(folded.length(), folded.length());
        }
        return matcher;
    }

    /** The end of the last match in the text, or -1. */
    int lastEnd(String folded) {
        if (!mayMatch(folded)) {
            return -1;
        }
        var matcher = pattern.matcher(folded);
        int end = -1;
        while (matcher.find()) {
            end = matcher.end();
        }
        return end;
    }

    /** The start of the first match, or -1. */
    int firstStart(String folded) {
        if (!mayMatch(folded)) {
            return -1;
        }
        var matcher = pattern.matcher(folded);
        return matcher.find() ? matcher.start() : -1;
    }
}
