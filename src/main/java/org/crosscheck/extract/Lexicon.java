package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
    /**
     * For each entry its longest word, by the script it starts in ({@link #script}): text holding none of them cannot
     * match, which is cheap to see; only the anchors of the scripts a text holds are looked for.
     */
    private final String[][] anchorsByScript = new String[SCRIPTS][];

    Lexicon(String... entries) {
        var anchors = Arrays.stream(entries)
                .map(entry -> FoldedText.fold(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry))
                .map(word -> Arrays.stream(word.split(" ")).max((a, b) -> a.length() - b.length()).orElse(word))
                .distinct().toArray(String[]::new);
        for (int script = 0; script < SCRIPTS; script++) {
            int wanted = script;
            anchorsByScript[script] = Arrays.stream(anchors)
                    .filter(anchor -> !anchor.isEmpty() && script(anchor.charAt(0)) == wanted).toArray(String[]::new);
        }
        var latin = new LinkedHashMap<String, String>();
        var arabic = new LinkedHashMap<String, String>();
        for (var entry : entries) {
            boolean prefix = entry.endsWith("*");
            var word = FoldedText.fold(prefix ? entry.substring(0, entry.length() - 1) : entry);
            boolean arabicScript = !word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF';
            (arabicScript ? arabic : latin).merge(word, prefix ? "[\\p{L}]*" : "",
                    (a, b) -> a.length() >= b.length() ? a : b);
        }
        var alternatives = new ArrayList<String>();
        if (!latin.isEmpty()) {
            alternatives.add(WordTree.regex(latin));
        }
        if (!arabic.isEmpty()) {
            alternatives.add(ARABIC_PROCLITICS + WordTree.regex(arabic));
        }
        var alternation = String.join("|", alternatives);
        pattern = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    boolean foundIn(String folded) {
        return mayMatch(folded) && pattern.matcher(folded).find();
    }

    private boolean mayMatch(String folded) {
        int present = scriptsOf(folded);
        for (int script = 0; script < SCRIPTS; script++) {
            if ((present & (1 << script)) == 0) {
                continue;
            }
            for (var anchor : anchorsByScript[script]) {
                if (folded.contains(anchor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Latin (and digits, signs), Cyrillic, Arabic (and Persian), anything else: the scripts cue words start in. */
    private static final int SCRIPTS = 4;

    private static int script(char c) {
        if (c < '\u0400') {
            return 0;
        }
        if (c <= '\u04FF') {
            return 1;
        }
        return c >= '\u0600' && c <= '\u06FF' ? 2 : 3;
    }

    /** The scripts of a text's characters as bits, by {@link #script}. */
    private static int scriptsOf(String folded) {
        int present = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '\u0400') {
                present |= 1 << script(c);
            } else if (c > ' ') {
                present |= 1;
            }
        }
        return present;
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
