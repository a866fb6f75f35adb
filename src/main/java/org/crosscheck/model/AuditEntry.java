package org.crosscheck.model;

import java.time.Instant;

/** One line of the append-only audit log: who changed which field of which item, from what to what. */
public record AuditEntry(long id, Instant at, String analyst, ItemType itemType, long itemId, String action,
                         String field, String oldValue, String newValue) {
}
