package org.crosscheck.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.SolarHijri;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;

/**
 * Finds and resolves the dates of an article: explicit dates in many forms and the twelve languages extraction reads,
 * weekday names and relative words ("yesterday", "overnight", "last week") resolved against the publication date or,
 * when that is unknown, against an anchor inferred from the article's own explicit dates (said so with
 * {@link DateBasis#INFERRED_FROM_CONTEXT}). Ambiguous numeric dates (12/1/2024) are decided by a weekday next to
 * them or the article's other dates, and flagged. A date after "since" is a bound, not an event date.
 */
public final class DateResolver {

    /**
     * One date found in the text. {@code date} is null for a weekday that could not be anchored; then
     * {@code weekday} says which day it names so grouping can anchor it later.
     */
    public record DateMention(Span span, LocalDate date, TimePrecision precision, DateBasis basis, String rule,
                              double confidence, boolean bound, DayOfWeek weekday, boolean ambiguous) {

        boolean resolved() {
            return date != null;
        }

        /** A date or a weekday an attack can be placed on (not a year-less date whose year stayed unknown). */
        boolean usable() {
            return date != null || weekday != null;
        }
    }

    /** The dates of one article and the day the article speaks from ("now"), if known. */
    public record Result(List<DateMention> mentions, LocalDate now, DateBasis nowBasis) {
    }

    private static final String MONTH = "(" + Calendar.alternation(Calendar.MONTHS) + ")\\.?";
    /** Ordinal endings after a day; "ي" is the Kurdish ezafe written onto it ("٢٣ی کانوونی دووەم", folded). */
    private static final String ORDINAL = "(?:st|nd|rd|th|er|eme|º|°|o|\\.|ي)?";
    private static final Pattern MONTH_DAY = Pattern.compile("(?U)\\b" + MONTH + "\\s+(\\d{1,2})" + ORDINAL
            + "\\b(?:\\s*(?:and|to|-|et|au|y|a|e|hingga|sampai|و)\\s*(\\d{1,2})\\b)?(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?U)\\b(\\d{1,2})" + ORDINAL + "\\s+(?:de\\s+)?"
            + MONTH + "(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** The Persian month names, folded, by number. */
    private static final java.util.Map<String, Integer> SOLAR_HIJRI_MONTHS = solarHijriMonths();
    /** Tir, the fourth month, is also the word for a shot: "۵ تیر" without a year is not taken for a date. */
    private static final int TIR = 4;
    /**
     * "۱۵ بهمن ۱۴۰۲" (folded to ASCII digits): a Solar Hijri date as Iranian outlets write them, its year given or
     * taken from the publication date.
     */
    private static final Pattern SOLAR_HIJRI = Pattern.compile("(?U)\\b(\\d{1,2})\\s+("
            + Calendar.alternation(SOLAR_HIJRI_MONTHS) + ")(?:\\s+(1[34]\\d\\d))?(?![\\p{L}\\p{N}])");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?U)\\b" + MONTH + "(?:\\s+de)?\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?U)(?:\\b(late|early)\\s+(?:on\\s+)?)?(?<![\\p{L}])("
            + Calendar.alternation(Calendar.WEEKDAYS) + ")(?![\\p{L}])(?:'s)?(?:\\s+(morning|night|evening|afternoon))?");
    private static final List<String> RELATIVE_EXPRESSIONS = List.of("yesterday", "overnight", "last night",
            "today", "last week", "earlier this week", "this week", "last month", "hier", "la veille", "aujourd'hui",
            "cette nuit", "la nuit derniere", "la semaine derniere", "ayer", "anoche", "hoy", "la semana pasada",
            "ontem", "hoje", "semana passada", "kemarin", "hari ini", "tadi malam", "semalam", "minggu lalu",
            "pekan lalu", "امس", "البارحه", "اليوم", "الليله الماضيه", "الاسبوع الماضي", "вчера", "накануне",
            "сегодня", "на прошлой неделе", "gestern", "heute", "in der nacht", "letzte nacht", "vergangene nacht",
            "in der vergangenen nacht", "letzte woche", "vergangene woche", "in der vergangenen woche",
            "letzten woche", "دیروز", "امروز", "شب گذشته", "هفته گذشته", "dün", "bugün",
            "geçen hafta", "dün gece", "ieri", "oggi", "stanotte", "la notte scorsa", "nella notte",
            "la settimana scorsa", "il mese scorso", "دوێنێ", "ئەمڕۆ", "شەوی ڕابردوو", "دوێنێ شەو",
            "هەفتەی ڕابردوو").stream().map(FoldedText::fold).toList();
    private static final Pattern RELATIVE = Pattern.compile("(?U)(?<![\\p{L}])(" + String.join("|",
            RELATIVE_EXPRESSIONS) + ")(?![\\p{L}])");
    private static final java.util.Set<String> WEEKDAY_STARTS = firstWords(Calendar.WEEKDAYS.keySet(), "late",
            "early");
    private static final java.util.Set<String> RELATIVE_STARTS = firstWords(RELATIVE_EXPRESSIONS);
    private static final Pattern SINCE = Pattern.compile("(?U)(since|depuis(?: le)?|desde(?: el| o)?|sejak|منذ)\\s*$");

    private final List<ReferenceEvent> events;

    public DateResolver(List<ReferenceEvent> events) {
        this.events = List.copyOf(events);
    }

    /** A raw date before its year or anchor is known. */
    private static final class Raw {
        int start;
        int end;
        Integer year;
        int month;
        int day;
        Integer altMonth;
        Integer altDay;
        DayOfWeek weekday;
        String relative;
        TimePrecision precision = TimePrecision.DAY;
        boolean bound;
        String rule;
        LocalDate date;
        DateBasis basis = DateBasis.EXPLICIT;
        double confidence = 0.95;
        boolean ambiguous;
    }

    public Result resolve(String text, LocalDate published) {
        var folded = FoldedText.of(text);
        var f = folded.folded();
        var raws = new ArrayList<Raw>();
        var numeric = digitRegions(f);
        find(ISO, f, numeric, raws, (m, raw) -> {
            raw.year = Integer.parseInt(m.group(1));
            raw.month = Integer.parseInt(m.group(2));
            raw.day = Integer.parseInt(m.group(3));
            raw.rule = "date.iso";
        });
        find(NUMERIC, f, numeric, raws, (m, raw) -> {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            raw.year = Integer.parseInt(m.group(3));
            raw.day = first;
            raw.month = second;
            raw.rule = "date.numeric.day-first";
            if (first <= 12 && second <= 12 && first != second) {
                raw.altMonth = first;
                raw.altDay = second;
                raw.ambiguous = true;
            } else if (first <= 12 && second > 12) {
                raw.month = first;
                raw.day = second;
                raw.rule = "date.numeric.month-first";
            }
        });
        find(SOLAR_HIJRI, f, numeric, raws, (m, raw) -> {
            int month = SOLAR_HIJRI_MONTHS.get(m.group(2).replaceAll("\\s+", " "));
            int day = Integer.parseInt(m.group(1));
            var iso = m.group(3) != null ? SolarHijri.toIso(Integer.parseInt(m.group(3)), month, day)
                    : published == null || month == TIR ? java.util.Optional.<LocalDate>empty()
                    : SolarHijri.latestNotAfter(month, day, published.plusDays(2));
            raw.rule = iso.isEmpty() ? null : m.group(3) != null ? "date.solar-hijri" : "date.solar-hijri.year-from-published";
            iso.ifPresent(date -> {
                raw.year = date.getYear();
                raw.month = date.getMonthValue();
                raw.day = date.getDayOfMonth();
            });
        });
        find(MONTH_DAY, f, numeric, raws, (m, raw) -> {
            raw.month = Calendar.MONTHS.get(m.group(1).replaceAll("\\s+", " "));
            raw.day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(2));
            raw.year = m.group(4) == null ? null : Integer.parseInt(m.group(4));
            raw.rule = m.group(3) != null ? "date.month-day-range" : "date.month-day";
        });
        find(DAY_MONTH, f, numeric, raws, (m, raw) -> {
            raw.month = Calendar.MONTHS.get(m.group(2).replaceAll("\\s+", " "));
            raw.day = Integer.parseInt(m.group(1));
            raw.year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            raw.rule = "date.day-month";
        });
        find(MONTH_YEAR, f, numeric, raws, (m, raw) -> {
            raw.month = Calendar.MONTHS.get(m.group(1).replaceAll("\\s+", " "));
            raw.day = 1;
            raw.year = Integer.parseInt(m.group(2));
            raw.precision = TimePrecision.MONTH;
            raw.rule = "date.month-year";
        });
        find(WEEKDAY, f, regionsFrom(f, WEEKDAY_STARTS, 45), raws, (m, raw) -> {
            var name = m.group(2).replaceAll("\\s+", " ");
            if (name.equals("minggu") && !Character.isUpperCase(text.charAt(folded.originOf(m.start(2))))) {
                raw.rule = null;
                return;
            }
            raw.weekday = Calendar.WEEKDAYS.get(name);
            raw.rule = "date.weekday";
        });
        find(RELATIVE, f, regionsFrom(f, RELATIVE_STARTS, 30), raws, (m, raw) -> {
            raw.relative = m.group(1);
            raw.rule = "date.relative";
        });
        raws.removeIf(raw -> raw.rule == null || raw.month > 12 || raw.day > 31);
        for (var raw : raws) {
            raw.bound = SINCE.matcher(f.substring(Math.max(0, raw.start - 14), raw.start)).find();
        }
        decideAmbiguous(raws, f);
        var now = anchor(raws, f, published);
        resolveRelative(raws, now, published != null, f);
        raws.sort(Comparator.comparingInt(raw -> raw.start));
        var mentions = new ArrayList<DateMention>();
        for (var raw : raws) {
            if (raw.date == null && raw.weekday == null && raw.month == 0) {
                continue;
            }
            var span = new Span(folded.originOf(raw.start), folded.originOf(raw.end - 1) + 1);
            mentions.add(new DateMention(span, raw.date, raw.precision, raw.date == null ? null : raw.basis,
                    raw.rule, raw.confidence, raw.bound, raw.weekday, raw.ambiguous));
        }
        return new Result(mentions, now == null ? null : now.date, now == null ? null : now.basis);
    }

    private interface Filler {
        void fill(Matcher matcher, Raw raw);
    }

    /**
     * Adds each match inside the regions that does not overlap an earlier, more specific one. The patterns are long
     * alternations of names in many languages; running them only where a match can start (near digits, at a word
     * that begins a weekday or a relative expression) keeps extraction fast.
     */
    private static void find(Pattern pattern, String folded, List<int[]> regions, List<Raw> raws, Filler filler) {
        var matcher = pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
        for (var region : regions) {
            matcher.region(region[0], region[1]);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                boolean overlaps = raws.stream().anyMatch(raw -> raw.start < end && start < raw.end);
                if (overlaps) {
                    continue;
                }
                var raw = new Raw();
                raw.start = start;
                raw.end = end;
                filler.fill(matcher, raw);
                raws.add(raw);
            }
        }
    }

    /** How far from a digit a date written with one can start or end ("septiembre de 2023", "12 تشرين الثاني"). */
    private static final int AROUND_DIGITS = 40;

    /** Merged stretches of text around the digits: every explicit date has a digit. */
    private static List<int[]> digitRegions(String folded) {
        var regions = new ArrayList<int[]>();
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isDigit(folded.charAt(i))) {
                add(regions, Math.max(0, i - AROUND_DIGITS), Math.min(folded.length(), i + 1 + AROUND_DIGITS));
            }
        }
        return regions;
    }

    /** Stretches starting at each word that can begin a match, {@code length} long, merged. */
    private static List<int[]> regionsFrom(String folded, java.util.Set<String> firstWords, int length) {
        var regions = new ArrayList<int[]>();
        int i = 0;
        while (i < folded.length()) {
            if (!FoldedText.isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.length() && FoldedText.isWordChar(folded.charAt(i))) {
                i++;
            }
            if (firstWords.contains(folded.substring(start, i))) {
                add(regions, start, Math.min(folded.length(), i + length));
            }
        }
        return regions;
    }

    private static void add(List<int[]> regions, int start, int end) {
        var last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
        if (last != null && start <= last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            regions.add(new int[] {start, end});
        }
    }

    private static java.util.Map<String, Integer> solarHijriMonths() {
        var months = new java.util.LinkedHashMap<String, Integer>();
        for (int month = 1; month <= 12; month++) {
            months.put(FoldedText.fold(SolarHijri.MONTHS.get(month - 1)), month);
        }
        return months;
    }

    private static java.util.Set<String> firstWords(java.util.Collection<String> names, String... more) {
        var words = new java.util.HashSet<String>(List.of(more));
        for (var name : names) {
            words.add(name.split("[^\\p{L}\\p{N}]+")[0]);
        }
        return words;
    }

    /** Decides 12/1/2024 by a weekday in the same sentence, else by the article's other full dates; flags it. */
    private static void decideAmbiguous(List<Raw> raws, String folded) {
        for (var raw : raws) {
            if (!raw.ambiguous) {
                continue;
            }
            var dayFirst = safeDate(raw.year, raw.month, raw.day);
            var monthFirst = safeDate(raw.year, raw.altMonth, raw.altDay);
            var weekday = nearbyWeekday(raw, raws, folded);
            if (weekday != null && dayFirst != null && monthFirst != null
                    && (dayFirst.getDayOfWeek() == weekday) != (monthFirst.getDayOfWeek() == weekday)) {
                var chosen = dayFirst.getDayOfWeek() == weekday ? dayFirst : monthFirst;
                raw.month = chosen.getMonthValue();
                raw.day = chosen.getDayOfMonth();
                raw.rule = "date.numeric.decided-by-weekday";
                raw.confidence = 0.85;
                continue;
            }
            var monthsSeen = raws.stream().filter(other -> other != raw && other.month > 0 && !other.ambiguous)
                    .map(other -> other.month).toList();
            if (monthFirst != null && monthsSeen.contains(raw.altMonth) && !monthsSeen.contains(raw.month)) {
                raw.month = raw.altMonth;
                raw.day = raw.altDay;
                raw.rule = "date.numeric.decided-by-other-dates";
            } else {
                raw.rule = "date.numeric.day-first-assumed";
            }
            raw.confidence = 0.6;
        }
    }

    private static DayOfWeek nearbyWeekday(Raw raw, List<Raw> raws, String folded) {
        for (var other : raws) {
            if (other.weekday != null && Math.abs(other.start - raw.start) < 40
                    && folded.substring(Math.min(other.end, raw.end), Math.max(other.start, raw.start))
                    .indexOf('.') < 0) {
                return other.weekday;
            }
        }
        return null;
    }

    private record Now(LocalDate date, DateBasis basis) {
    }

    /** Gives years to explicit dates and returns the day the article speaks from. */
    private Now anchor(List<Raw> raws, String folded, LocalDate published) {
        var explicit = raws.stream().filter(raw -> raw.month > 0).toList();
        for (var raw : explicit) {
            if (raw.year != null) {
                raw.date = safeDate(raw.year, raw.month, raw.day);
            }
        }
        if (published != null) {
            for (var raw : explicit) {
                if (raw.date == null) {
                    raw.date = latestNotAfter(raw.month, raw.day, published.plusDays(2));
                    raw.rule += ".year-from-published";
                }
            }
            var now = published;
            for (var raw : explicit) {
                if (raw.date != null && !raw.bound && raw.date.isAfter(now) && !raw.date.isAfter(published.plusDays(2))) {
                    now = raw.date;
                }
            }
            return new Now(now, DateBasis.RELATIVE_TO_PUBLISHED);
        }
        var full = explicit.stream().filter(raw -> raw.date != null && !raw.bound
                        && raw.precision == TimePrecision.DAY).map(raw -> raw.date).max(Comparator.naturalOrder());
        if (full.isPresent()) {
            for (var raw : explicit) {
                if (raw.date == null) {
                    raw.date = latestNotAfter(raw.month, raw.day, full.get().plusDays(2));
                    raw.rule += ".year-from-article";
                    raw.basis = DateBasis.INFERRED_FROM_CONTEXT;
                    raw.confidence = 0.8;
                }
            }
        } else {
            var terminus = terminus(explicit, folded);
            if (terminus != null) {
                for (var raw : explicit) {
                    if (raw.date == null) {
                        raw.date = earliestOnOrAfter(raw.month, raw.day, terminus);
                        raw.rule += ".year-after-reference-event";
                        raw.basis = DateBasis.INFERRED_FROM_CONTEXT;
                        raw.confidence = 0.7;
                    }
                }
            }
        }
        return explicit.stream().filter(raw -> raw.date != null && !raw.bound && raw.precision == TimePrecision.DAY)
                .map(raw -> raw.date).max(Comparator.naturalOrder())
                .map(date -> new Now(date, DateBasis.INFERRED_FROM_CONTEXT)).orElse(null);
    }

    /** The latest reference event the article names; year-less dates fall on or after it. */
    private LocalDate terminus(List<Raw> explicit, String folded) {
        LocalDate latest = null;
        for (var event : events) {
            boolean named = event.namedIn(folded);
            if (!named) {
                for (var raw : explicit) {
                    if (raw.year == null && raw.month == event.date().getMonthValue()
                            && raw.day == event.date().getDayOfMonth() && event.contextNear(folded, raw.start)) {
                        raw.date = event.date();
                        raw.rule += ".reference-event";
                        raw.basis = DateBasis.INFERRED_FROM_CONTEXT;
                        raw.confidence = 0.75;
                        named = true;
                    }
                }
            }
            if (named && (latest == null || event.date().isAfter(latest))) {
                latest = event.date();
            }
        }
        return latest;
    }

    private static void resolveRelative(List<Raw> raws, Now now, boolean fromPublished, String folded) {
        for (var raw : raws) {
            if (raw.weekday == null && raw.relative == null) {
                continue;
            }
            if (now == null) {
                raw.confidence = 0.4;
                continue;
            }
            raw.basis = now.basis;
            raw.confidence = fromPublished ? 0.85 : 0.65;
            var context = raw.weekday == null ? null : dateContext(raw, raws, folded, now.date);
            if (context != null) {
                var nearest = nearestWeekday(context, raw.weekday);
                if (!fromPublished || !nearest.isAfter(now.date)) {
                    raw.date = nearest;
                    raw.rule += ".nearest-explicit-date";
                    raw.basis = DateBasis.INFERRED_FROM_CONTEXT;
                    raw.confidence = 0.75;
                    continue;
                }
            }
            if (raw.weekday != null) {
                raw.date = fromPublished
                        ? now.date.with(TemporalAdjusters.previousOrSame(raw.weekday))
                        : now.date.with(TemporalAdjusters.nextOrSame(raw.weekday));
                raw.rule += fromPublished ? ".latest-before-published" : ".first-after-anchor";
                continue;
            }
            switch (raw.relative) { // the words as FoldedText writes them (Kurdish "ئەمڕۆ" is "يەمڕۆ")
                case "today", "aujourd'hui", "hoy", "hoje", "hari ini", "اليوم", "сегодня", "heute", "امروز", "bugun",
                        "oggi", "يەمڕۆ" ->
                        raw.date = now.date;
                case "yesterday", "hier", "la veille", "ayer", "ontem", "kemarin", "امس", "البارحه", "вчера", "накануне",
                        "gestern", "ديروز", "dun", "ieri", "دوێنێ" ->
                        raw.date = now.date.minusDays(1);
                case "overnight", "last night", "cette nuit", "la nuit derniere", "anoche", "tadi malam", "semalam",
                        "الليله الماضيه", "in der nacht", "letzte nacht", "vergangene nacht",
                        "in der vergangenen nacht",
                        "شب گذشته", "dun gece", "stanotte", "la notte scorsa", "nella notte", "شەوي ڕابردوو",
                        "دوێنێ شەو" -> {
                    raw.date = now.date.minusDays(1);
                    raw.confidence = 0.5;
                }
                case "last month", "il mese scorso" -> {
                    raw.date = now.date.minusMonths(1).withDayOfMonth(1);
                    raw.precision = TimePrecision.MONTH;
                }
                case "this week", "earlier this week" -> {
                    raw.date = now.date;
                    raw.precision = TimePrecision.WEEK;
                }
                default -> {
                    raw.date = now.date.minusWeeks(1);
                    raw.precision = TimePrecision.WEEK;
                }
            }
        }
    }

    /**
     * The explicit day a weekday is told against: the nearest explicit date before it in its own or the previous
     * paragraph (or anywhere in its own sentence), when that date belongs to the story (at most two weeks before the
     * day the article speaks from). A round-up that moves to "On 19 October, ..." and then says "on Wednesday" means
     * the Wednesday of that week, not the last Wednesday before publication.
     */
    private static LocalDate dateContext(Raw weekday, List<Raw> raws, String folded, LocalDate now) {
        Raw best = null;
        for (var other : raws) {
            if (other.month == 0 || other.date == null || other.bound || other.precision != TimePrecision.DAY
                    || other.date.isBefore(now.minusDays(14)) || other.date.isAfter(now.plusDays(2))) {
                continue;
            }
            boolean before = other.end <= weekday.start;
            var between = before ? folded.substring(other.end, weekday.start) : folded.substring(weekday.end,
                    Math.max(weekday.end, other.start));
            boolean usable = before ? PARAGRAPH_BREAK.matcher(between).results().count() <= 1
                    : !SENTENCE_END.matcher(between).find();
            if (usable && (best == null || distance(other, weekday) < distance(best, weekday))) {
                best = other;
            }
        }
        return best == null ? null : best.date;
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟\\n]");

    private static int distance(Raw a, Raw b) {
        return a.end <= b.start ? b.start - a.end : a.start - b.end;
    }

    /** The day of that weekday closest to the date (three days either way at most). */
    static LocalDate nearestWeekday(LocalDate date, DayOfWeek weekday) {
        var after = date.with(TemporalAdjusters.nextOrSame(weekday));
        var before = date.with(TemporalAdjusters.previousOrSame(weekday));
        return after.toEpochDay() - date.toEpochDay() <= date.toEpochDay() - before.toEpochDay() ? after : before;
    }

    private static LocalDate latestNotAfter(int month, int day, LocalDate limit) {
        for (int year = limit.getYear(); year >= limit.getYear() - 2; year--) {
            var date = safeDate(year, month, day);
            if (date != null && !date.isAfter(limit)) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate earliestOnOrAfter(int month, int day, LocalDate limit) {
        for (int year = limit.getYear(); year <= limit.getYear() + 2; year++) {
            var date = safeDate(year, month, day);
            if (date != null && !date.isBefore(limit)) {
                return date;
            }
        }
        return null;
    }

    static LocalDate safeDate(Integer year, Integer month, Integer day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
