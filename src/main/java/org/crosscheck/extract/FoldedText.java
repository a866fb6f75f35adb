package org.crosscheck.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text folded for matching (lower case, no diacritics or Arabic vowel marks, one alef, Persian yeh and keheh as
 * their Arabic letters, Turkish dotless i as i, typographic apostrophes made plain) that remembers, for every folded character, where it came
 * from, so matches map back to exact spans of the stored article text. It also splits the folded text into word
 * tokens.
 */
final class FoldedText {

    /** One word of the folded text and its span in the original text. */
    record Token(String text, int start, int end) {
    }

    private final String folded;
    private final int[] origin;
    private final List<Token> tokens;

    private FoldedText(String folded, int[] origin, List<Token> tokens) {
        this.folded = folded;
        this.origin = origin;
        this.tokens = tokens;
    }

    static FoldedText of(String text) {
        var out = new StringBuilder(text.length());
        var map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            var folded = foldChar(text.charAt(i));
            for (int k = 0; k < folded.length(); k++) {
                out.append(folded.charAt(k));
                if (n >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[n++] = i;
            }
        }
        var string = out.toString();
        var tokens = new ArrayList<Token>();
        int i = 0;
        while (i < string.length()) {
            if (!isWordChar(string.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < string.length() && isWordChar(string.charAt(i))) {
                i++;
            }
            tokens.add(new Token(string.substring(start, i), map[start], map[i - 1] + 1));
        }
        return new FoldedText(string, java.util.Arrays.copyOf(map, n), tokens);
    }

    /** Folds a short string (an alias, a cue) the same way, without offsets. */
    static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * The words of a string after folding: the texts of {@link #of}'s tokens, split as the folded characters come,
     * without the offsets (quotes of every claim of an incident are split this way when its links are suggested).
     */
    static List<String> words(String text) {
        var result = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c < 128) { // folds to its lower case, or (a backquote) to another character between words
                addFolded(Character.toLowerCase(c), word, result);
            } else {
                var folded = foldChar(c);
                for (int k = 0; k < folded.length(); k++) {
                    addFolded(folded.charAt(k), word, result);
                }
            }
        }
        if (!word.isEmpty()) {
            result.add(word.toString());
        }
        return result;
    }

    /** Adds a folded character to the word being read, or ends that word at a character that is not a word's. */
    private static void addFolded(char c, StringBuilder word, List<String> words) {
        if (isWordChar(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** Folded form of every character, filled on first use (folding goes through Unicode decomposition). */
    private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];

    private static String foldChar(char c) {
        var folded = FOLDED[c];
        if (folded == null) {
            folded = foldUncached(c);
            FOLDED[c] = folded;
        }
        return folded;
    }

    private static String foldUncached(char c) {
        switch (c) {
            case '’', '‘', '`', '´', 'ʼ', 'ʿ', 'ʾ' -> {
                return "'";
            }
            case 'أ', 'إ', 'آ', 'ٱ' -> {
                return "ا";
            }
            case 'ى', 'ی' -> {
                return "ي";
            }
            case 'ک' -> {
                return "ك";
            }
            case 'ı' -> { // Turkish dotless i, written for i by keyboards without it
                return "i";
            }
            case '\u200C' -> { // the Persian zero-width non-joiner parts words as a space does ("سه‌شنبه")
                return " ";
            }
            case 'ة' -> {
                return "ه";
            }
            case 'ـ' -> {
                return "";
            }
            case '٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩' -> {
                return String.valueOf((char) ('0' + (c - '٠')));
            }
            case '۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹' -> {
                return String.valueOf((char) ('0' + (c - '۰')));
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> {
                return "-";
            }
            case 'ß' -> {
                return "ss";
            }
            default -> {
                if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
                    return "";
                }
                if (c < 128) {
                    return String.valueOf(Character.toLowerCase(c));
                }
                var decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                var kept = new StringBuilder();
                for (int i = 0; i < decomposed.length(); i++) {
                    var d = decomposed.charAt(i);
                    if (Character.getType(d) != Character.NON_SPACING_MARK) {
                        kept.append(Character.toLowerCase(d));
                    }
                }
                return kept.toString();
            }
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    String folded() {
        return folded;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The original offset of a folded offset. */
    int originOf(int foldedIndex) {
        return foldedIndex >= origin.length ? (origin.length == 0 ? 0 : origin[origin.length - 1] + 1)
                : origin[foldedIndex];
    }
}
