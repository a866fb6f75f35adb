package org.crosscheck.model;

/**
 * A site or date found in an article, with its span, its normalised value (site id or ISO date), the role it plays
 * (for sites: target, launch, locator, other), and the rule and confidence that produced it.
 */
public record Mention(
        long id,
        long articleId,
        MentionKind kind,
        Span span,
        String value,
        String role,
        TimePrecision precision,
        DateBasis basis,
        String rule,
        double confidence) {
}
