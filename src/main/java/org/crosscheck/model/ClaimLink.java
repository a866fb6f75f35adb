package org.crosscheck.model;

import java.time.Instant;

/** A typed link between two claims, suggested by the extractor or made by the analyst, with the analyst's decision. */
public record ClaimLink(
        long id,
        long claimA,
        long claimB,
        Relation relation,
        Origin origin,
        LinkStatus status,
        String note,
        String analyst,
        Instant createdAt) {

    public ClaimLink withId(long newId) {
        return new ClaimLink(newId, claimA, claimB, relation, origin, status, note, analyst, createdAt);
    }
}
