package org.crosscheck.model;

import java.util.Locale;

/** Who made an item: the extractor ({@code AUTO}) or the analyst; analyst items are never overwritten. */
public enum Origin {
    AUTO, ANALYST;

    private static final Origin[] VALUES = values();

    /** The code is worked out once per constant: exports and reads of whole tables ask for it on every row. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** The constant of a code; exact codes (as stored) are matched without converting the text. */
    public static Origin fromCode(String code) {
        for (var value : VALUES) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
