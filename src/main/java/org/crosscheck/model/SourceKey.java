package org.crosscheck.model;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a speaker is as a source, so that counting independent sources and suggesting {@code repeats} agree: "the
 * Sputnik correspondent", "Sputnik's correspondents" and "Sputnik's regional correspondent" are one source. Articles,
 * possessives, plurals and role words (correspondent, regional, spokesman, sources ...) do not make a new one; a
 * speaker made only of role words ("local sources") keeps them.
 */
public final class SourceKey {

    private static final Set<String> ROLE_WORDS = Set.of("correspondent", "reporter", "journalist", "regional",
            "local", "field", "source", "spokesman", "spokesperson", "spokeswoman", "official", "officer", "agency",
            "channel", "media", "outlet", "report", "statement", "senior", "military", "security", "correspondant",
            "corresponsal", "fuente", "sumber", "wartawan");

    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SourceKey() {
    }

    public static String of(String speaker) {
        var words = NON_WORD.split(POSSESSIVE.matcher(speaker.toLowerCase(Locale.ROOT)).replaceAll(""));
        var kept = new ArrayList<String>();
        var named = new ArrayList<String>();
        for (var word : words) {
            if (word.isEmpty() || word.equals("the") || word.equals("a")) {
                continue;
            }
            var singular = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
            kept.add(singular);
            if (!ROLE_WORDS.contains(singular)) {
                named.add(singular);
            }
        }
        return String.join(" ", named.isEmpty() ? kept : named);
    }
}
