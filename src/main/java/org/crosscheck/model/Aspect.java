package org.crosscheck.model;

/** What part of an attack a claim speaks about; the rows of the side-by-side compare view. */
public enum Aspect {
    OCCURRENCE, COUNT, WEAPON, OUTCOME, DAMAGE, CASUALTIES, RESPONSIBILITY, CONFIRMATION, LOCATION, DATE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Aspect fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
