package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.ingest.DateFinder.NumericOrder;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Span;

/**
 * Reads outlet, headline, language and publication date from the places news texts state them: the dateline before
 * the first dash ("TRIBUNNEWS.COM –", "Tehran, IRNA –", "BAGHDAD (Reuters) -"), a "published on X, July 26, 2024"
 * line, a "Source: X" line, a byline, a copyright line, and an HTML page's meta tags. Only the first and last few
 * short lines are read for these, so a body sentence that quotes another outlet is never taken for the article's
 * own. Nothing is guessed: what is not stated stays null.
 */
public final class MetadataExtractor {

    private static final int HEAD_LINES = 4;
    private static final int TAIL_LINES = 3;
    private static final int MAX_METADATA_LINE = 200;
    private static final int MAX_DATELINE = 80;
    /** Longer "titles" and "outlets" are whole paragraphs or page furniture, not metadata. */
    private static final int MAX_TITLE = 300;
    private static final int MAX_OUTLET = 100;
    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Wire services and outlets that stand alone in datelines and bylines, lower case. */
    private static final Set<String> KNOWN_OUTLETS = knownOutlets();
    /** Words that make a name an outlet's name ("Shafaq News", "Tehran Times", "Agencia EFE"). */
    private static final Set<String> MEDIA_WORDS = Set.of("news", "times", "post", "press", "agency", "tv",
            "radio", "daily", "tribune", "herald", "gazette", "journal", "media", "network", "channel", "telegraph",
            "monitor", "agence", "agencia", "agência", "kantor", "berita", "wire", "observer", "chronicle",
            "report", "today", "online", "prensa", "imprensa", "notícias", "noticias", "وكالة", "قناة", "صحيفة", "نيوز",
            "نت", "موقع", "تلفزيون", "إذاعة");
    private static final Pattern ARTICLE_NAME = Pattern.compile("^(?:The|Le|La|Les|El)\\s+\\p{Lu}|^L['’]\\p{Lu}",
            FLAGS);
    private static final Pattern PIECE_SEPARATOR = Pattern.compile("[,،]");

    private static final Pattern DATELINE_SEPARATOR = Pattern.compile(
            "\\s*[–—]\\s*|\\s+-{1,2}\\s+|(?<=\\))\\.?-+\\s*|(?<dashless>(?<=\\))\\s+(?=\\p{Lu}))", FLAGS);
    private static final Pattern NAME_THEN_FULL_STOP = Pattern.compile("(?<name>\\p{L}[\\p{L} ]{1,40}?)\\.\\s", FLAGS);
    private static final Pattern OUTLET_WITH_AGENCIES = Pattern.compile("(?<outlet>\\p{L}[\\p{L}\\p{N} .'-]{1,40}?)"
            + "(?:\\s+(?i:avec|with|mit|con|com|and|et|und|y|e)\\s+(?:l'|les\\s+|the\\s+|news\\s+)?"
            + "(?:AFP|AP|Reuters|dpa|EFE|ANSA|agences|agencies|Agenturen|agencias|agências|wires)"
            + "|\\s+(?:English|Arabic|Online|International|en español|en français|Türkçe|Deutsch))?", FLAGS);
    /** The word for "year" after a Russian date: "26 декабря 2023 г.", "2023 года". */
    private static final Pattern YEAR_WORD = Pattern.compile("^\\s*(?:г|года|год)\\.?(?![\\p{L}])", FLAGS);
    /** What stands between an outlet and a date on one line: commas, dashes, bars, slashes, brackets. */
    private static final Pattern OUTLET_DATE_SEPARATORS = Pattern.compile("[\\s,;|/()\\[\\]–—-]+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{2,40})\\)");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}]{2,6}){1,2}", FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,8}", FLAGS);
    private static final Pattern AGENCY_AFTER_DASH = Pattern.compile(
            "^[\\p{L} ]{2,30}?[-–—]\\s*(?<agency>[\\p{L}]{2,12})(?=\\s*(?:[/|:]|$)|\\s+[-–—]\\s)", FLAGS);
    private static final Pattern PUBLISHED_PHRASE = Pattern.compile(
            "(?i)(?:first |originally )?(?:published|posted|publicad[oa]|publiée?|diterbitkan|dipublikasikan|نُشر|نشر)"
                    + "\\s+(?:on|by|in|at|en|el|le|por|par|dans|sur|oleh|pada|di|em|no|na|في|على|عبر|بتاريخ)\\s+", FLAGS);
    private static final Pattern CAPITALISED_NAME = Pattern.compile(
            "(?:(?:The|Al|El|La|Le|O|A)[\\s-]+)?\\p{Lu}[\\p{L}\\d.&'’-]*"
                    + "(?:[\\s-]+(?:(?:of|and|de|del|do|da|du|des|en)\\s+|al-)?\\p{Lu}[\\p{L}\\d.&'’-]*){0,5}"
                    + "(?:\\s+\\d{1,3}(?=\\s*(?:[,;|–—]|$)))?",
            FLAGS);
    private static final Pattern ARABIC_NAME = Pattern.compile(
            "[\\p{IsArabic}&&[^،؛٠-٩]][\\p{IsArabic} &&[^،؛٠-٩]]{1,40}", FLAGS);
    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "^(?i:sources?|fuente|fonte|sumber|quelle|fonti|المصدر)\\s*:\\s*(?<outlet>.{2,80})$", FLAGS);
    /** A line that is only a web address, as a page saved or printed from a browser starts with. */
    private static final Pattern URL_LINE = Pattern.compile("\\s*https?://\\S+\\s*");
    private static final Pattern URL_HOST = Pattern.compile("https?://(?:www\\.)?(?<host>[^/\\s]+)", FLAGS);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|par|por|oleh|reporter|penulis|laporan wartawan|بقلم)\\s+(?<rest>.+)$", FLAGS);
    private static final Pattern BYLINE_PIECE = Pattern.compile("[^,|/–—]+", FLAGS);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\)|(?i:copyright))\\s*(?:\\d{4}\\s*)?(?<outlet>\\p{Lu}[^\\n.,©]{1,50}?)\\s*(?:\\d{4})?"
                    + "\\s*(?:[.,]|(?i:all rights)|$)",
            FLAGS);
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)published|posted|date|fecha|data|tanggal|publié|publicad[oa]|diterbitkan|التاريخ|تاريخ النشر|بتاريخ"
                    + "|stand|veröffentlicht|datum|pubblicato|опубликовано");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lundi", "mardi", "mercredi",
            "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
            "domingo", "segunda", "terça", "quarta", "quinta", "sexta", "senin", "selasa", "rabu", "kamis", "jumat",
            "sabtu", "minggu", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");
    /** Words that may stand beside a date on a date line besides weekdays: times, zones, "on", "le", "de"... */
    private static final Set<String> DATE_LINE_PARTICLES = Set.of("feira", "am", "pm", "gmt", "utc", "wib", "h",
            "on", "at", "le", "el", "de", "em", "pada", "à", "a", "las", "um", "uhr", "mez", "msk");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)updated|actualizad[oa]|mis à jour|atualizad[oa]|diperbarui");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]+", FLAGS);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
    /** The plain patterns of the line tests below, compiled once rather than on every line read. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][\"'”’»]?$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("(?s).*[!?;\"“”«»:].*");
    private static final Pattern NEW_SENTENCE = Pattern.compile("(?s).*[.!?]\\s+\\p{Lu}.*");
    private static final Pattern DATELINE_NEW_SENTENCE = Pattern.compile("(?s).*\\.\\s+\\p{Lu}.*");
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"'”’»)\\]]+$");
    private static final Pattern CLAUSE_END = Pattern.compile("(?s).*[.,;:]$");
    private static final Pattern NAME_TRAILER = Pattern.compile("[.’'-]+$");
    private static final Pattern LABEL_TRAILER = Pattern.compile("[.;]+$");

    /** Reads the metadata of normalised article text and what its markup declared. */
    public ArticleMetadata extract(String text, EmbeddedMetadata embedded) {
        var language = LanguageDetector.detect(text);
        var order = "en".equals(language) || language == null ? NumericOrder.UNKNOWN : NumericOrder.DAY_FIRST;
        var lines = Line.split(text);
        var head = lines.subList(0, Math.min(HEAD_LINES, lines.size()));
        var tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        var metadataLines = new ArrayList<Line>();
        Stream.concat(head.stream(), tail.stream()).distinct().filter(MetadataExtractor::mayBeMetadata)
                .forEach(metadataLines::add);

        var dateline = lines.isEmpty() ? Optional.<Dateline>empty() : dateline(text, lines.get(0), order)
                .or(() -> lines.size() > 1 && isHeadline(lines.get(0)) ? dateline(text, lines.get(1), order)
                        : Optional.empty());
        var published = publishedPhrase(text, metadataLines, order);
        var outletDate = outletDateLine(text, head, order);

        var outlet = dateline.flatMap(Dateline::outlet)
                .or(() -> published.flatMap(PublishedPhrase::outlet))
                .or(() -> sourceLabel(text, metadataLines))
                .or(() -> byline(text, head))
                .or(() -> outletDate.map(OutletDate::outlet))
                .or(() -> outletLine(text, head))
                .or(() -> copyright(text, tail))
                .or(() -> stated(text, embedded.siteName()));

        var date = published.flatMap(PublishedPhrase::date).map(found -> explicit(found.date(), found.span()))
                .or(() -> dateLine(text, head, order))
                .or(() -> dateline.flatMap(Dateline::date).map(found -> explicit(found.date(), found.span())))
                .or(() -> outletDate.map(OutletDate::date))
                .or(() -> embeddedDate(text, head, embedded.publishedTime(), order));

        var title = (embedded.title() != null ? embeddedTitle(text, embedded) : headline(text, head, order))
                .filter(found -> found.value().length() <= MAX_TITLE);
        outlet = outlet.filter(found -> found.value().length() <= MAX_OUTLET);

        return new ArticleMetadata(
                outlet.map(Found::value).orElse(null), outlet.map(Found::span).orElse(null),
                title.map(Found::value).orElse(null), title.map(Found::span).orElse(null),
                language,
                date.map(Dated::date).orElse(null), date.map(dated -> DateBasis.EXPLICIT).orElse(null),
                date.map(Dated::span).orElse(null));
    }

    /** A value read from the text, with its span (null when the value came from markup, not the text). */
    record Found(String value, Span span) {
        static Found at(String text, int start, int end) {
            return new Found(text.substring(start, end), new Span(start, end));
        }
    }

    private record Dated(LocalDate date, Span span) {
    }

    private static Dated explicit(LocalDate date, Span span) {
        return new Dated(date, span);
    }

    /** A non-blank line of the text, by its offsets. */
    record Line(int start, int end, String text) {
        int length() {
            return end - start;
        }

        static List<Line> split(String text) {
            var lines = new ArrayList<Line>();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                var content = text.substring(start, end);
                if (!content.isBlank()) {
                    int from = start + (content.length() - content.stripLeading().length());
                    int to = start + content.stripTrailing().length();
                    lines.add(new Line(from, to, text.substring(from, to)));
                }
                start = end + 1;
            }
            return lines;
        }
    }

    /** Short lines that are not sentences of prose: a long sentence quoting "published by X" is body text. */
    private static boolean mayBeMetadata(Line line) {
        return line.length() <= MAX_METADATA_LINE
                && !(SENTENCE_END.matcher(line.text()).matches() && WHITESPACE.split(line.text()).length > 12);
    }

    // --- Dateline: "TRIBUNNEWS.COM –", "Tehran, IRNA –", "BAGHDAD, Jan 12, 2024 (Reuters) -" ---

    private record Dateline(Optional<Found> outlet, Optional<DateFinder.FoundDate> date) {
    }

    private static Optional<Dateline> dateline(String text, Line first, NumericOrder order) {
        Optional<Found> outlet = Optional.empty();
        Optional<DateFinder.FoundDate> date = Optional.empty();
        var separator = DATELINE_SEPARATOR.matcher(first.text());
        if (separator.find() && separator.start() > 0 && separator.start() <= MAX_DATELINE
                && separator.end() < first.length() && !Character.isLowerCase(first.text().charAt(separator.end()))) {
            var segment = first.text().substring(0, separator.start());
            if (looksLikeDateline(segment)) {
                date = DateFinder.find(text, first.start(), first.start() + separator.start(), order);
                outlet = date.isPresent() ? knownOutletAfterDash(text, first, separator.end()) : Optional.empty();
                if (outlet.isEmpty()) {
                    outlet = datelineOutlet(text, first.start(), segment, separator.group("dashless") != null);
                }
            }
        }
        if (outlet.isEmpty()) {
            outlet = agencyAfterDash(text, first);
        }
        return outlet.isPresent() || date.isPresent() ? Optional.of(new Dateline(outlet, date)) : Optional.empty();
    }

    /** A headline: a first line that does not end as a sentence does, so the dateline may be the line after it. */
    private static boolean isHeadline(Line first) {
        var last = first.text().charAt(first.length() - 1);
        return first.length() <= MAX_TITLE && ".!?…:".indexOf(last) < 0;
    }

    /** "МОСКВА, 10 ноября 2023 — РИА Новости. Text": a known outlet after the dateline's dash, up to a full stop. */
    private static Optional<Found> knownOutletAfterDash(String text, Line first, int from) {
        var matcher = NAME_THEN_FULL_STOP.matcher(first.text()).region(from, first.length());
        if (matcher.lookingAt() && KNOWN_OUTLETS.contains(matcher.group("name").toLowerCase(Locale.ROOT))) {
            int start = first.start() + matcher.start("name");
            return Optional.of(Found.at(text, start, start + matcher.group("name").length()));
        }
        return Optional.empty();
    }

    /**
     * A line holding a known outlet alone, with the agencies it relays ("Le Monde avec AFP", "SPIEGEL mit dpa",
     * "Al Jazeera and news agencies") or with its edition ("Al Mayadeen English").
     */
    private static Optional<Found> outletLine(String text, List<Line> head) {
        for (var line : head) {
            var matcher = OUTLET_WITH_AGENCIES.matcher(line.text());
            if (line.length() <= MAX_DATELINE && matcher.matches() && knownOrEdition(matcher.group("outlet"))) {
                int start = line.start() + matcher.start("outlet");
                return Optional.of(Found.at(text, start, start + matcher.group("outlet").length()));
            }
        }
        return Optional.empty();
    }

    /** A known outlet, or a short name that starts with one ("الجزيرة نت", "RT en Español"). */
    private static boolean knownOrEdition(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return KNOWN_OUTLETS.contains(lower) || WHITESPACE.split(lower.strip()).length <= 4 && isKnownOutlet(lower);
    }

    /** A known outlet's name, or one that starts with it ("Sputnik Brasil"); {@code lower} in lower case. */
    private static boolean isKnownOutlet(String lower) {
        return KNOWN_OUTLETS.contains(lower) || KNOWN_OUTLETS.stream().anyMatch(known -> lower.startsWith(known + " "));
    }

    /** A short line of an outlet and a date, in either order: "ТАСС, 26 декабря 2023", "SPIEGEL, 05.02.2024". */
    private record OutletDate(Found outlet, Dated date) {
    }

    private static Optional<OutletDate> outletDateLine(String text, List<Line> head, NumericOrder order) {
        for (var line : head) {
            if (line.length() > MAX_DATELINE) {
                continue;
            }
            var found = DateFinder.find(text, line.start(), line.end(), order);
            if (found.isEmpty()) {
                continue;
            }
            var span = found.get().span();
            var rest = text.substring(line.start(), span.start()) + " "
                    + YEAR_WORD.matcher(text.substring(span.end(), line.end())).replaceFirst("");
            var name = OUTLET_DATE_SEPARATORS.matcher(rest).replaceAll(" ").strip();
            int at = text.indexOf(name, line.start());
            if (!name.isEmpty() && at >= 0 && at < line.end() && isOutletName(name, true)) {
                return Optional.of(new OutletDate(Found.at(text, at, at + name.length()),
                        explicit(found.get().date(), span)));
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeDateline(String segment) {
        var words = WHITESPACE.split(segment.strip()).length;
        return words <= 10 && !SENTENCE_PUNCTUATION.matcher(segment).matches()
                && !DATELINE_NEW_SENTENCE.matcher(segment).matches();
    }

    /**
     * The outlet named in a dateline segment. Without a dash after it ("Damasco, 26 jul (Prensa Latina) La base..."),
     * only a parenthesised name that is clearly an outlet counts, since a headline may hold an acronym in brackets.
     */
    private static Optional<Found> datelineOutlet(String text, int offset, String segment, boolean dashless) {
        var parenthesised = PARENTHESISED.matcher(segment);
        while (parenthesised.find()) {
            var inside = parenthesised.group(1).strip();
            if (!inside.isEmpty() && DateFinder.find(inside, NumericOrder.DAY_FIRST).isEmpty()
                    && !inside.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c))
                    && (!dashless || isOutletName(inside, false))) {
                int start = offset + parenthesised.start(1) + (parenthesised.group(1).indexOf(inside));
                return Optional.of(Found.at(text, start, start + inside.length()));
            }
        }
        if (dashless) {
            return Optional.empty();
        }
        var withoutParentheses = PARENTHESISED.matcher(segment).replaceAll(match -> " ".repeat(match.group().length()));
        var pieces = pieces(withoutParentheses);
        var allCaps = withoutParentheses.equals(withoutParentheses.toUpperCase(Locale.ROOT));
        for (var acronymsCount : new boolean[] {false, !allCaps}) {
            for (var piece : pieces) {
                if (isOutletName(piece.text(), acronymsCount)) {
                    return Optional.of(Found.at(text, offset + piece.start(), offset + piece.end()));
                }
            }
        }
        return nameBeforeDate(text, offset, withoutParentheses, pieces);
    }

    /** "Beirut, Some Outlet, 26 July 2024 –": the name between the place and the date is the outlet. */
    private static Optional<Found> nameBeforeDate(String text, int offset, String segment, List<Line> pieces) {
        var date = DateFinder.find(segment, NumericOrder.DAY_FIRST);
        if (date.isEmpty() || pieces.size() < 3) {
            return Optional.empty();
        }
        Line candidate = null;
        for (int i = 1; i < pieces.size() && pieces.get(i).end() <= date.get().span().start(); i++) {
            candidate = pieces.get(i);
        }
        if (candidate == null || candidate.text().chars().anyMatch(Character::isDigit)
                || WORDS.matcher(candidate.text()).results().count() > 5) {
            return Optional.empty();
        }
        if (!startsLikeName(candidate.text())) {
            return Optional.empty();
        }
        return Optional.of(Found.at(text, offset + candidate.start(), offset + candidate.end()));
    }

    /** The comma-separated pieces of a dateline, stripped, with their offsets in the segment. */
    private static List<Line> pieces(String segment) {
        var pieces = new ArrayList<Line>();
        int start = 0;
        var separators = PIECE_SEPARATOR.matcher(segment);
        while (start <= segment.length()) {
            int end = separators.find() ? separators.start() : segment.length();
            var raw = segment.substring(start, end);
            var name = raw.strip();
            if (!name.isEmpty()) {
                int from = start + raw.indexOf(name);
                pieces.add(new Line(from, from + name.length(), name));
            }
            start = end + 1;
        }
        return pieces;
    }

    /** "دمشق-سانا" or "Damascus - SANA /": a place, a dash and an agency name standing alone after it. */
    private static Optional<Found> agencyAfterDash(String text, Line first) {
        var matcher = AGENCY_AFTER_DASH.matcher(first.text());
        if (matcher.find()) {
            var agency = matcher.group("agency");
            if (KNOWN_OUTLETS.contains(agency.toLowerCase(Locale.ROOT)) || ACRONYM.matcher(agency).matches()) {
                int start = first.start() + matcher.start("agency");
                return Optional.of(Found.at(text, start, start + agency.length()));
            }
        }
        return Optional.empty();
    }

    /**
     * True for a name that can only be an outlet: a known outlet or one starting with a known name ("Sputnik
     * Brasil"), a domain ("Kompas.com"), a name with a media word ("Shafaq News", "وكالة الأنباء العراقية"), a name
     * led by an article ("The Cradle", "Le Monde"), or an acronym next to a place written in normal case ("Tehran,
     * IRNA").
     */
    static boolean isOutletName(String name, boolean acronymsStandOut) {
        if (name.length() > 60) {
            return false;
        }
        var lower = name.toLowerCase(Locale.ROOT);
        if (isKnownOutlet(lower) || DOMAIN.matcher(name).matches()) {
            return true;
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        var words = WORDS.matcher(lower).results().map(MatchResult::group).toList();
        var hasMediaWord = words.stream().anyMatch(MEDIA_WORDS::contains);
        if (startsLikeName(name) && words.size() >= 2 && words.size() <= 6 && hasMediaWord) {
            return true;
        }
        if (words.size() <= 5 && ARTICLE_NAME.matcher(name).find()) {
            return true;
        }
        return acronymsStandOut && ACRONYM.matcher(name).matches();
    }

    /** Starts with a capital letter, or with a letter of a script without capitals (Arabic). */
    private static boolean startsLikeName(String name) {
        var first = name.codePointAt(0);
        return Character.isUpperCase(first) || Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC;
    }

    private static Set<String> knownOutlets() {
        try (var in = MetadataExtractor.class.getResourceAsStream("known-outlets.txt")) {
            if (in == null) {
                throw new IllegalStateException("known-outlets.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read known-outlets.txt", e);
        }
    }

    // --- "published on The Cradle, July 26, 2024" ---

    private record PublishedPhrase(Optional<Found> outlet, Optional<DateFinder.FoundDate> date) {
    }

    private static Optional<PublishedPhrase> publishedPhrase(String text, List<Line> lines, NumericOrder order) {
        for (var line : lines) {
            var phrase = PUBLISHED_PHRASE.matcher(line.text());
            if (!phrase.find()) {
                continue;
            }
            var rest = line.text().substring(phrase.end());
            var date = DateFinder.find(text, line.start() + phrase.start(), line.end(), order);
            Optional<Found> outlet = Optional.empty();
            var name = nameAtStart(rest);
            if (name != null && !startsWithDateWord(name) && DateFinder.find(name, NumericOrder.DAY_FIRST).isEmpty()) {
                int start = line.start() + phrase.end();
                outlet = Optional.of(Found.at(text, start, start + name.length()));
            }
            if (outlet.isPresent() || date.isPresent()) {
                return Optional.of(new PublishedPhrase(outlet, date));
            }
        }
        return Optional.empty();
    }

    /** "July 26" or "Friday" after "published on" is a date, not an outlet. */
    private static boolean startsWithDateWord(String name) {
        var first = WORDS.matcher(name);
        return first.find() && (WEEKDAYS.contains(first.group().toLowerCase(Locale.ROOT))
                || DateFinder.isMonthName(first.group()));
    }

    /** The capitalised (or Arabic) name that starts the string, without trailing punctuation, or null. */
    private static String nameAtStart(String rest) {
        for (var pattern : new Pattern[] {CAPITALISED_NAME, ARABIC_NAME}) {
            var matcher = pattern.matcher(rest);
            if (matcher.lookingAt()) {
                var name = NAME_TRAILER.matcher(matcher.group().strip()).replaceAll("");
                if (name.length() >= 2) {
                    return name;
                }
            }
        }
        return null;
    }

    // --- "Source: X", bylines, copyright lines, HTML site name ---

    private static Optional<Found> sourceLabel(String text, List<Line> lines) {
        for (var line : lines) {
            var matcher = SOURCE_LABEL.matcher(line.text());
            if (!matcher.matches()) {
                continue;
            }
            var value = matcher.group("outlet");
            int valueStart = line.start() + matcher.start("outlet");
            var url = URL_HOST.matcher(value);
            if (url.find()) {
                int start = valueStart + url.start("host");
                return Optional.of(Found.at(text, start, start + url.group("host").length()));
            }
            var name = LABEL_TRAILER.matcher(value.strip()).replaceAll("");
            if (WORDS.matcher(name).results().count() <= 6 && !name.isEmpty()) {
                int start = valueStart + value.indexOf(name);
                return Optional.of(Found.at(text, start, start + name.length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> byline(String text, List<Line> head) {
        for (var line : head) {
            var matcher = BYLINE.matcher(line.text());
            if (!matcher.matches() || line.length() > MAX_METADATA_LINE) {
                continue;
            }
            var pieces = BYLINE_PIECE.matcher(matcher.group("rest"));
            while (pieces.find()) {
                var name = pieces.group().strip();
                if (!name.isEmpty() && isOutletName(name, true)) {
                    int start = line.start() + matcher.start("rest") + pieces.start() + pieces.group().indexOf(name);
                    return Optional.of(Found.at(text, start, start + name.length()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> copyright(String text, List<Line> tail) {
        for (var line : tail) {
            var matcher = COPYRIGHT.matcher(line.text());
            if (matcher.find()) {
                var name = matcher.group("outlet").strip();
                int start = line.start() + matcher.start("outlet");
                return Optional.of(Found.at(text, start, start + name.length()));
            }
        }
        return Optional.empty();
    }

    /** A value stated in markup: keeps a span only when the text contains it. */
    private static Optional<Found> stated(String text, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var clean = value.strip();
        int at = text.indexOf(clean);
        return Optional.of(new Found(clean, at < 0 ? null : new Span(at, at + clean.length())));
    }

    // --- Publication date lines and meta tags ---

    /** A short head line that is only a date, perhaps with a label, weekday or time: "Published: 26 July 2024". */
    private static Optional<Dated> dateLine(String text, List<Line> head, NumericOrder order) {
        for (var line : head) {
            if (line.length() > 80 || UPDATED.matcher(line.text()).find()) {
                continue;
            }
            var found = DateFinder.find(text, line.start(), line.end(), order);
            if (found.isEmpty()) {
                continue;
            }
            var span = found.get().span();
            var rest = text.substring(line.start(), span.start()) + " " + text.substring(span.end(), line.end());
            if (onlyDateWords(rest)) {
                return Optional.of(explicit(found.get().date(), span));
            }
        }
        return Optional.empty();
    }

    private static Optional<Dated> embeddedDate(String text, List<Line> head, String value, NumericOrder order) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        for (var line : head) {
            var found = DateFinder.find(text, line.start(), line.end(), order);
            if (found.isPresent() && found.get().date().equals(date)) {
                return Optional.of(explicit(date, found.get().span()));
            }
        }
        return Optional.of(new Dated(date, null));
    }

    // --- Headline ---

    /** The first head line that is not metadata, when it reads like a headline rather than a sentence. */
    private static Optional<Found> headline(String text, List<Line> head, NumericOrder order) {
        if (head.size() < 2) {
            return Optional.empty();
        }
        for (var line : head.subList(0, head.size() - 1)) {
            if (isMetadataLine(line, order)) {
                continue;
            }
            return looksLikeHeadline(line.text()) ? Optional.of(Found.at(text, line.start(), line.end()))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isMetadataLine(Line line, NumericOrder order) {
        var value = line.text();
        if (BYLINE.matcher(value).matches() || SOURCE_LABEL.matcher(value).matches()
                || PUBLISHED_PHRASE.matcher(value).find() || URL_LINE.matcher(value).matches()) {
            return true;
        }
        if (value.length() > 80) {
            return false;
        }
        var date = DateFinder.find(value, order);
        return date.isPresent()
                && onlyDateWords(value.substring(0, date.get().span().start()) + " "
                        + value.substring(date.get().span().end()));
    }

    /** True when what is left of a line besides its date is only labels, weekdays and times. */
    private static boolean onlyDateWords(String rest) {
        return WORDS.matcher(DATE_LABEL.matcher(rest).replaceAll(" ")).results()
                .map(word -> word.group().toLowerCase(Locale.ROOT))
                .allMatch(word -> WEEKDAYS.contains(word) || DATE_LINE_PARTICLES.contains(word));
    }

    static boolean looksLikeHeadline(String line) {
        if (line.length() < 10 || line.length() > 200) {
            return false;
        }
        var words = WHITESPACE.split(line).length;
        if (words < 2 || words > 30) {
            return false;
        }
        var severalSentences = NEW_SENTENCE.matcher(line).matches();
        var withoutClosingQuotes = CLOSING_QUOTES.matcher(line).replaceAll("");
        return !severalSentences && !CLAUSE_END.matcher(withoutClosingQuotes).matches();
    }

    /** The page title without the site name the page appended ("Headline | Outlet"), found in the text if possible. */
    private static Optional<Found> embeddedTitle(String text, EmbeddedMetadata embedded) {
        var title = embedded.title().strip();
        var separator = TITLE_SEPARATOR.matcher(title);
        int lastSeparator = -1;
        int suffixStart = -1;
        while (separator.find()) {
            lastSeparator = separator.start();
            suffixStart = separator.end();
        }
        if (lastSeparator > 0) {
            var suffix = title.substring(suffixStart);
            var isSiteName = embedded.siteName() != null && suffix.equalsIgnoreCase(embedded.siteName().strip());
            if (isSiteName || WORDS.matcher(suffix).results().count() <= 3) {
                title = title.substring(0, lastSeparator).strip();
            }
        }
        return stated(text, title);
    }
}
