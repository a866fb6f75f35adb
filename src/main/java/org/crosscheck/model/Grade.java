package org.crosscheck.model;

import java.time.Instant;

/**
 * The analyst's grade of an item, kept apart from any suggestion: outlet reliability A–F, claim credibility 1–6
 * (NATO Admiralty code) or an incident {@link Assessment} code.
 */
public record Grade(ItemType itemType, long itemId, String value, String analyst, Instant updatedAt) {
}
