package org.crosscheck.model;

import java.util.Locale;

/** The analyst's decision on a link; extractor links start as {@code SUGGESTED}. */
public enum LinkStatus {
    SUGGESTED, ACCEPTED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
