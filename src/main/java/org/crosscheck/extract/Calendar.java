package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Month and weekday names in the six languages Crosscheck reads (English, Arabic — both the Egyptian and the
 * Levantine month names —, French, Spanish, Portuguese, Indonesian), already folded like {@link FoldedText}.
 */
final class Calendar {

    static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();

    static {
        month(1, "january", "jan", "janvier", "janv", "enero", "janeiro", "januari", "يناير", "كانون الثاني");
        month(2, "february", "feb", "fevrier", "fev", "febrero", "fevereiro", "februari", "فبراير", "شباط");
        month(3, "march", "mars", "marzo", "marco", "maret", "مارس", "اذار");
        month(4, "april", "apr", "avril", "abril", "ابريل", "نيسان");
        month(5, "may", "mai", "mayo", "maio", "mei", "مايو", "ايار");
        month(6, "june", "jun", "juin", "junio", "junho", "juni", "يونيو", "حزيران");
        month(7, "july", "jul", "juillet", "julio", "julho", "juli", "يوليو", "تموز");
        month(8, "august", "aug", "aout", "agosto", "agustus", "اغسطس", "اب");
        month(9, "september", "sept", "sep", "septembre", "septiembre", "setiembre", "setembro", "سبتمبر", "ايلول");
        month(10, "october", "oct", "octobre", "octubre", "outubro", "oktober", "اكتوبر", "تشرين الاول");
        month(11, "november", "nov", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني");
        month(12, "december", "dec", "decembre", "diciembre", "dezembro", "desember", "ديسمبر", "كانون الاول");

        weekday(DayOfWeek.MONDAY, "monday", "lundi", "lunes", "segunda-feira", "segunda feira", "senin", "الاثنين",
                "الإثنين");
        weekday(DayOfWeek.TUESDAY, "tuesday", "mardi", "martes", "terca-feira", "terca feira", "selasa", "الثلاثاء");
        weekday(DayOfWeek.WEDNESDAY, "wednesday", "mercredi", "miercoles", "quarta-feira", "quarta feira", "rabu",
                "الاربعاء");
        weekday(DayOfWeek.THURSDAY, "thursday", "jeudi", "jueves", "quinta-feira", "quinta feira", "kamis",
                "الخميس");
        weekday(DayOfWeek.FRIDAY, "friday", "vendredi", "viernes", "sexta-feira", "sexta feira", "jumat", "jum'at",
                "الجمعه");
        weekday(DayOfWeek.SATURDAY, "saturday", "samedi", "sabado", "sabtu", "السبت");
        weekday(DayOfWeek.SUNDAY, "sunday", "dimanche", "domingo", "minggu", "الاحد");
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
        }
    }

    /** A regex alternation of the keys, longest first, so "sept" wins over "sep". */
    static String alternation(Map<String, ?> names) {
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(name -> java.util.regex.Pattern.quote(name).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
