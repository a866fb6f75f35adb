package org.crosscheck.model;

import java.util.Locale;

/** The kinds of item that can be tagged, graded and audited. */
public enum ItemType {
    ARTICLE, OUTLET, INCIDENT, CLAIM, LINK, TAG;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
