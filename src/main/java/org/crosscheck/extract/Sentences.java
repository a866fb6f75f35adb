package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Span;

/**
 * Splits article text into sentences (with their paragraph number) without being fooled by "Oct. 17", "U.S.",
 * "Maj. Gen." or initials; Arabic and Latin punctuation both end a sentence, a line break always does.
 */
final class Sentences {

    /** One sentence: its span in the article and the paragraph it belongs to. */
    record Sentence(Span span, int paragraph, String text) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gen", "maj", "col", "lt", "mr", "mrs", "ms", "dr", "st", "no", "sgt", "capt",
            "brig", "adm", "rep", "sen", "gov", "u.s", "u.k", "vs", "etc", "inc", "corp", "jr", "sr", "av", "sra");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        var result = new ArrayList<Sentence>();
        int paragraph = 0;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                int before = result.size();
                add(result, text, start, i, paragraph);
                if (result.size() > before) {
                    paragraph++;
                }
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '؟' || c == '…') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && "\"”’'»)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(result, text, start, end, paragraph);
                start = end;
                i = end - 1;
            }
            i++;
        }
        add(result, text, start, text.length(), paragraph);
        return result;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && "\"”’'»)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char following = text.charAt(next);
        boolean starts = Character.isUpperCase(following) || Character.isDigit(following)
                || "\"“‘'«(".indexOf(following) >= 0 || following >= '\u0600' && following <= '\u06FF';
        if (!starts || text.charAt(dot) != '.') {
            return starts;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        var word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        if (following == '(' && (word.equals("a.m") || word.equals("p.m"))) {
            return false;
        }
        return !(ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)));
    }

    private static void add(List<Sentence> result, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            result.add(new Sentence(new Span(start, end), paragraph, text.substring(start, end)));
        }
    }
}
