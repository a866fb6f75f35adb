package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;

/**
 * Finds gazetteer sites in text whatever the spelling: case, diacritics, hyphens or spaces, with or without the
 * Arabic article (al-, at-, ash-, el-, ال and its proclitic forms, Russian аль-, эт-), with possessives, Russian case
 * endings, and only on whole words.
 * Every alias is reduced to a key (its content words joined), and the text is scanned for the longest run of words
 * whose key is known. "X base" is also found as "base X", the order of French, Spanish and Portuguese.
 */
public final class Gazetteer {

    /** A site found in the text: which site, where, and the alias key that matched. */
    public record SiteMatch(Site site, Span span, String key) {
    }

    private static final int MAX_WORDS = 6;
    private static final Set<String> ARTICLES = Set.of("al", "el", "at", "ash", "as", "ar", "an", "az",
            "ath", "ad", "ez", "es", "ed", "ul", "l", "аль", "эль", "ат", "эт", "аш", "эш", "ар", "эр", "ас", "эс",
            "аз",
            "эз", "ад", "эд", "ан", "эн");
    private static final Set<String> WEAK_ARTICLES = Set.of("as", "at", "an", "ad", "es", "ed", "ас", "ан", "ад");
    /** Russian case endings (folded: й is и) dropped from a Cyrillic word: "в Эт-Танфе", "аэропорта Эрбиля". */
    private static final Set<String> CYRILLIC_ENDINGS_2 = Set.of("ом", "ем", "ои", "еи", "ах", "ях", "ам", "ям",
            "ую", "ая", "ое", "ые", "ии", "ия", "ию", "ью");
    private static final String CYRILLIC_ENDINGS_1 = "аяуюеыиьо";

    private final Map<String, Site> byKey = new HashMap<>();
    private final List<Site> sites;

    public Gazetteer(List<Site> sites) {
        this.sites = List.copyOf(sites);
        for (var site : sites) {
            var spellings = new ArrayList<>(site.aliases());
            spellings.add(site.name());
            for (var alias : spellings) {
                var words = FoldedText.words(alias);
                var key = key(words);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, site);
                }
                if (words.size() >= 2 && words.get(words.size() - 1).equals("base")) {
                    var baseFirst = new ArrayList<String>();
                    baseFirst.add("base");
                    baseFirst.addAll(words.subList(0, words.size() - 1));
                    byKey.putIfAbsent(key(baseFirst), site);
                }
            }
        }
    }

    public List<Site> sites() {
        return sites;
    }

    /** Every site mention in the text, longest match first at each position, never overlapping. */
    public List<SiteMatch> find(String text) {
        var folded = FoldedText.of(text);
        var tokens = folded.tokens();
        var result = new ArrayList<SiteMatch>();
        int i = 0;
        while (i < tokens.size()) {
            SiteMatch best = null;
            int bestEnd = i;
            var key = new StringBuilder();
            int contentWords = 0;
            for (int j = i; j < tokens.size() && j < i + MAX_WORDS + 2 && contentWords < MAX_WORDS; j++) {
                var word = stem(tokens.get(j).text());
                if (isArticle(word) && j + 1 < tokens.size()) {
                    continue;
                }
                if (j > i && tokens.get(j).start() - tokens.get(j - 1).end() > 2) {
                    break;
                }
                key.append(word);
                contentWords++;
                var site = byKey.get(key.toString());
                if (site != null) {
                    int start = firstContent(tokens, i, j);
                    start = includeArticle(text, tokens, start);
                    best = new SiteMatch(site, new Span(tokens.get(start).start(), tokens.get(j).end()),
                            key.toString());
                    bestEnd = j;
                }
            }
            if (best != null) {
                result.add(best);
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return result;
    }

    private static int firstContent(List<FoldedText.Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!isArticle(stem(tokens.get(k).text()))) {
                return k;
            }
        }
        return from;
    }

    /** Keeps a preceding article in the span when it belongs to the name ("Al-Tanf", "At Tanf"). */
    private static int includeArticle(String text, List<FoldedText.Token> tokens, int start) {
        if (start == 0) {
            return start;
        }
        var previous = tokens.get(start - 1);
        var word = previous.text();
        if (!isArticle(word)) {
            return start;
        }
        var gap = text.substring(previous.end(), tokens.get(start).start());
        boolean hyphen = gap.equals("-") || gap.equals("‑");
        boolean capital = Character.isUpperCase(text.charAt(previous.start()));
        if (hyphen || capital && !WEAK_ARTICLES.contains(word)) {
            return start - 1;
        }
        return start;
    }

    static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    /** The key of an alias: its content words, Arabic proclitics and article removed, joined without spaces. */
    static String key(List<String> words) {
        var key = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            var word = stem(words.get(k));
            if (isArticle(word) && k + 1 < words.size()) {
                continue;
            }
            key.append(word);
        }
        return key.toString();
    }

    /**
     * Strips the Arabic article and the proclitics و ب ل ف ك in front of it; drops a Latin possessive and a Russian
     * case ending.
     */
    static String stem(String word) {
        if (!word.isEmpty() && word.charAt(0) >= '\u0400' && word.charAt(0) <= '\u04FF') {
            if (word.length() >= 6 && CYRILLIC_ENDINGS_2.contains(word.substring(word.length() - 2))) {
                return word.substring(0, word.length() - 2);
            }
            if (word.length() >= 4 && CYRILLIC_ENDINGS_1.indexOf(word.charAt(word.length() - 1)) >= 0) {
                return word.substring(0, word.length() - 1);
            }
            return word;
        }
        if (!word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF') {
            if (word.startsWith("لل") && word.length() > 4) {
                return word.substring(2);
            }
            if (word.length() > 4 && "وبلفك".indexOf(word.charAt(0)) >= 0 && word.startsWith("ال", 1)) {
                return word.substring(3);
            }
            if (word.length() > 3 && word.startsWith("ال")) {
                return word.substring(2);
            }
            if (word.length() > 3 && word.startsWith("وال")) {
                return word.substring(3);
            }
        }
        return word;
    }
}
