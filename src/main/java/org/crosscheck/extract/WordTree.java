package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes one regex that matches any of many words as a tree of their common beginnings ("ma(?:rch|rs|y(?:o|))"), so
 * a position where none of them starts costs one comparison per distinct first letter instead of one per word. The
 * cue lexicons hold hundreds of words in nine languages; as a flat alternation they were most of extraction's regex
 * time. At every branch longer words are tried before shorter ones ("sept" before "sep"), as in an alternation sorted
 * longest first. A space in a word matches any run of white space.
 */
final class WordTree {

    private final TreeMap<Character, WordTree> children = new TreeMap<>();
    /** The regex that follows a word ending here ("" for the word alone), or null when no word ends here. */
    private String ending;

    private WordTree() {
    }

    /** The regex of these words, each followed by its ending (its value: "" or, for a prefix, {@code [\p{L}]*}). */
    static String regex(Map<String, String> endings) {
        var root = new WordTree();
        endings.forEach((word, ending) -> {
            var node = root;
            for (int i = 0; i < word.length(); i++) {
                node = node.children.computeIfAbsent(word.charAt(i), c -> new WordTree());
            }
            node.ending = ending;
        });
        return root.branches();
    }

    private static String literal(char c) {
        if (c == ' ') {
            return "\\s+";
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
    }

    private String branches() {
        var parts = new ArrayList<String>();
        children.forEach((c, child) -> parts.add(literal(c) + child.branches()));
        if (ending != null) {
            parts.add(ending);
        }
        return parts.size() == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
    }
}
