package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.model.SolarHijri;
import org.crosscheck.model.Span;

/**
 * Finds a full calendar date (day, month and year all written out) in a stretch of text: ISO dates, "July 26,
 * 2024", "26 July 2024", "26 de julio de 2024", "26 juillet 2024", "26 Juli 2024", "٢٦ تموز ٢٠٢٤" and numeric
 * dates such as 26/07/2024. A numeric date whose day and month could be swapped is only read when the caller knows
 * which comes first. Dates without a year are not read: a publication date is never guessed.
 */
public final class DateFinder {

    /** Which number comes first in an all-numeric date like 05/07/2024. */
    public enum NumericOrder { DAY_FIRST, MONTH_FIRST, UNKNOWN }

    /** A date and where it was written. */
    public record FoundDate(LocalDate date, Span span) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?<month>", ")"));
    private static final String DAY = "(?<day>\\d{1,2})";
    private static final String YEAR = "(?<year>\\d{4})";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern ISO = Pattern.compile(
            "\\b" + YEAR + "(?<isoSeparator>[-/.])(?<month>\\d{1,2})\\k<isoSeparator>" + DAY + "(?![\\d-])", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\w)" + MONTH + "\\.?\\s+" + DAY + "(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + DAY + "(?:st|nd|rd|th|er|º|ª)?\\.?\\s+(?:de\\s+)?" + MONTH
                    + "(?!\\w)\\.?,?\\s+(?:de\\s+|del\\s+)?" + YEAR + "\\b", FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.-])(?<first>\\d{1,2})(?<separator>[/.-])(?<second>\\d{1,2})\\k<separator>" + YEAR + "(?![\\d/])",
            FLAGS);

    /** Persian month names, with Arabic yeh, kaf and a bare alef as Persian text is often typed. */
    private static final Map<String, Integer> SOLAR_HIJRI_MONTHS = solarHijriMonths();
    /** "۱۵ بهمن ۱۴۰۲": a Solar Hijri date, as Iranian outlets date their reports. */
    private static final Pattern SOLAR_HIJRI = Pattern.compile("(?<!\\d)" + DAY + "\\s+(?<month>"
            + SOLAR_HIJRI_MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+" + YEAR + "(?!\\d)", FLAGS);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DateFinder() {
    }

    /** The first date written in {@code text[from, to)}, with its span in the whole text. */
    public static Optional<FoundDate> find(String text, int from, int to, NumericOrder order) {
        FoundDate earliest = null;
        for (var pattern : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC, SOLAR_HIJRI}) {
            var matcher = pattern.matcher(text).region(from, to);
            while (matcher.find()) {
                var date = toDate(pattern, matcher, order);
                if (date != null) {
                    if (earliest == null || matcher.start() < earliest.span().start()) {
                        earliest = new FoundDate(date, new Span(matcher.start(), matcher.end()));
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** The first date anywhere in the text. */
    public static Optional<FoundDate> find(String text, NumericOrder order) {
        return find(text, 0, text.length(), order);
    }

    /** True for a month name or abbreviation in any of the languages read. */
    public static boolean isMonthName(String word) {
        return MONTHS.containsKey(key(word));
    }

    private static LocalDate toDate(Pattern pattern, Matcher matcher, NumericOrder order) {
        int year = number(matcher.group("year"));
        if (pattern == SOLAR_HIJRI) {
            return SolarHijri.toIso(year, SOLAR_HIJRI_MONTHS.get(matcher.group("month")),
                    number(matcher.group("day"))).orElse(null);
        }
        if (year < 1900 || year > 2100) {
            return null;
        }
        if (pattern == NUMERIC) {
            int first = number(matcher.group("first"));
            int second = number(matcher.group("second"));
            boolean dayFirst;
            if (first > 12 && second <= 12) {
                dayFirst = true;
            } else if (second > 12 && first <= 12) {
                dayFirst = false;
            } else if (first == second || order != NumericOrder.UNKNOWN) {
                dayFirst = order != NumericOrder.MONTH_FIRST;
            } else {
                return null;
            }
            return date(year, dayFirst ? second : first, dayFirst ? first : second);
        }
        var monthText = matcher.group("month");
        var month = pattern == ISO ? Integer.valueOf(number(monthText)) : MONTHS.get(key(monthText));
        return month == null ? null : date(year, month, number(matcher.group("day")));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads digits of any script (Arabic-Indic too). */
    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        return value;
    }

    private static String key(String monthName) {
        return WHITESPACE.matcher(monthName.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static Map<String, Integer> solarHijriMonths() {
        var months = new LinkedHashMap<String, Integer>();
        for (int month = 1; month <= 12; month++) {
            var name = SolarHijri.MONTHS.get(month - 1);
            months.put(name, month);
            months.put(name.replace('ی', 'ي').replace('ک', 'ك'), month);
            months.put(name.replace('ی', 'ي').replace('ک', 'ك').replace('آ', 'ا'), month);
        }
        return months;
    }

    private static Map<String, Integer> months() {
        var months = new LinkedHashMap<String, Integer>();
        String[][] names = {
            {"january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "januari", "januar", "gennaio",
                "يناير", "كانون الثاني", "января", "январь", "янв", "ocak"},
            {"february", "feb", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "februari",
                "februar", "febbraio", "فبراير", "شباط", "февраля", "февраль", "фев", "şubat", "subat"},
            {"march", "mar", "mars", "marzo", "março", "marco", "maret", "märz", "مارس", "آذار", "марта", "март",
                    "мар", "mart"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "أبريل", "ابريل", "إبريل", "نيسان", "апреля",
                    "апрель", "апр", "nisan"},
            {"may", "mai", "mayo", "maio", "mei", "maggio", "مايو", "أيار", "мая", "май", "mayıs", "mayis"},
            {"june", "jun", "juin", "junio", "junho", "juni", "giugno", "يونيو", "يونيه", "حزيران", "июня", "июнь",
                    "июн", "haziran"},
            {"july", "jul", "juillet", "juil", "julio", "julho", "juli", "luglio", "يوليو", "يوليه", "تموز", "июля",
                    "июль", "июл", "temmuz"},
            {"august", "aug", "août", "aout", "agosto", "ago", "agustus", "agu", "agt", "أغسطس", "اغسطس", "آب",
                    "августа", "август", "авг", "ağustos", "agustos"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
                "سبتمبر", "أيلول", "сентября", "сентябрь", "сен", "сент", "eylül", "eylul"},
            {"october", "oct", "octobre", "octubre", "outubro", "out", "oktober", "okt", "ottobre", "أكتوبر",
                "اكتوبر", "تشرين الأول", "октября", "октябрь", "окт", "ekim"},
            {"november", "nov", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني", "ноября", "ноябрь",
                    "ноя", "нояб", "kasım", "kasim"},
            {"december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "desember",
                "des", "dezember", "dicembre", "ديسمبر", "كانون الأول", "декабря", "декабрь", "дек", "aralık", "aralik"},
        };
        for (int month = 1; month <= 12; month++) {
            for (var name : names[month - 1]) {
                months.put(name, month);
            }
        }
        return months;
    }
}
