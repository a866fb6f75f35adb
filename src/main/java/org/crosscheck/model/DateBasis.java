package org.crosscheck.model;

/** How a date was obtained: written out in full, resolved against the publication date, or inferred from the text. */
public enum DateBasis {
    EXPLICIT("explicit"),
    RELATIVE_TO_PUBLISHED("relative-to-published"),
    INFERRED_FROM_CONTEXT("inferred-from-context");

    private final String code;

    DateBasis(String code) {
        this.code = code;
    }

    /** The lower-case code used in exports and the database. */
    public String code() {
        return code;
    }

    public static DateBasis fromCode(String code) {
        for (var basis : values()) {
            if (basis.code.equalsIgnoreCase(code) || basis.name().equalsIgnoreCase(code)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("unknown date basis: " + code);
    }
}
