package org.crosscheck.model;

/** ACLED's time precision codes: 1 the day is known, 2 the week, 3 only the month. */
public enum TimePrecision {
    DAY(1), WEEK(2), MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static TimePrecision fromCode(int code) {
        for (var precision : values()) {
            if (precision.code == code) {
                return precision;
            }
        }
        throw new IllegalArgumentException("unknown time precision: " + code);
    }
}
