package org.crosscheck.model;

import java.util.Locale;

/** Who made an item: the extractor ({@code AUTO}) or the analyst; analyst items are never overwritten. */
public enum Origin {
    AUTO, ANALYST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
