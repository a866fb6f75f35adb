package org.crosscheck.model;

import java.util.Locale;

/** The analyst's decision on a link; extractor links start as {@code SUGGESTED}. */
public enum LinkStatus {
    SUGGESTED, ACCEPTED, REJECTED;

    private static final LinkStatus[] VALUES = values();

    /** The code is worked out once per constant: exports and reads of whole tables ask for it on every row. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    /** The constant of a code; exact codes (as stored) are matched without converting the text. */
    public static LinkStatus fromCode(String code) {
        for (var value : VALUES) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
