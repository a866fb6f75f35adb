package org.crosscheck.grading;

import java.time.Instant;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/** Small builders for the claims and links of grading tests. */
final class Claims {

    private Claims() {
    }

    static Claim claim(long id, long articleId, String speaker, Aspect aspect, String value, Stance stance) {
        return new Claim(id, articleId, 1L, new Span(0, 10), "quote " + id, speaker, "said", aspect, value, stance,
                "test", 0.9, Origin.AUTO, null, Instant.EPOCH);
    }

    static ClaimLink link(long id, long a, long b, Relation relation, LinkStatus status) {
        return new ClaimLink(id, a, b, relation, Origin.AUTO, status, null, null, Instant.EPOCH);
    }
}
