package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article from its script and, for Latin script, from its most common function words
 * (articles, prepositions, conjunctions), which even a short paragraph is full of. Returns an ISO 639-1 code, or
 * null when the text gives too little evidence.
 */
public final class LanguageDetector {

    private static final int MIN_LETTERS = 12;
    /** The start of a long article tells its language as well as the whole. */
    private static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_FUNCTION_WORDS = 3;
    /** Letters Persian uses and Arabic does not. */
    private static final String PERSIAN_LETTERS = "پچژگ";
    /** Letters Kurdish (Sorani) uses and Persian and Arabic do not. */
    private static final String KURDISH_LETTERS = "ێۆڕڵە";

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "as", "by", "at",
                    "from", "has", "have", "were", "are", "it", "this", "said", "which", "after", "been", "its",
                    "their", "an", "be", "not", "but", "they", "who", "had", "would", "will"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "que", "qui",
                    "sur", "pas", "par", "au", "aux", "avec", "ont", "été", "cette", "il", "selon", "ses", "mais",
                    "sont", "ce", "leur", "ne", "plus", "elle", "entre", "contre"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con", "una", "un", "para",
                    "es", "se", "al", "fue", "según", "sus", "como", "más", "ha", "han", "este", "esta", "lo", "su",
                    "también", "contra", "entre", "sobre"),
            "pt", Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "de", "e", "em", "no", "na", "nos", "nas",
                    "que", "com", "por", "para", "um", "uma", "foi", "são", "ao", "pelo", "pela", "segundo", "não",
                    "mais", "seu", "sua", "também", "contra", "entre", "sobre"),
            "id", Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak",
                    "dalam", "akan", "oleh", "telah", "sudah", "juga", "adalah", "karena", "mereka", "atau", "saat",
                    "bahwa", "kata", "sebuah", "para", "setelah", "menurut", "serangan"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine", "zu",
                    "auf", "für", "sich", "auch", "im", "wurde", "bei", "nach", "wurden", "sei"),
            "it", Set.of("il", "di", "che", "e", "la", "un", "una", "per", "con", "del", "della", "è", "sono", "nel",
                    "alla", "gli", "dei", "delle", "ha", "anche", "secondo", "contro"),
            "tr", Set.of("ve", "bir", "bu", "ile", "için", "olarak", "ise", "göre", "ancak", "daha", "çok", "gibi",
                    "sonra", "kadar", "olan", "ki", "veya", "tarafından", "yönelik", "saldırı"));

    /** Letters that only some Latin-script languages use, as a tie-breaker between close relatives. */
    private static final Map<Character, String> TELLING_LETTERS = Map.ofEntries(Map.entry('ã', "pt"),
            Map.entry('õ', "pt"), Map.entry('ñ', "es"), Map.entry('¿', "es"), Map.entry('¡', "es"), Map.entry('è', "fr"),
            Map.entry('œ', "fr"), Map.entry('ê', "fr"), Map.entry('ß', "de"), Map.entry('ı', "tr"), Map.entry('ş', "tr"),
            Map.entry('ğ', "tr"));

    /** Each function word with the languages that use it, so a word is looked up once. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = languagesOfWord();
    private static final int LONGEST_FUNCTION_WORD = LANGUAGES_OF_WORD.keySet().stream().mapToInt(String::length)
            .max().orElseThrow();
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private LanguageDetector() {
    }

    private static Map<String, List<String>> languagesOfWord() {
        var languages = new HashMap<String, List<String>>();
        FUNCTION_WORDS.forEach((language, words) -> words.forEach(word ->
                languages.computeIfAbsent(word, key -> new ArrayList<>()).add(language)));
        languages.replaceAll((word, list) -> List.copyOf(list));
        return Map.copyOf(languages);
    }

    /** What the words of a text are made of: letters of any script and the apostrophe of elisions. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint == '\'';
    }

    /** The ISO 639-1 code of the text's language, or null when it cannot be told. */
    public static String detect(String fullText) {
        var text = fullText.length() > SAMPLE_CHARS ? fullText.substring(0, SAMPLE_CHARS) : fullText;
        var scripts = new int[SCRIPTS.length];
        int letters = 0;
        int persian = 0;
        int kurdish = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                if (codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z') {
                    letters++;
                    scripts[Character.UnicodeScript.LATIN.ordinal()]++;
                }
                continue;
            }
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            scripts[Character.UnicodeScript.of(codePoint).ordinal()]++;
            if (PERSIAN_LETTERS.indexOf(codePoint) >= 0) {
                persian++;
            }
            if (KURDISH_LETTERS.indexOf(codePoint) >= 0) {
                kurdish++;
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        int mainScript = 0;
        for (int script = 1; script < scripts.length; script++) {
            if (scripts[script] > scripts[mainScript]) {
                mainScript = script;
            }
        }
        if (scripts[mainScript] < letters / 2) {
            return null;
        }
        return switch (SCRIPTS[mainScript]) {
            case ARABIC -> kurdish * 20 >= scripts[mainScript] ? "ku"
                    : persian * 100 >= scripts[mainScript] ? "fa" : "ar";
            case CYRILLIC -> "ru";
            case HEBREW -> "he";
            case GREEK -> "el";
            case HAN -> "zh";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case THAI -> "th";
            case LATIN -> latinLanguage(text);
            default -> null;
        };
    }

    private static String latinLanguage(String text) {
        var scores = new HashMap<String, Double>();
        var lower = text.toLowerCase(Locale.ROOT);
        int functionWords = 0;
        for (int i = 0; i < lower.length(); ) {
            int start = i;
            while (i < lower.length() && isWordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(lower.codePointAt(i));
            } else if (i - start <= LONGEST_FUNCTION_WORD) {
                var languages = LANGUAGES_OF_WORD.get(lower.substring(start, i));
                if (languages != null) {
                    functionWords++;
                    addShared(scores, languages);
                }
            }
        }
        if (functionWords < MIN_FUNCTION_WORDS) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char letter = text.charAt(i);
            if (letter < 0x80) {
                continue;
            }
            var language = TELLING_LETTERS.get(Character.toLowerCase(letter));
            if (language != null) {
                scores.merge(language, 0.5, Double::sum);
            }
        }
        var ranked = scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        var best = ranked.get(0);
        var second = ranked.size() > 1 ? ranked.get(1).getValue() : 0.0;
        return best.getValue() > second ? best.getKey() : null;
    }

    /** A word shared by several languages is evidence for each of them, split evenly. */
    private static void addShared(Map<String, Double> scores, List<String> languages) {
        var share = 1.0 / languages.size();
        languages.forEach(language -> scores.merge(language, share, Double::sum));
    }
}
