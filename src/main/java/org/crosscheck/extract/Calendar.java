package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Month and weekday names in the languages Crosscheck reads (English, Arabic — both the Egyptian and the Levantine
 * month names —, Kurdish (Sorani), French, Spanish, Portuguese, Italian, Indonesian, Persian (weekdays), Turkish, Russian and German: Russian months in
 * the genitive of dates and the nominative, weekdays in the accusative of "в пятницу"; German weekdays also joined to
 * a time of day, "Samstagabend"), already folded like {@link FoldedText}.
 */
final class Calendar {

    static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

    /** German joins a weekday and the time of day into one word: "Samstagabend", "Montagmorgen". */
    private static final String[] GERMAN_TIMES_OF_DAY = {"morgen", "vormittag", "mittag", "nachmittag", "abend",
        "nacht"};

    static {
        month(1, "january", "jan", "janvier", "janv", "enero", "janeiro", "januari", "يناير", "كانون الثاني", "januar",
                "января", "январь", "янв", "ocak", "gennaio", "کانوونی دووەم", "کانوونی دووەمی");
        month(2, "february", "feb", "fevrier", "fev", "febrero", "fevereiro", "februari", "فبراير", "شباط", "februar",
                "февраля", "февраль", "фев", "subat", "febbraio", "شوبات", "شوباتی");
        month(3, "march", "mars", "marzo", "marco", "maret", "مارس", "اذار", "marz", "марта", "март", "mart", "ئازار", "ئازاری");
        month(4, "april", "apr", "avril", "abril", "ابريل", "نيسان", "апреля", "апрель", "апр", "nisan", "aprile");
        month(5, "may", "mai", "mayo", "maio", "mei", "مايو", "ايار", "мая", "май", "mayis", "maggio", "ئایار", "ئایاری");
        month(6, "june", "jun", "juin", "junio", "junho", "juni", "يونيو", "حزيران", "июня", "июнь", "haziran", "giugno", "giu", "حوزەیران", "حوزەیرانی");
        month(7, "july", "jul", "juillet", "julio", "julho", "juli", "يوليو", "تموز", "июля", "июль", "temmuz", "luglio", "lug", "تەممووز", "تەممووزی");
        month(8, "august", "aug", "aout", "agosto", "agustus", "اغسطس", "اب", "августа", "август", "авг", "agustos");
        month(9, "september", "sept", "sep", "septembre", "septiembre", "setiembre", "setembro", "سبتمبر", "ايلول",
                "сентября", "сентябрь", "сен", "сент", "eylul", "settembre", "ئەیلوول", "ئەیلوولی");
        month(10, "october", "oct", "octobre", "octubre", "outubro", "oktober", "اكتوبر", "تشرين الاول", "октября",
                "октябрь", "окт", "ekim", "ottobre", "ott", "تشرینی یەکەم", "تشرینی یەکەمی");
        month(11, "november", "nov", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني", "ноября", "ноябрь",
                "ноя", "нояб", "kasim", "تشرینی دووەم", "تشرینی دووەمی");
        month(12, "december", "dec", "decembre", "diciembre", "dezembro", "desember", "ديسمبر", "كانون الاول",
                "dezember", "декабря", "декабрь", "дек", "aralik", "dicembre", "dic", "کانوونی یەکەم", "کانوونی یەکەمی");

        weekday(DayOfWeek.MONDAY, "monday", "lundi", "lunes", "segunda-feira", "segunda feira", "senin", "الاثنين",
                "الإثنين", "понедельник", "montag", "دوشنبه", "pazartesi",
                "lunedi", "دووشەممە");
        weekday(DayOfWeek.TUESDAY, "tuesday", "mardi", "martes", "terca-feira", "terca feira", "selasa", "الثلاثاء",
                "вторник", "dienstag", "سه شنبه", "سه‌شنبه", "sali", "martedi", "سێشەممە");
        weekday(DayOfWeek.WEDNESDAY, "wednesday", "mercredi", "miercoles", "quarta-feira", "quarta feira", "rabu",
                "الاربعاء", "среду", "mittwoch", "چهارشنبه", "carsamba", "mercoledi", "چوارشەممە");
        weekday(DayOfWeek.THURSDAY, "thursday", "jeudi", "jueves", "quinta-feira", "quinta feira", "kamis",
                "الخميس", "четверг", "donnerstag", "پنجشنبه", "پنج شنبه", "پنج‌شنبه", "persembe", "giovedi", "پێنجشەممە");
        weekday(DayOfWeek.FRIDAY, "friday", "vendredi", "viernes", "sexta-feira", "sexta feira", "jumat", "jum'at",
                "الجمعه", "пятницу", "freitag", "جمعه", "cuma", "venerdi", "هەینی");
        weekday(DayOfWeek.SATURDAY, "saturday", "samedi", "sabado", "sabtu", "السبت", "субботу", "samstag", "sonnabend",
                "شنبه", "cumartesi", "sabato", "شەممە");
        weekday(DayOfWeek.SUNDAY, "sunday", "dimanche", "domingo", "minggu", "الاحد", "воскресенье", "sonntag",
                "یکشنبه", "pazar", "domenica", "یەکشەممە");
    }

    private Calendar() {
    }

    private static void month(int number, String... names) {
        for (var name : names) {
            MONTHS.put(FoldedText.fold(name), number);
        }
    }

    private static void weekday(DayOfWeek day, String... names) {
        for (var name : names) {
            WEEKDAYS.put(FoldedText.fold(name), day);
            if (name.endsWith("tag") || name.equals("mittwoch") || name.equals("sonnabend")) {
                for (var time : GERMAN_TIMES_OF_DAY) {
                    WEEKDAYS.put(name + time, day);
                }
            }
        }
    }

    /** A regex matching any of the keys ({@link WordTree}): longer names first, so "sept" wins over "sep". */
    static String alternation(Map<String, ?> names) {
        var endings = new LinkedHashMap<String, String>();
        names.keySet().forEach(name -> endings.put(name, ""));
        return WordTree.regex(endings);
    }
}
