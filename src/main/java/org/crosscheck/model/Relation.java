package org.crosscheck.model;

import java.util.Locale;

/** How two claims relate. {@code REPEATS} means one original statement relayed, so it is not independent support. */
public enum Relation {
    CONTRADICTS, CORROBORATES, REPEATS, ELABORATES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relation fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
