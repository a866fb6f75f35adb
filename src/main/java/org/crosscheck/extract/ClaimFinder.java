package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/**
 * Turns one sentence about an attack into clause-level claims: who says it (speaker and cue, or the outlet itself),
 * and one claim per aspect the sentence speaks to, each with a normalised value and a stance.
 */
final class ClaimFinder {

    /** Who says a sentence and with which cue; {@code anaphoric} when the speaker is "he", "the statement" etc. */
    record Attribution(String speaker, String cue, String rule) {
    }

    private static final Set<String> ANAPHORS = Set.of("he", "she", "they", "it", "the statement", "the report",
            "the source", "the sources", "the spokesman", "the spokesperson", "the official", "the group",
            "the agency", "il", "elle", "ils", "ele", "ela", "eles", "dia", "mereka", "the correspondent",
            "the channel", "the outlet", "the coalition", "the resistance coalition", "the military", "report",
            "official", "officials", "source", "sources", "spokesperson", "the officials",
            "statement", "spokesman", "correspondent", "agency", "group", "same group", "channel", "the same group",
            "same", "the same", "the same groups", "the same militia", "the same faction", "the same coalition",
            "المصدر", "المصادر", "البيان", "المتحدث", "командования", "ведомства", "источника", "источник", "ce responsable", "cette source", "la source", "ce dernier",
            "la fuente", "esta fuente", "dicha fuente", "a fonte", "essa fonte", "esta fonte");
    private static final Set<String> LEADING_NOISE = Set.of("meanwhile", "however", "and", "but", "also", "then",
            "additionally", "separately", "moreover", "furthermore", "later", "earlier", "still", "yet", "so",
            "although",
            "while", "as", "when", "after", "since", "because", "if", "though", "whereas");
    private static final Pattern CLAIMED_BY = Pattern.compile("(?U)(?:claimed by|revendiquée? par|revendiqué par"
            + "|reivindicad[oa] por|diklaim oleh|rivendicat[oaie] (?:dalla|dallo|dal|dai|dagli|dalle|da))"
            + " (?:the |la |le |l'|el |o |a )?([\\p{L}][\\p{L}\\p{N}'’ -]{2,60}?)"
            + "(?=[,.;]| on | as |$)");
    private static final Pattern COUNT = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]+)\\s+(?:more\\s+|other\\s+"
            + "|additional\\s+|large\\s+|heavy\\s+|armed\\s+|explosive\\s+|suicide\\s+|kamikaze\\s+|guided\\s+"
            + "|ballistic\\s+|cruise\\s+|de\\s+)?(" + weaponAlternation() + ")(?![\\p{L}])(?!\\s+(?:attacks?|fire|strikes?|salvos?)(?![\\p{L}]))");
    private static final Pattern REMAINING_HIT = Pattern.compile("(?U)(?<![\\p{L}])(?:the\\s+|o\\s+|el\\s+|le\\s+)?(third"
            + "|others|other|remaining|rest|last|fourth|one|terceiro|tercero|troisieme|ketiga|الثالثه|outros|otros|autres"
            + "|третии|третья|остальные|dritte|ubrigen|restlichen|ucuncu|ucuncusu|ucuncusunun|digeri|digerleri|terzo"
            + "|altri|altro|restanti|kismi|kisminin|sisanya|بعضها|الباقي|البقيه|برخي)"
            + "(?![\\p{L}])(?:\\s+(\\w+))?\\s+(?:\\S+\\s+){0,4}?(?:managed to|hit|struck|reached|exploded|landed|impacted"
            + "|caused|crashed|atingiu|atingiram|alcanzo|alcanzaron|a touche|ont touche|mengenai|menghantam|اصابت"
            + "|попал|поразил|упал|traf|schlug|erreichte|dust|isabet|ha colpito|hanno colpito|ha causato|impactaron"
            + "|impacto|cayeron|cayo|caiu|cairam|sont tombes|est tombe|سقط|سقطت)");

    /** Arabic puts the verb first: "سقط بعضها داخل القاعدة", some of them fell inside the base. */
    private static final Pattern VERB_THEN_REST_HIT = Pattern.compile("(?U)(?<![\\p{L}])(?:سقط|سقطت|اصاب|اصابت)\\s+"
            + "(?:بعضها|الباقي|البقيه|البعض)(?![\\p{L}])");

    /** Words for details or information: "without giving details on damage" says nothing of the damage. */
    private static final Pattern INFORMATION = Pattern.compile("(?U)(?<![\\p{L}])(?:details?|information|informations"
            + "|informacion|informacoes|informacao|detalles|detalhes|rincian|informasi|تفاصيل|معلومات|информаци\\p{L}*"
            + "|подробност\\p{L}*|angaben|informationen|einzelheiten)(?![\\p{L}])");

    /** Words that end the reach of a negation ("no injuries but heavy damage"). */
    private static final Pattern CONTRAST = Pattern.compile("(?U)(?<![\\p{L}])(?:but|mais|pero|mas|tapi|namun|لكن"
            + "|но|однако|aber|jedoch)(?![\\p{L}])");

    /** A claimant that is nobody: "no group", "belum ada kelompok", "aucun groupe", "nadie". */
    private static final Pattern NOBODY = Pattern.compile("(?U)^(?:no|none|nobody)(?![\\p{L}])|(?<![\\p{L}])"
            + "(?:no one|aucun|aucune|nadie|ningun|ninguno|ninguna|ninguem|nenhum|nenhuma|belum ada|tidak ada"
            + "|tak ada|لم|لا|ولم|ولا|هيچ|никто|ни одна|niemand|keine|nessun|nessuno|nessuna)(?![\\p{L}])");

    /** A negation in the three words before a word ("no se registraron daños", "did not cause any damage"). */
    private static final Pattern NEGATED_JUST_BEFORE = Pattern.compile("(?U)(?<![\\p{L}])(?:no|not|never|without|nor"
            + "|sin|sem|sans|aucun|aucune|pas|ni|nao|nenhum|nenhuma|ningun|ninguno|ninguna|tidak|tanpa|bukan|لا|دون"
            + "|عدم|لم|не|нет|без|nicht|kein|keine|keinen|keiner|ohne|non|senza|nessun|nessuna|هيچ|بێ"
            + "|n'\\p{L}+)(?![\\p{L}])(?:[\\s,]+[\\p{L}']+){0,3}"
            + "[\\s,]*$");

    /** A negation after the word it denies, in its clause: "пострадавших среди военных нет", "verletzt: niemand". */
    private static final Pattern NEGATED_JUST_AFTER = Pattern.compile("(?U)^[^.;,:]{0,50}?(?<![\\p{L}])(?:нет|niemand)"
            + "(?![\\p{L}])");

    /** "The others hit": as many as were not intercepted, which the sentence does not say. */
    private static final Set<String> REST = Set.of("others", "remaining", "rest", "outros", "otros", "autres",
            "остальные", "ubrigen", "restlichen", "digerleri", "altri", "restanti", "sisanya");

    /** Arabic dual nouns: "two rockets", "two drones" in one word. */
    private static final Pattern ARABIC_DUAL = Pattern.compile("(?U)(?<![\\p{L}])[وبل]?(صاروخين|صاروخان|طائرتين|مسيرتين"
            + "|طائرتان)(?![\\p{L}])");

    /** Kurdish marks "one" on the noun: "درۆنێک", "درۆنێکی" (a drone); written as the folded text has it. */
    private static final Pattern KURDISH_ONE = Pattern.compile("(?U)(?<![\\p{L}])(" + FoldedText.fold("درۆن|مووشەک|ڕۆکێت")
            + ")" + FoldedText.fold("ێک") + FoldedText.fold("ی") + "?(?![\\p{L}])");

    private ClaimFinder() {
    }

    private static String weaponAlternation() {
        var words = new TreeSet<String>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (var row : Cues.WEAPONS) {
            for (int i = 1; i < row.length; i++) {
                words.add(Pattern.quote(FoldedText.fold(row[i])));
            }
        }
        return String.join("|", words);
    }

    /** The normal name of a weapon word, or null. */
    static String weapon(String foldedWord) {
        for (var row : Cues.WEAPONS) {
            for (int i = 1; i < row.length; i++) {
                if (FoldedText.fold(row[i]).equals(foldedWord)) {
                    return row[0];
                }
            }
        }
        return null;
    }

    /** The weapon types named in a folded sentence. */
    static Set<String> weapons(String folded) {
        var found = new TreeSet<String>();
        for (int row = 0; row < WEAPON_WORDS.length; row++) {
            if (WEAPON_WORDS[row].foundIn(folded)) {
                found.add(Cues.WEAPONS[row][0]);
            }
        }
        return found;
    }

    private static final Lexicon[] WEAPON_WORDS = java.util.Arrays.stream(Cues.WEAPONS)
            .map(row -> new Lexicon(java.util.Arrays.copyOfRange(row, 1, row.length))).toArray(Lexicon[]::new);

    /** The speaker and cue of a sentence, or null when it names none (the outlet then speaks). */
    static Attribution attribution(String sentence) {
        var ofPrevious = attributionOfPrevious(sentence);
        if (ofPrevious != null) {
            return ofPrevious;
        }
        var text = FoldedText.of(sentence);
        var folded = text.folded();
        var according = Cues.ACCORDING_TO.matcher(folded);
        if (according.find()) {
            int cueEnd = according.end();
            var lastWord = folded.substring(folded.lastIndexOf(' ', cueEnd - 1) + 1, cueEnd);
            if (GENERIC_SPEAKER.matcher(lastWord).matches()) {
                cueEnd -= lastWord.length();
            }
            var speaker = phraseAfter(sentence, end(text, cueEnd));
            if (speaker != null) {
                return new Attribution(speaker, cut(sentence, text, according.start(), cueEnd),
                        "attribution.according-to");
            }
        }
        var arabic = Cues.SAY_ARABIC.matcher(folded);
        if (arabic.find()) {
            var speaker = phraseAfter(sentence, end(text, arabic.end()));
            if (speaker == null || COMPLEMENTIZER.matcher(speaker).lookingAt()) {
                speaker = arabicSubject(sentence.substring(0, text.originOf(arabic.start())));
            }
            if (speaker != null) {
                return new Attribution(speaker, cut(sentence, text, arabic.start(), arabic.end()),
                        "attribution.verb-before-speaker");
            }
        }
        var turkish = TURKISH_STATEMENT.matcher(sentence);
        if (turkish.lookingAt()) {
            var speaker = trimArticle(ACRONYM_AFTER_NAME.matcher(turkish.group("speaker")).replaceAll("").strip());
            if (speaker != null) {
                return new Attribution(speaker, "açıklamada", "attribution.statement");
            }
        }
        var inverted = invertedSpeaker(sentence);
        if (inverted != null) {
            return inverted;
        }
        var say = Cues.SAY.matcher(folded);
        while (say.find()) {
            var speaker = phraseBefore(sentence, text.originOf(say.start()));
            if (speaker != null) {
                return new Attribution(speaker, cut(sentence, text, say.start(), say.end()),
                        "attribution.speaker-verb");
            }
        }
        return null;
    }

    /** "إن", "أنه": the start of what is said, so no speaker follows the verb ("مسؤول أمريكي قال إنه ..."). */
    private static final Pattern COMPLEMENTIZER = Pattern.compile("(?U)ب?[إأا]ن(?:ه|ها)?(?![\\p{L}])");

    /** The speaker written before an Arabic verb of saying, when it is a short phrase of its own. */
    private static String arabicSubject(String before) {
        var words = before.strip().split("\\s+");
        return before.isBlank() || words.length > 6 || ",;:،".chars().anyMatch(c -> before.indexOf(c) >= 0) ? null
                : before.strip();
    }

    /** Verbs that, after a comma at the end of a sentence, come before their speaker (", añadió el Observatorio"). */
    private static final Lexicon SAY_INVERTED = new Lexicon("said", "added", "says", "adds", "dijo", "anadio",
            "agrego", "informo", "afirmo", "indico", "senalo", "aseguro", "disse", "acrescentou", "informou",
            "afirmou", "declarou", "a declare", "a ajoute", "a indique", "a precise", "ajoute", "precise", "kata",
            "ujar", "tutur", "jelas", "сообщил", "сообщила", "сообщили", "сообщает", "сообщают", "заявил", "заявила",
            "заявили", "передает", "пишет", "отметил", "добавил", "уточнил", "рассказал", "sagte", "erklarte",
            "berichtete", "ha detto", "ha riferito", "hanno riferito", "ha aggiunto", "ha precisato", "ha dichiarato",
            "ha affermato", "riferisce", "afferma");

    /**
     * An article or preposition that leads a speaker's phrase but is not part of its name ("the Pentagon", "des
     * Ministeriums", Russian "в Пентагоне": "at the Pentagon", the usual way to say the Pentagon said so).
     */
    private static final Pattern ARTICLE = Pattern.compile("(?iU)^(?:the|le|la|les|el|los|las|o|a|os|as|der|die|das"
            + "|des|dem|den|ein|eine|einer|eines|il|lo|gli|в|во|(?-i:[Uu]n|[Uu]ne|[Uu]no|[Uu]na|[Uu]m|[Uu]ma))\\s+");

    /** Speakers written in lower case: "sumber lokal", "fuentes locales", "local sources", "officials". */
    private static final Pattern GENERIC_SPEAKER = Pattern.compile("(?U)(?:sumber|fuentes?|fontes?|sources?|local"
            + "|officials?|residents?|witnesses|activists|pejabat|warga|saksi|responsables?|testigos|testemunhas|fonti"
            + "|funzionari|testimoni)"
            + "(?![\\p{L}])");

    /**
     * The speaker of a clause ending "..., said the Pentagon." / "..., kata sumber lokal.", or of one between commas
     * ("« ... », a précisé ce responsable, ajoutant que ...").
     */
    private static Attribution invertedSpeaker(String sentence) {
        int end = sentence.length();
        for (int tries = 0; tries < 3; tries++) {
            int comma = Math.max(sentence.lastIndexOf(',', end - 1), sentence.lastIndexOf('،', end - 1));
            if (comma < 0) {
                return null;
            }
            var found = invertedSpeakerIn(sentence.substring(comma + 1, end));
            if (found != null) {
                return found;
            }
            end = comma;
        }
        return null;
    }

    private static Attribution invertedSpeakerIn(String clause) {
        var tail = clause.strip().replaceFirst("[.!”\"»]+$", "").strip();
        var folded = FoldedText.fold(tail);
        var verb = SAY_INVERTED.matcher(folded);
        if (!verb.find() || verb.start() != 0) {
            return null;
        }
        int verbEnd = Math.min(tail.length(), FoldedText.of(tail).originOf(verb.end() - 1) + 1);
        var phrase = ACRONYM_AFTER_NAME.matcher(CONDITION_OF_ANONYMITY.matcher(tail.substring(verbEnd)).replaceFirst(""))
                .replaceAll("").strip();
        var words = phrase.split("\\s+");
        if (phrase.isEmpty() || words.length > 8 || Character.isDigit(phrase.charAt(0))) {
            return null;
        }
        var speaker = trimArticle(phrase);
        if (speaker == null || !Character.isUpperCase(speaker.charAt(0)) && !isArabicScript(speaker)
                && !GENERIC_SPEAKER.matcher(FoldedText.fold(speaker)).lookingAt() && !namesSomeone(speaker)
                && !isAnaphor(speaker)) {
            return null;
        }
        return new Attribution(speaker, tail.substring(0, verbEnd).strip(), "attribution.verb-before-speaker");
    }

    /**
     * A sentence that only says who told the one before it: "Das teilten X mit.", "Об этом сообщили в X.", Spanish
     * and Italian "Lo informó X", "Lo ha riferito X".
     */
    private static final Pattern OF_PREVIOUS = Pattern.compile("(?iU)^(?:"
            + "(?:das|dies)\\s+(?<cueDe>(?:teilte|teilten|meldete|meldeten|berichtete|berichteten|sagte|sagten"
            + "|erklärte|erklärten|bestätigte|bestätigten))\\s+(?<de>.+?)(?:\\s+mit)?"
            + "|(?:that|this)\\s+(?<cueEn>is according to|was (?:reported|said|confirmed|announced) by)\\s+(?<en>.+?)"
            + "|c['’]est ce qu['’]?(?:e\\s+)?(?<cueFr>(?:a|ont)\\s+(?:indiqué|annoncé|affirmé|rapporté|déclaré|précisé"
            + "|expliqué))\\s+(?<fr>.+?)"
            + "|(?:así\\s+)?lo\\s+(?<cueLo>(?:informó|indicó|dijo|confirmó|aseguró|señaló|ha\\s+riferito|ha\\s+detto"
            + "|ha\\s+reso\\s+noto|ha\\s+annunciato|ha\\s+confermato))\\s+(?<lo>.+?)"
            + "|об\\s+этом\\s+(?<cueRu>(?:сообщил|заявил|рассказал|пишет|сообщает|сообщают|заявляют)\\p{L}*)\\s+(?<ru>.+?)"
            + ")(?:,.*)?[.!]?$");

    /** The speaker a sentence gives to the sentence before it, or null when it says nothing of the kind. */
    static Attribution attributionOfPrevious(String sentence) {
        var matcher = OF_PREVIOUS.matcher(sentence.strip());
        if (!matcher.matches()) {
            return null;
        }
        for (var language : new String[] {"De", "En", "Fr", "Lo", "Ru"}) {
            var phrase = matcher.group(language.toLowerCase(Locale.ROOT));
            if (phrase != null) {
                var speaker = trimArticle(CONDITION_OF_ANONYMITY.matcher(phrase).replaceFirst("").strip());
                return speaker == null || speaker.split("\\s+").length > 8 ? null
                        : new Attribution(speaker, matcher.group("cue" + language), "attribution.next-sentence");
            }
        }
        return null;
    }

    /** "... sous couvert d'anonymat", "speaking on condition of anonymity": how, not who. */
    private static final Pattern CONDITION_OF_ANONYMITY = Pattern.compile("(?iU)\\s+(?:sous couvert|on condition"
            + "|speaking on"
            + "|bajo condici[oó]n|que pidi[oó]|sob condi[cç][aã]o|who (?:spoke|asked|declined)).*$");

    /** A short phrase led by a common noun but holding a name: "телеканал Al Mayadeen", "le porte-parole Pat Ryder" */
    private static boolean namesSomeone(String phrase) {
        var words = phrase.split("\\s+");
        return words.length <= 6 && java.util.Arrays.stream(words).skip(1)
                .anyMatch(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
    }

    private static int end(FoldedText text, int foldedEnd) {
        return foldedEnd == 0 ? 0 : text.originOf(foldedEnd - 1) + 1;
    }

    private static String cut(String sentence, FoldedText text, int foldedStart, int foldedEnd) {
        return sentence.substring(text.originOf(foldedStart), end(text, foldedEnd)).strip();
    }

    static boolean isAnaphor(String speaker) {
        return ANAPHORS.contains(speaker.toLowerCase(Locale.ROOT));
    }

    /** A short name in brackets after a name, "Counter-Terrorism Directorate (CTD)": ending a text, or anywhere. */
    private static final String BRACKETED_ACRONYM = "\\s*\\((?:\\p{Lu}[\\p{L}\\d-]{1,9}|[\\u0600-\\u06FF]{2,12})\\)";
    private static final Pattern ACRONYM_BEFORE = Pattern.compile(BRACKETED_ACRONYM + "$");
    private static final Pattern ACRONYM_AFTER_NAME = Pattern.compile(BRACKETED_ACRONYM);

    /** A dateline ending at its dash: "BAGHDAD (Reuters) - ", "Desert Wire – ". */
    private static final Pattern DATELINE_DASH = Pattern.compile("^.*\\s[-–—]\\s+");

    /** "the region's Counter-Terrorism Directorate": the owner in lower case leads the name, but is not part of it. */
    private static final Pattern POSSESSIVE_LEAD = Pattern.compile("^(?:the\\s+)?\\p{Ll}+['’]s\\s+(?=\\p{Lu})");

    /** The noun phrase a clause starts with before the verb at {@code verbStart}. */
    private static String phraseBefore(String sentence, int verbStart) {
        int start = verbStart;
        while (start > 0 && ",;:“”\"«»()".indexOf(sentence.charAt(start - 1)) < 0) {
            start--;
            if (start > 0 && sentence.charAt(start - 1) == ')') {
                var acronym = ACRONYM_BEFORE.matcher(sentence.substring(0, start));
                start = acronym.find() ? acronym.start() : start;
            }
        }
        var clause = ACRONYM_AFTER_NAME.matcher(sentence.substring(start, Math.min(verbStart, sentence.length())))
                .replaceAll("").strip();
        clause = POSSESSIVE_LEAD.matcher(DATELINE_DASH.matcher(clause).replaceFirst("")).replaceFirst("");
        if (clause.isEmpty() && start > 0 && sentence.charAt(start - 1) == ',') {
            int comma = sentence.indexOf(',');
            clause = comma > 0 && comma < verbStart ? sentence.substring(0, comma).strip() : clause;
        }
        var lastWord = clause.substring(clause.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (Set.of("the", "a", "an", "its", "their", "these", "those", "le", "la", "les", "el", "los").contains(lastWord)) {
            return null;
        }
        for (var stop : new String[] {" that ", " who ", " which ", " speaking ", " quoted ", " cited by ", " que ",
            " qui ", " bahwa "}) {
            int at = (" " + clause + " ").indexOf(stop);
            if (at > 0) {
                clause = clause.substring(0, at - 1).strip();
            }
        }
        var words = new ArrayList<>(List.of(clause.split("\\s+")));
        words.removeIf(word -> word.isBlank() || word.chars().noneMatch(Character::isLetterOrDigit));
        while (!words.isEmpty() && LEADING_NOISE.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        int auxiliary = words.size() - 1;
        while (auxiliary >= 0 && PASSIVE_ADVERBS.contains(words.get(auxiliary).toLowerCase(Locale.ROOT))) {
            auxiliary--;
        }
        if (auxiliary >= 0 && Set.of("was", "were", "been", "is", "are", "be", "being", "été", "ete", "fue", "foi",
                "fueron", "foram", "telah", "sido")
                .contains(words.get(auxiliary).toLowerCase(Locale.ROOT))) {
            return null;
        }
        while (!words.isEmpty() && Set.of("has", "have", "had", "also", "was", "were", "is", "reportedly", "then",
                "later", "initially", "further", "officially", "previously", "not", "yet", "never", "belum", "tidak",
                "pas", "no", "nao", "não", "ne", "nicht", "не", "se", "ha", "han", "mengaku", "mengklaim",
                "n'a", "لم").contains(words.get(words.size() - 1)
                .toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() > 9) {
            return null;
        }
        var phrase = String.join(" ", words);
        var first = words.get(0);
        if (NOBODY.matcher(FoldedText.fold(phrase)).lookingAt()) {
            return null;
        }
        if (!Character.isUpperCase(first.charAt(0)) && !Character.isDigit(first.charAt(0)) && !isArabicScript(first)
                && !Set.of("the", "a", "an", "sources", "local", "some", "officials", "residents", "witnesses", "he", "she", "they",
                "it", "iraqi", "syrian", "us", "american", "military", "security", "two", "informed").contains(first)) {
            return null;
        }
        if (!words.stream().anyMatch(word -> Character.isUpperCase(word.charAt(0)) || isArabicScript(word)
                || Set.of("sources", "source", "statement", "official", "spokesman", "spokesperson",
                "officials", "residents", "witnesses", "activists", "he", "she", "they", "it").contains(word))) {
            return null;
        }
        return trimArticle(phrase);
    }

    /** Adverbs between a passive auxiliary and its verb ("explosions were also reported"): no speaker there. */
    private static final Set<String> PASSIVE_ADVERBS = Set.of("also", "reportedly", "then", "later", "initially",
            "further", "officially", "previously", "widely", "first", "aussi", "egalement", "également", "también",
            "tambien", "também", "tambem", "juga");

    /** Arabic and Persian have no capital letters: a phrase in their script may name a speaker. */
    private static boolean isArabicScript(String word) {
        return !word.isEmpty() && word.charAt(0) >= '\u0600' && word.charAt(0) <= '\u06FF';
    }

    /** A verb of saying between "según" and its speaker: "según ha informado el Comando Central". */
    private static final Pattern SAYING_AFTER_CUE = Pattern.compile("(?iU)^(?:(?:ha|han|había|habían|hanno)\\s+\\p{L}+"
            + "|inform[oó]|indic[oó]|dijo|explic[oó]|señal[oó]|confirm[oó]|precis[oó])\\s+");

    /** "ABD Merkez Kuvvetler Komutanlığı (CENTCOM) yaptığı açıklamada, ...": the speaker of a Turkish statement. */
    private static final Pattern TURKISH_STATEMENT = Pattern.compile("(?iU)^(?<speaker>[^,.]{2,80}?)\\s+(?:yaptığı"
            + "|tarafından yapılan)(?:\\s+yazılı)?\\s+açıklamada");

    /** The noun phrase right after a cue ("according to local sources, ..."). */
    private static String phraseAfter(String sentence, int from) {
        int end = from;
        while (end < sentence.length() && ",;:.“”\"«»()،".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        var phrase = SAYING_AFTER_CUE.matcher(sentence.substring(Math.min(from, sentence.length()), end).strip())
                .replaceFirst("");
        for (var stop : new String[] {" who ", " that ", " in a ", " on ", " quoted ", " citing ", " citate ",
            " citati ", " citata ", " citato ", " أن ", " ان ", " إن ",
            " إنه ", " انه ", " أنه ", " إنها ", " انها ", " أنها ", " بأن ", " بان ", " مسؤوليتها ", " مسؤوليته ",
            " في بيان ", " في تصريح ", " الهجوم ", " الهجمات ", " العمليه ", " العملية ", " لوكالة ", " لقناة ", " لموقع ", " لصحيفة ", " لشبكة ",
            " wurden ", " wurde ", " sei ", " seien ", " habe ", " hat ", " haben ", " ist ", " sind ", " gab ",
            " gebe "}) {
            int at = (" " + phrase + " ").indexOf(stop);
            if (at > 0) {
                phrase = phrase.substring(0, at - 1).strip();
            }
        }
        var words = phrase.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            var number = Numbers.parse(FoldedText.fold(words[i]));
            if (number != null && number > 1) {
                words = java.util.Arrays.copyOf(words, i);
                phrase = String.join(" ", words);
                break;
            }
        }
        if (phrase.isBlank() || words.length > 8) {
            return words.length > 8 ? trimArticle(String.join(" ", java.util.Arrays.copyOf(words, 6))) : null;
        }
        return trimArticle(phrase);
    }

    /** "the Kataib Hezbollah resistance faction" → "Kataib Hezbollah". */
    private static String actorName(String phrase) {
        var name = trimArticle(phrase);
        return name == null ? null : name.replaceAll("(?i)\\s+(resistance\\s+)?(faction|group|militia|movement)s?$", "");
    }

    private static String trimArticle(String phrase) {
        var stripped = ARTICLE.matcher(phrase).replaceFirst("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The claims of one sentence, spoken by {@code speaker} with {@code cue}. */
    static List<ExtractedClaim> claims(String sentence, String folded, Span span, String speaker, String cue,
                                       String attributionRule) {
        var claims = new ArrayList<ExtractedClaim>();
        boolean denied = Cues.DENY.foundIn(folded);
        boolean notConfirmed = Cues.NOT_CONFIRMED.foundIn(folded);
        boolean attack = Cues.ATTACK.foundIn(folded);
        double base = attributionRule.equals("attribution.outlet") ? 0.6 : 0.75;
        if (attack && !(notConfirmed && !hasOtherAssertion(folded))) {
            boolean occurrenceDenied = denied && !deniesADetail(folded);
            claims.add(claim(sentence, span, speaker, cue, Aspect.OCCURRENCE, "attack",
                    occurrenceDenied ? Stance.DENIES : Stance.ASSERTS,
                    denied && !occurrenceDenied ? "claim.occurrence.detail-denied" : "claim.occurrence", base));
        }
        var counts = counts(folded);
        if (!counts.isEmpty()) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.COUNT, counts, stance(denied), "claim.count.number",
                    base + 0.1));
        } else {
            for (var weapon : weapons(folded)) {
                claims.add(claim(sentence, span, speaker, cue, Aspect.WEAPON, weapon, stance(denied),
                        "claim.weapon.noun", base));
            }
        }
        var outcome = outcome(folded);
        if (outcome != null && !(denied && outcome.equals("hit"))) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.OUTCOME, outcome, stance(denied), "claim.outcome",
                    base));
        }
        var damage = damage(folded);
        if (damage != null) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.DAMAGE, damage, stance(denied), "claim.damage",
                    base));
        }
        var casualties = casualties(folded);
        if (casualties != null) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.CASUALTIES, casualties, stance(denied),
                    "claim.casualties", base));
        }
        var claimant = claimant(sentence, speaker);
        if (claimant == null && !denied && !attributionRule.equals("attribution.outlet")
                && !attributionRule.equals("attribution.quote-continues") && Cues.SELF_CLAIM.foundIn(folded)) {
            claimant = new Claimant(speaker, speaker, cue, "claim.responsibility.own-attack");
        }
        if (claimant != null) {
            claims.add(claim(sentence, span, claimant.speaker(), claimant.cue(), Aspect.RESPONSIBILITY,
                    claimant.value(), stance(denied), claimant.rule(), base + 0.1));
        }
        // A group denying its part ("denied any involvement") denies the responsibility claim above, not the attack.
        if (denied && claimant == null) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.CONFIRMATION, "denied", Stance.DENIES,
                    "claim.confirmation.denied", base));
        } else if (!denied && notConfirmed) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.CONFIRMATION, "not confirmed", Stance.NOT_CONFIRMED,
                    "claim.confirmation.not-confirmed", base));
        } else if (!denied && confirms(folded)) {
            claims.add(claim(sentence, span, speaker, cue, Aspect.CONFIRMATION, "confirmed", Stance.ASSERTS,
                    "claim.confirmation.confirmed", base));
        }
        return claims;
    }

    /**
     * Whether a denial is of a detail (damage, casualties, the group's part in it) named right after it ("denied any
     * damage", "niega daños", "negaron cualquier participación en el ataque"), not of the attack itself.
     */
    private static boolean deniesADetail(String folded) {
        var denial = Cues.DENY.matcher(folded);
        if (!denial.find()) {
            return false;
        }
        var after = folded.substring(denial.end(), Math.min(folded.length(), denial.end() + 50));
        return Cues.DAMAGE.foundIn(after) || Cues.INJURED.foundIn(after) || Cues.KILLED.foundIn(after)
                || Cues.RESPONSIBILITY.foundIn(after);
    }

    /** A cue of confirmation, except Arabic أكد with a following أن ("stressed that"), which asserts a clause. */
    private static boolean confirms(String folded) {
        var matcher = Cues.CONFIRMED.matcher(folded);
        while (matcher.find()) {
            boolean arabic = folded.charAt(matcher.start()) >= '\u0600' && folded.charAt(matcher.start()) <= '\u06FF';
            var next = List.of(folded.substring(matcher.end()).strip().split("[^\\p{L}\\p{N}]+"));
            var following = next.subList(0, Math.min(next.size(), 5));
            if (!arabic || !(following.contains("ان") || following.contains("انه"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOtherAssertion(String folded) {
        var rest = Cues.NOT_CONFIRMED.matcher(folded).replaceAll(" ");
        rest = Cues.CONFIRMED.matcher(rest).replaceAll(" ");
        return Cues.SAY.foundIn(rest) || Cues.ACCORDING_TO.foundIn(folded);
    }

    private static Stance stance(boolean denied) {
        return denied ? Stance.DENIES : Stance.ASSERTS;
    }

    private static ExtractedClaim claim(String sentence, Span span, String speaker, String cue, Aspect aspect,
                                        String value, Stance stance, String rule, double confidence) {
        return new ExtractedClaim(span, sentence, speaker, cue, aspect, value, stance, rule, Math.min(confidence, 0.95));
    }

    /** "six missiles" → "6 missile"; "a drone and four rockets" → "1 drone; 4 rocket"; "between two and four" → "2-4". */
    static String counts(String folded) {
        var byWeapon = new TreeMap<String, Integer>();
        var lowest = new TreeMap<String, Integer>();
        var matcher = COUNT.matcher(folded);
        boolean weaponNamed = !weapons(folded).isEmpty();
        while (weaponNamed && matcher.find()) {
            var number = number(matcher.group(1));
            var weapon = weapon(matcher.group(2));
            if (number == null || weapon == null || number > 500) {
                continue;
            }
            var after = folded.substring(matcher.end(), Math.min(folded.length(), matcher.end() + 6));
            if (after.startsWith(" of ") || after.startsWith("-") || Cues.INTERCEPTED.foundIn(
                    folded.substring(matcher.end(), Math.min(folded.length(), matcher.end() + 25)))) {
                continue;
            }
            byWeapon.merge(weapon, number, Math::max);
            var before = folded.substring(Math.max(0, matcher.start() - 30), matcher.start())
                    .split("[^\\p{L}\\p{N}]+");
            int n = before.length;
            if (n >= 3 && AND.contains(before[n - 1]) && number(before[n - 2]) != null
                    && BETWEEN.contains(before[n - 3]) && number(before[n - 2]) < number) {
                lowest.put(weapon, number(before[n - 2]));
            }
        }
        var duals = ARABIC_DUAL.matcher(folded);
        while (duals.find()) {
            byWeapon.putIfAbsent(duals.group(1).contains("صاروخ") ? "rocket" : "drone", 2);
        }
        var kurdishOne = KURDISH_ONE.matcher(folded);
        while (kurdishOne.find()) {
            byWeapon.putIfAbsent(weapon(kurdishOne.group(1)), 1);
        }
        var parts = new ArrayList<String>();
        byWeapon.forEach((weapon, number) -> parts.add((lowest.containsKey(weapon) ? lowest.get(weapon) + "-" : "")
                + number + " " + weapon));
        return String.join("; ", parts);
    }

    /** A number word, also with an Arabic proclitic in front ("بثلاثة" = "with three"). */
    private static Integer number(String word) {
        var number = Numbers.parse(word);
        if (number == null && word.length() > 3 && "وبلفك".indexOf(word.charAt(0)) >= 0) {
            number = Numbers.parse(word.substring(1));
        }
        return number;
    }

    /**
     * "two intercepted, the third hit" → "intercepted 2; hit 1"; plain "hit", "intercepted" or "failed". The folded
     * sentence's Turkish "bir kısmı" ("a part of them") is no count of one.
     */
    static String outcome(String foldedSentence) {
        var folded = foldedSentence.replace("bir kism", "kism");
        if (interceptionDenied(folded)) {
            return "hit";
        }
        if (Cues.INTERCEPTED.foundIn(folded)) {
            Integer intercepted = interceptedCount(folded);
            var remaining = REMAINING_HIT.matcher(folded);
            if (intercepted != null && intercepted > 1 || intercepted != null && remaining.find()) {
                remaining.reset();
                if (remaining.find()) {
                    var which = remaining.group(1);
                    var count = remaining.group(2) == null ? null : Numbers.parse(remaining.group(2));
                    if (count == null && REST.contains(which)) {
                        return "intercepted " + intercepted + "; hit";
                    }
                    int hit = count != null && !which.equals("one") ? count : 1;
                    return "intercepted " + intercepted + "; hit " + hit;
                }
                return "intercepted " + intercepted;
            }
            if ((remaining.find() || VERB_THEN_REST_HIT.matcher(folded).find()) && !folded.contains("repelled")) {
                return "intercepted; hit";
            }
            return "intercepted";
        }
        if (Cues.FAILED.foundIn(folded) && !folded.contains("to no avail")) {
            return "failed";
        }
        if (Cues.HIT.foundIn(folded)) {
            return "hit";
        }
        return null;
    }

    /** "Die Drohne sei nicht abgefangen worden", "was not intercepted": the one interception word is negated. */
    private static boolean interceptionDenied(String folded) {
        var matcher = Cues.INTERCEPTED.matcher(folded);
        if (!matcher.find()) {
            return false;
        }
        var before = folded.substring(Math.max(0, matcher.start() - 30), matcher.start());
        var negation = NEGATED_JUST_BEFORE.matcher(before);
        return negation.find() && !CONTRAST.matcher(negation.group()).find() && !matcher.find();
    }

    /** The number nearest to an interception verb ("two drones were shot down", "downed two of them"). */
    private static Integer interceptedCount(String folded) {
        var matcher = Cues.INTERCEPTED.matcher(folded);
        while (matcher.find()) {
            var before = folded.substring(Math.max(0, matcher.start() - 40), matcher.start()).split("[^\\p{L}\\p{N}]+");
            var after = folded.substring(matcher.end(), Math.min(folded.length(), matcher.end() + 30))
                    .split("[^\\p{L}\\p{N}]+");
            for (int distance = 0; distance < 6; distance++) {
                for (var word : new String[] {
                        distance < after.length ? after[distance] : "",
                        before.length - 1 - distance >= 0 ? before[before.length - 1 - distance] : ""}) {
                    var number = Numbers.parse(word);
                    if (number != null && !word.equals("a") && !word.equals("an")) {
                        return number;
                    }
                }
            }
        }
        return null;
    }

    /** destroyed / damaged / none / not reported. */
    static String damage(String folded) {
        if (Cues.NO_DAMAGE.foundIn(folded)) {
            return "none";
        }
        if (Cues.DAMAGE_UNKNOWN.foundIn(folded) && (Cues.DAMAGE.foundIn(folded) || folded.contains("loss"))) {
            return "not reported";
        }
        if (Cues.DESTROYED.foundIn(folded)) {
            return "destroyed";
        }
        var damage = Cues.DAMAGE.matcher(folded);
        if (damage.find()) {
            var denial = Cues.DENY.matcher(folded);
            boolean denied = denial.find() && denial.start() < damage.start();
            var before = folded.substring(Math.max(0, damage.start() - 40), damage.start());
            var negation = NEGATED_JUST_BEFORE.matcher(before);
            boolean negated = negation.find() && !CONTRAST.matcher(negation.group()).find();
            if (negated && INFORMATION.matcher(negation.group()).find()) {
                return "not reported";
            }
            return denied || negated ? "none" : "damaged";
        }
        return null;
    }

    /** "killed N; injured M" with ranges, "killed 0; injured 0" for none, "injured unknown" without a number. */
    static String casualties(String folded) {
        if (Cues.NO_DEATHS.foundIn(folded)) {
            return "killed 0";
        }
        if (Cues.NO_CASUALTIES.foundIn(folded)) {
            return "killed 0; injured 0";
        }
        var killed = countBefore(folded, Cues.KILLED);
        var injured = countBefore(folded, Cues.INJURED);
        if (killed == null && injured == null) {
            return null;
        }
        var parts = new ArrayList<String>();
        if (killed != null) {
            parts.add("killed " + killed);
        }
        if (injured != null) {
            parts.add("injured " + injured);
        }
        return String.join("; ", parts);
    }

    private static final Set<String> AT_LEAST = Set.of("least", "moins", "menos", "sedikitnya", "setidaknya",
            "minimal", "мере", "минимум", "mindestens", "almeno");
    /** "The number of troops injured ... has risen to more than 40": the count comes after the word. */
    private static final Pattern RISEN_TO = Pattern.compile("(?U)(?:risen|rose|climbed|increased|grown|jumped"
            + "|reached|stands|stood|is now)(?:\\s+(?:to|at))?(?:\\s+(?:more\\s+than|at\\s+least|over))?\\s+"
            + "(?<count>\\d+|[\\p{L}]+)(?![\\p{L}\\p{N}])");

    /** Words after a number that count weapons or impacts, not people: "one crashed, causing minor injuries". */
    private static final Set<String> NOT_PEOPLE_AFTER = Set.of("crashed", "hit", "struck", "exploded", "fell", "landed",
            "impacted", "detonated");

    /** Words a number names a place with, not a count: "Tower 22", "البرج 22". */
    private static final Set<String> NUMBERED_NAMES = Set.of("tower", "burj", "البرج", "башня", "башни", "башне", "kule",
            "camp", "route", "site", "checkpoint");

    /** "More than 40", "plus de 40": an open range like "at least". */
    private static final Set<String> MORE_THAN = Set.of("more than", "over", "plus de", "mas de", "mais de",
            "mehr als", "uber", "lebih dari", "более", "свыше", "اكثر من", "بیش از", "piu di", "oltre");
    private static final Set<String> BETWEEN = Set.of("between", "entre", "antara", "بين", "tra", "fra");
    private static final Set<String> AND = Set.of("and", "et", "y", "e", "dan", "hingga", "sampai", "to", "a", "و");

    /**
     * The number of people a casualty word counts: "3", a range "5-7" ("between 5 and 7"), an open range "3+"
     * ("at least three", "au moins trois", "ما لا يقل عن ثلاثة"), "0" when the word is negated or denied ("não houve
     * feridos", "negó ... heridos"), "unknown" when it gives no number.
     */
    private static String countBefore(String folded, Lexicon words) {
        var matcher = words.matcher(folded);
        while (matcher.find()) {
            var countAfter = countAfter(folded, matcher.end());
            if (countAfter != null && matcher.group().endsWith("ing")) {
                return countAfter;
            }
            var before = folded.substring(Math.max(0, matcher.start() - 80), matcher.start());
            var tokens = before.split("[^\\p{L}\\p{N}]+");
            for (int i = tokens.length - 1; i >= Math.max(0, tokens.length - 10); i--) {
                if (tokens[i].isEmpty() || tokens[i].equals("a") || tokens[i].equals("an")) {
                    continue;
                }
                var number = Numbers.parse(tokens[i]);
                if (number != null && i > 0 && NUMBERED_NAMES.contains(tokens[i - 1])) {
                    continue;
                }
                if (number != null && i + 1 < tokens.length && (NOT_PEOPLE_AFTER.contains(tokens[i + 1])
                        || weapon(tokens[i + 1]) != null)) {
                    break;
                }
                if (number != null) {
                    if (i > 0 && (tokens[i - 1].equals("of") || before.endsWith(" of the "))) {
                        break;
                    }
                    return range(tokens, i, number);
                }
            }
            if (countAfter != null) {
                return countAfter;
            }
            var risen = RISEN_TO.matcher(
                    folded.substring(matcher.end(), Math.min(folded.length(), matcher.end() + 160)));
            if (folded.substring(Math.max(0, matcher.start() - 60), matcher.start()).contains("number of")
                    && risen.find() && Numbers.parse(risen.group("count")) != null) {
                var tokensAfter = risen.group().split("[^\\p{L}\\p{N}]+");
                return range(tokensAfter, tokensAfter.length - 1, Numbers.parse(risen.group("count")));
            }
            var negation = NEGATED_JUST_BEFORE.matcher(before);
            var denial = Cues.DENY.matcher(before);
            if (negation.find() && !CONTRAST.matcher(negation.group()).find() || denial.find()
                    || NEGATED_JUST_AFTER.matcher(folded.substring(matcher.end())).find()) {
                return "0";
            }
            return "unknown";
        }
        return null;
    }

    /**
     * The number right after a casualty word ("blessant trois soldats", "killing at least three"), or null; a verb in
     * -ing takes its count after it, so that is read first ("struck Tower 22, killing three soldiers").
     */
    private static String countAfter(String folded, int wordEnd) {
        var after = folded.substring(wordEnd, Math.min(folded.length(), wordEnd + 30)).strip();
        var following = after.split("[^\\p{L}\\p{N}]+");
        int first = 0;
        boolean atLeast = false;
        while (first < following.length - 1 && (following[first].isEmpty() || Set.of("at", "au", "al", "pelo",
                "por", "lo").contains(following[first]) || AT_LEAST.contains(following[first]))) {
            atLeast |= AT_LEAST.contains(following[first]);
            first++;
        }
        if (first < following.length && Numbers.parse(following[first]) != null && !following[first].equals("a")) {
            return Numbers.parse(following[first]) + (atLeast ? "+" : "");
        }
        return null;
    }

    /** The number at {@code tokens[i]} with the range words before it. */
    private static String range(String[] tokens, int i, int number) {
        if (i >= 3 && AND.contains(tokens[i - 1]) && Numbers.parse(tokens[i - 2]) != null
                && BETWEEN.contains(tokens[i - 3])) {
            int low = Numbers.parse(tokens[i - 2]);
            return low < number ? low + "-" + number : String.valueOf(number);
        }
        boolean atLeast = i >= 1 && (AT_LEAST.contains(tokens[i - 1]) || MORE_THAN.contains(tokens[i - 1]))
                || i >= 2 && (tokens[i - 1].equals("عن") && tokens[i - 2].equals("يقل")
                        || MORE_THAN.contains(tokens[i - 2] + " " + tokens[i - 1]));
        return number + (atLeast ? "+" : "");
    }

    private record Claimant(String value, String speaker, String cue, String rule) {
    }

    /**
     * A sentence that opens with what is claimed and names the claimant after the verb: "Zu dem Angriff bekannte sich
     * X", "Ответственность за атаку взяло на себя X".
     */
    private static final Pattern RESPONSIBILITY_FIRST = Pattern.compile("(?iU)(?:zu|für|ответственность)(?![\\p{L}])");

    /** The attack named as the object before its claimant, as Turkish puts it: "Saldırıyı X üstlendi". */
    private static final Pattern CLAIMED_OBJECT = Pattern.compile("(?iU)^(?:sald[ıi]r[ıi]y[ıi]|sald[ıi]r[ıi]lar[ıi])\\s+");

    /** A claimant named in quotation marks right before the cue ("«Исламское сопротивление в Ираке» взяло"). */
    private static final Pattern QUOTED_BEFORE = Pattern.compile("[«“„\"]([^«»“”„\"]{2,80})[»”\"]\\s*$");

    /** "أعلنت X مسؤوليتها": the claimant stands between the verb and the word for its responsibility. */
    private static final String ARABIC_RESPONSIBILITY = FoldedText.fold("مسؤولي");

    private static int skipOpeningQuotes(String sentence, int from) {
        int at = from;
        while (at < sentence.length() && (Character.isWhitespace(sentence.charAt(at))
                || "«“„\"".indexOf(sentence.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    private static Claimant claimant(String sentence, String speaker) {
        var text = FoldedText.of(sentence);
        var folded = text.folded();
        var responsibility = Cues.RESPONSIBILITY.matcher(folded);
        if (!responsibility.find()) {
            return null;
        }
        var by = CLAIMED_BY.matcher(sentence);
        if (by.find()) {
            var name = actorName(by.group(1).strip());
            return name == null ? null : new Claimant(name, speaker, "claimed by", "claim.responsibility.claimed-by");
        }
        int cueStart = text.originOf(responsibility.start());
        var cue = cut(sentence, text, responsibility.start(), responsibility.end());
        var before = phraseBefore(sentence, cueStart);
        if (before != null && NOBODY.matcher(FoldedText.fold(before)).find()) {
            return null;
        }
        if (folded.startsWith(ARABIC_RESPONSIBILITY, responsibility.start())) {
            var verb = Cues.SAY_ARABIC.matcher(folded);
            if (verb.find() && verb.end() <= responsibility.start()) {
                var between = phraseAfter(sentence, end(text, verb.end()));
                return between == null ? null : new Claimant(between, between, cue, "claim.responsibility.verb-first");
            }
        }
        if (folded.startsWith("تبن", responsibility.start()) || folded.startsWith("وتبن", responsibility.start())) {
            var after = phraseAfter(sentence, end(text, responsibility.end()));
            return after == null ? null : new Claimant(after, after, "تبنت", "claim.responsibility.verb-first");
        }
        if (before != null && RESPONSIBILITY_FIRST.matcher(before).lookingAt()) {
            var after = phraseAfter(sentence, skipOpeningQuotes(sentence, end(text, responsibility.end())));
            return after == null ? null : new Claimant(actorName(after), actorName(after), cue,
                    "claim.responsibility.claimant-after");
        }
        var quoted = QUOTED_BEFORE.matcher(sentence.substring(0, cueStart));
        if (before == null && quoted.find()) {
            before = quoted.group(1).strip();
        }
        if (before != null) {
            before = CLAIMED_OBJECT.matcher(before).replaceFirst("");
            var denial = FoldedText.of(before);
            var denies = Cues.DENY.matcher(denial.folded());
            if (denies.find() && denies.start() > 0) {
                before = before.substring(0, denial.originOf(denies.start())).strip();
            }
            before = actorName(before);
            return new Claimant(before, before, cue, "claim.responsibility.subject");
        }
        return null;
    }
}
