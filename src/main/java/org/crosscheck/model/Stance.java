package org.crosscheck.model;

import java.util.Locale;

/** Whether the speaker asserts, denies or explicitly does not confirm what the claim says. */
public enum Stance {
    ASSERTS, DENIES, NOT_CONFIRMED;

    private static final Stance[] VALUES = values();

    /** The code is worked out once per constant: exports and reads of whole tables ask for it on every row. */
    private final String code = name().toLowerCase(Locale.ROOT).replace('_', ' ');

    public String code() {
        return code;
    }

    /** The constant of a code; exact codes (as stored) are matched without converting the text. */
    public static Stance fromCode(String code) {
        for (var value : VALUES) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
