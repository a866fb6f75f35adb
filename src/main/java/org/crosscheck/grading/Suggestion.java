package org.crosscheck.grading;

import java.util.Objects;

/**
 * A grade the software proposes, with the reason an analyst can check (e.g. credibility 2, "corroborated by 2
 * independent sources"). It is shown beside the analyst's own grade and never stored as one.
 */
public record Suggestion<T>(T value, String reason) {

    public Suggestion {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }
}
