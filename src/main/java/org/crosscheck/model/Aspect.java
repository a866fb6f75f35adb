package org.crosscheck.model;

/** What part of an attack a claim speaks about; the rows of the side-by-side compare view. */
public enum Aspect {
    OCCURRENCE, COUNT, WEAPON, OUTCOME, DAMAGE, CASUALTIES, RESPONSIBILITY, CONFIRMATION, LOCATION, DATE;

    private static final Aspect[] VALUES = values();

    /** The code is worked out once per constant: exports and reads of whole tables ask for it on every row. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    /** The constant of a code; exact codes (as stored) are matched without converting the text. */
    public static Aspect fromCode(String code) {
        for (var value : VALUES) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
