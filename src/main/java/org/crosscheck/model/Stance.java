package org.crosscheck.model;

import java.util.Locale;

/** Whether the speaker asserts, denies or explicitly does not confirm what the claim says. */
public enum Stance {
    ASSERTS, DENIES, NOT_CONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Stance fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
