package org.crosscheck.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;

/**
 * The {@link ComparedClaims} of the incidents an extraction run has compared, kept from chunk to chunk: at 100,000
 * articles an incident gathers a few hundred claims, and reading them back and working out their words again for
 * every chunk cost more than comparing them. Bounded in bytes: once full, further incidents are simply not kept
 * (they are read each time, as without a cache). The run drops what it can no longer vouch for: the incidents a
 * chunk removes claims from or removes, and everything when someone else changed claims meanwhile.
 */
final class ComparedClaimsCache {

    private final long maxBytes;
    private final Map<Long, ComparedClaims> byIncident = new HashMap<>();
    private long bytes;

    ComparedClaimsCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The kept features of the incident's claims, or null. */
    ComparedClaims get(long incidentId) {
        return byIncident.get(incidentId);
    }

    /** Keeps the features of an incident's claims (all of them, as stored) when they fit. */
    void offer(long incidentId, ComparedClaims claims) {
        remove(incidentId);
        if (bytes + claims.bytes() <= maxBytes) {
            byIncident.put(incidentId, claims);
            bytes += claims.bytes();
        }
    }

    /** Adds newly stored claims to an incident kept here; an incident not kept stays so. */
    void addStored(long incidentId, List<Claim> stored, Map<Long, String> outletByArticle,
                   ComparedClaims.Codes codes) {
        var kept = byIncident.get(incidentId);
        if (kept != null && !stored.isEmpty()) {
            offer(incidentId, kept.with(stored, outletByArticle, codes));
        }
    }

    void removeAll(Collection<Long> incidentIds) {
        incidentIds.forEach(this::remove);
    }

    void clear() {
        byIncident.clear();
        bytes = 0;
    }

    private void remove(long incidentId) {
        var removed = byIncident.remove(incidentId);
        if (removed != null) {
            bytes -= removed.bytes();
        }
    }
}
