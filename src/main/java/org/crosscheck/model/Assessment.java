package org.crosscheck.model;

import java.util.Locale;

/** Airwars' grading of an incident, plus {@code SINGLE_SOURCE} for one independent report. */
public enum Assessment {
    CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED, SINGLE_SOURCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static Assessment fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }
}
