package org.crosscheck.model;

/** What a {@link Mention} points at: a gazetteer site or a resolved date. */
public enum MentionKind {
    SITE, DATE
}
