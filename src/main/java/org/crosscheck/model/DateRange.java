package org.crosscheck.model;

import java.time.LocalDate;

/** An inclusive range of days, e.g. the timeline brush; a null end is open. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public boolean contains(LocalDate date) {
        if (date == null) {
            return from == null && to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean isAll() {
        return from == null && to == null;
    }
}
