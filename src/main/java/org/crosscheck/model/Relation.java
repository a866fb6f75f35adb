package org.crosscheck.model;

import java.util.Locale;

/** How two claims relate. {@code REPEATS} means one original statement relayed, so it is not independent support. */
public enum Relation {
    CONTRADICTS, CORROBORATES, REPEATS, ELABORATES;

    private static final Relation[] VALUES = values();

    /** The code is worked out once per constant: exports and reads of whole tables ask for it on every row. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** The constant of a code; exact codes (as stored) are matched without converting the text. */
    public static Relation fromCode(String code) {
        for (var value : VALUES) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
