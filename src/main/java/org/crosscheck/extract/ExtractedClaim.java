package org.crosscheck.extract;

import org.crosscheck.model.Aspect;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/** A claim found in one article before it is stored: span, quote, speaker, cue, aspect, value, stance and why. */
public record ExtractedClaim(Span span, String quote, String attributedTo, String cue, Aspect aspect, String value,
                             Stance stance, String rule, double confidence) {
}
