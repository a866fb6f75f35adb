package org.crosscheck.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two quotes are, as the overlap of their content words (folded, stop words dropped, plural "s" cut),
 * measured against the shorter quote: a relayed wire sentence with a clause added still scores high, while two
 * sentences that merely share the site and the word "attack" do not.
 */
final class Similarity {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "was", "were", "has",
            "have", "had", "its", "their", "from", "but", "into", "over", "said", "says", "also", "been", "are", "les",
            "des", "une", "que", "qui", "dans", "par", "pour", "los", "las", "del", "con", "por", "una", "dos", "das",
            "com", "uma", "yang", "dan", "dari", "pada", "untuk", "dengan", "في", "من", "على", "الى", "عن", "ان");

    private Similarity() {
    }

    static Set<String> words(String text) {
        var result = new HashSet<String>();
        for (var word : FoldedText.words(text)) {
            var content = contentWord(word);
            if (content != null) {
                result.add(content);
            }
        }
        return result;
    }

    /** A folded word as {@link #words} keeps it (plural "s" cut), or null for a stop word or one under 3 letters. */
    static String contentWord(String word) {
        if (word.length() < 3 || STOP.contains(word)) {
            return null;
        }
        return word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Shared words over the size of the smaller set; 0 when they share fewer than {@code minimum} words, so two
     * short sentences about the same attack do not look relayed.
     */
    static double overlap(Set<String> a, Set<String> b, int minimum) {
        int shared = 0;
        for (var word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return shared < minimum ? 0 : (double) shared / Math.min(a.size(), b.size());
    }
}
