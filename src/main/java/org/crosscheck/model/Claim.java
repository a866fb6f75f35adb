package org.crosscheck.model;

import java.time.Instant;

/**
 * A clause-level statement about an attack in one article: who says it ({@code attributedTo}), with which cue,
 * about which {@link Aspect}, its normalised value and stance. {@code rule} and {@code confidence} explain an
 * extracted claim; analyst claims have rule "analyst".
 */
public record Claim(
        long id,
        long articleId,
        Long incidentId,
        Span span,
        String quote,
        String attributedTo,
        String cue,
        Aspect aspect,
        String value,
        Stance stance,
        String rule,
        double confidence,
        Origin origin,
        String analyst,
        Instant updatedAt) {

    public Claim withId(long newId) {
        return new Claim(newId, articleId, incidentId, span, quote, attributedTo, cue, aspect, value, stance, rule,
                confidence, origin, analyst, updatedAt);
    }

    public Claim withIncident(Long newIncidentId) {
        return new Claim(id, articleId, newIncidentId, span, quote, attributedTo, cue, aspect, value, stance, rule,
                confidence, origin, analyst, updatedAt);
    }
}
