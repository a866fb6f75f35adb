package org.crosscheck.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Solar Hijri calendar that Iranian outlets date their reports in ("۱۵ بهمن ۱۴۰۲"), turned into ISO dates. Leap
 * years follow the 33-year arithmetic rule, which agrees with the official calendar over the years news is dated in;
 * the year starts at Nowruz, 20 or 21 March.
 */
public final class SolarHijri {

    /** The month names as Persian writes them, Farvardin first. */
    public static final List<String> MONTHS = List.of("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر",
            "آبان", "آذر", "دی", "بهمن", "اسفند");

    /** Years outside this range are not taken for Solar Hijri years. */
    private static final int FIRST_YEAR = 1300;
    private static final int LAST_YEAR = 1500;

    /** A year whose first day is known: 1 Farvardin 1403 was 20 March 2024. */
    private static final int ANCHOR_YEAR = 1403;
    private static final LocalDate ANCHOR_NOWRUZ = LocalDate.of(2024, 3, 20);

    private SolarHijri() {
    }

    /** The ISO date of a Solar Hijri date, or empty when there is no such day (or the year is out of range). */
    public static Optional<LocalDate> toIso(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            return Optional.empty();
        }
        int dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
        return Optional.of(nowruz(year).plusDays(dayOfYear));
    }

    /**
     * The latest ISO date of a Solar Hijri month and day that is not after {@code limit} ("۸ بهمن" in a report of
     * February 2024 is 28 January 2024), or empty when there is no such day in the two years before it.
     */
    public static Optional<LocalDate> latestNotAfter(int month, int day, LocalDate limit) {
        int year = limit.getYear() - 621;
        for (int candidate = year; candidate >= year - 2; candidate--) {
            var date = toIso(candidate, month, day);
            if (date.isPresent() && !date.get().isAfter(limit)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Whether the year has 366 days (Esfand has 30). */
    static boolean isLeap(int year) {
        return switch (Math.floorMod(year, 33)) {
            case 1, 5, 9, 13, 17, 22, 26, 30 -> true;
            default -> false;
        };
    }

    private static int length(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        return month <= 11 || isLeap(year) ? 30 : 29;
    }

    private static LocalDate nowruz(int year) {
        var date = ANCHOR_NOWRUZ;
        for (int y = ANCHOR_YEAR; y < year; y++) {
            date = date.plusDays(isLeap(y) ? 366 : 365);
        }
        for (int y = ANCHOR_YEAR - 1; y >= year; y--) {
            date = date.minusDays(isLeap(y) ? 366 : 365);
        }
        return date;
    }
}
