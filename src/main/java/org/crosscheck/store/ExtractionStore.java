package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Mention;
import org.crosscheck.model.TimePrecision;

/**
 * The writes of one extraction run, each step one transaction: clear what the extractor made earlier for some
 * articles (never what the analyst made, confirmed or decided), store the new incidents, claims and mentions, then
 * the suggested links. Kept apart from the repositories because it spans all four tables.
 */
public final class ExtractionStore {

    /** An incident to store (id 0 when new) with the claims that report it. */
    public record Planned(Incident incident, boolean updateFields, List<Claim> claims) {
    }

    /** Two claims in either order and a relation: a link between them in either direction is the same link. */
    private record ClaimPair(long low, long high, String relation) {

        static ClaimPair of(long a, long b, String relation) {
            return a <= b ? new ClaimPair(a, b, relation) : new ClaimPair(b, a, relation);
        }
    }

    /** Ids passed as one array parameter; H2 refuses arrays longer than 65,536. */
    static final int MAX_ARRAY = 10_000;

    private final Database database;

    public ExtractionStore(Database database) {
        this.database = database;
    }

    /** The ids of all stored articles, ascending. */
    public List<Long> articleIds() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM article ORDER BY id");
                 var rows = query.executeQuery()) {
                var ids = new ArrayList<Long>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        });
    }

    /**
     * What {@link #clearAutomatic} kept and removed, the incidents that reported the articles' claims before, and
     * the claim table's stamp at the start and end of the clearing.
     */
    public record Cleared(List<Claim> kept, Set<Long> removedIncidents, Set<Long> reportingIncidents,
                          ClaimStamp before, ClaimStamp after) {
    }

    /** The claims {@link #save} stored for each planned incident, and the claim table's stamp before and after. */
    public record Saved(List<List<Claim>> claims, ClaimStamp before, ClaimStamp after) {
    }

    /**
     * How many claims there are, the highest claim id and the highest audit line: a write by anyone (an analyst's
     * edit is audited) changes it, so a run that saw the same stamp after its last write and before its next one
     * knows no one else changed a claim in between.
     */
    public record ClaimStamp(long claims, long highestClaimId, long highestAuditId) {
    }

    /**
     * Removes the extractor's mentions and claims of these articles, except claims in a link the analyst accepted
     * or rejected and claims the analyst tagged or graded, and then the extractor incidents left without claims that
     * are unconfirmed, untagged and unassessed: among those the removed claims reported and {@code alsoCheck}, or
     * among all incidents when {@code alsoCheck} is null. Returns the extractor claims of these articles that were
     * kept, the ids of the incidents removed and of those that reported any claim of these articles before.
     */
    public Cleared clearAutomatic(Collection<Long> articleIds, Collection<Long> alsoCheck) {
        return database.write(connection -> {
            var before = stamp(connection);
            var reporting = new HashSet<Long>();
            try (var query = connection.prepareStatement("SELECT DISTINCT c.incident_id FROM UNNEST(?) AS u(id) "
                    + "JOIN claim c ON c.article_id = u.id WHERE c.incident_id IS NOT NULL")) {
                forEachSlice(connection, query, List.copyOf(articleIds), rows -> reporting.add(rows.getLong(1)));
            }
            var kept = new ArrayList<Claim>();
            int removedClaims = 0;
            try (var mentions = connection.prepareStatement("DELETE FROM mention WHERE article_id = ?");
                 var claims = connection.prepareStatement("DELETE FROM claim c WHERE c.article_id = ? "
                         + "AND c.origin = 'auto' "
                         + "AND NOT EXISTS (SELECT 1 FROM claim_link l WHERE l.claim_a = c.id "
                         + "AND (l.status <> 'suggested' OR l.origin <> 'auto')) "
                         + "AND NOT EXISTS (SELECT 1 FROM claim_link l WHERE l.claim_b = c.id "
                         + "AND (l.status <> 'suggested' OR l.origin <> 'auto')) "
                         + "AND NOT EXISTS (SELECT 1 FROM tag_assignment t WHERE t.item_type = 'claim' "
                         + "AND t.item_id = c.id) "
                         + "AND NOT EXISTS (SELECT 1 FROM grade g WHERE g.item_type = 'claim' AND g.item_id = c.id)")) {
                for (var id : articleIds) {
                    mentions.setLong(1, id);
                    mentions.addBatch();
                    claims.setLong(1, id);
                    claims.addBatch();
                }
                mentions.executeBatch();
                for (int removed : claims.executeBatch()) {
                    removedClaims += removed;
                }
            }
            for (var id : articleIds) {
                kept.addAll(ClaimRepository.select(connection,
                        "SELECT * FROM claim WHERE article_id = ? AND origin = 'auto'", id));
            }
            Set<Long> checked = null;
            if (alsoCheck != null) {
                checked = new HashSet<>(reporting);
                checked.addAll(alsoCheck);
            }
            var removed = deleteOrphanIncidents(connection, checked);
            var after = removedClaims == 0 ? before : new ClaimStamp(before.claims() - removedClaims,
                    highestClaimId(connection), before.highestAuditId());
            return new Cleared(kept, removed, reporting, before, after);
        });
    }

    private static long highestClaimId(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM claim");
             var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The claim table's stamp, read at the start of a write transaction (counting rows after the transaction's own
     * changes would make H2 scan them, so the stamp after is worked out from what the transaction did).
     */
    private static ClaimStamp stamp(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM claim), "
                + "(SELECT COALESCE(MAX(id), 0) FROM claim), (SELECT COALESCE(MAX(id), 0) FROM audit_log)");
             var rows = query.executeQuery()) {
            rows.next();
            return new ClaimStamp(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
    }

    /** Deletes the orphaned extractor incidents among the candidates (all incidents when null); returns their ids. */
    private static Set<Long> deleteOrphanIncidents(Connection connection, Collection<Long> candidates)
            throws SQLException {
        var orphan = "i.origin = 'auto' AND NOT i.confirmed "
                + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.incident_id = i.id) "
                + "AND NOT EXISTS (SELECT 1 FROM grade g WHERE g.item_type = 'incident' AND g.item_id = i.id) "
                + "AND NOT EXISTS (SELECT 1 FROM tag_assignment t WHERE t.item_type = 'incident' AND t.item_id = i.id)";
        var orphans = new java.util.TreeSet<Long>();
        if (candidates == null) {
            try (var query = connection.prepareStatement("SELECT i.id FROM incident i WHERE " + orphan);
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    orphans.add(rows.getLong(1));
                }
            }
        } else if (!candidates.isEmpty()) {
            try (var query = connection.prepareStatement("SELECT i.id FROM UNNEST(?) AS u(id) "
                    + "JOIN incident i ON i.id = u.id WHERE " + orphan)) {
                forEachSlice(connection, query, List.copyOf(candidates), rows -> orphans.add(rows.getLong(1)));
            }
        }
        if (!orphans.isEmpty()) {
            try (var delete = connection.prepareStatement("DELETE FROM incident WHERE id = ANY(?)")) {
                var ids = List.copyOf(orphans);
                for (int from = 0; from < ids.size(); from += MAX_ARRAY) {
                    delete.setArray(1, connection.createArrayOf("BIGINT",
                            ids.subList(from, Math.min(ids.size(), from + MAX_ARRAY)).toArray()));
                    delete.executeUpdate();
                }
            }
        }
        return orphans;
    }

    /** A row handler that may throw. */
    private interface RowHandler {
        void accept(java.sql.ResultSet rows) throws SQLException;
    }

    /**
     * Runs a query whose parameters are all the same id array, slice by slice (H2 refuses arrays longer than
     * 65,536), handing over each row.
     */
    private static void forEachSlice(Connection connection, PreparedStatement query, List<Long> ids,
                                     RowHandler handler) throws SQLException {
        int parameters = query.getParameterMetaData().getParameterCount();
        for (int from = 0; from < ids.size(); from += MAX_ARRAY) {
            var array = connection.createArrayOf("BIGINT", ids.subList(from, Math.min(ids.size(), from + MAX_ARRAY))
                    .toArray());
            for (int parameter = 1; parameter <= parameters; parameter++) {
                query.setArray(parameter, array);
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        }
    }

    /** The quote of a stored claim and the incident it reports. */
    public record IncidentQuote(long incidentId, String quote) {
    }

    /**
     * Hands the quotes of the stored claims of incidents dated to the day, at a site of the map on one of the
     * weekdays given for it, to the consumer one at a time, so a large database is never held in memory: the
     * grouping compares an undated report with them.
     */
    public void forEachDayIncidentQuote(Map<String, ? extends Collection<DayOfWeek>> weekdaysBySite,
                                        Consumer<IncidentQuote> consumer) {
        var sites = weekdaysBySite.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).toList();
        if (sites.isEmpty()) {
            return;
        }
        var where = new java.util.StringJoiner(" OR ", "(", ")");
        for (var site : sites) {
            where.add("i.site_id = ? AND ISO_DAY_OF_WEEK(i.event_date) IN ("
                    + String.join(", ", java.util.Collections.nCopies(site.getValue().size(), "?")) + ")");
        }
        database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT c.incident_id, c.quote FROM incident i "
                    + "JOIN claim c ON c.incident_id = i.id WHERE i.time_precision = ? AND " + where)) {
                query.setInt(1, TimePrecision.DAY.code());
                int index = 2;
                for (var site : sites) {
                    query.setString(index++, site.getKey());
                    for (var weekday : site.getValue()) {
                        query.setInt(index++, weekday.getValue());
                    }
                }
                query.setFetchSize(1_000);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(new IncidentQuote(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Stores mentions (per article), new incidents, field updates of extractor incidents and the claims, in one
     * transaction. Returns the stored claims of each planned incident, in the same order, with the claim table's
     * stamps.
     */
    public Saved save(Map<Long, List<Mention>> mentions, List<Planned> planned) {
        return database.write(connection -> {
            var before = stamp(connection);
            MentionRepository.replaceForArticles(connection, mentions);
            var fresh = new ArrayList<Incident>();
            for (var plan : planned) {
                if (plan.incident().id() == 0) {
                    fresh.add(plan.incident());
                } else if (plan.updateFields()) {
                    IncidentRepository.updateFields(connection, plan.incident());
                }
            }
            var inserted = IncidentRepository.insertAll(connection, fresh).iterator();
            var claims = new ArrayList<Claim>();
            for (var plan : planned) {
                long incidentId = plan.incident().id() == 0 ? inserted.next().id() : plan.incident().id();
                for (var claim : plan.claims()) {
                    claims.add(claim.withIncident(incidentId));
                }
            }
            var storedClaims = ClaimRepository.insertAll(connection, claims);
            long highest = before.highestClaimId();
            for (var claim : storedClaims) {
                highest = Math.max(highest, claim.id());
            }
            var stored = storedClaims.iterator();
            var result = new ArrayList<List<Claim>>();
            for (var plan : planned) {
                var own = new ArrayList<Claim>(plan.claims().size());
                for (int i = 0; i < plan.claims().size(); i++) {
                    own.add(stored.next());
                }
                result.add(own);
            }
            return new Saved(result, before, new ClaimStamp(before.claims() + storedClaims.size(), highest,
                    before.highestAuditId()));
        });
    }

    /**
     * Stores suggested links unless the same two claims already have a link of that relation; returns how many.
     * The links come in groups (those of one incident), each pulled only when the one before it is stored, so a
     * large run never holds every suggestion at once; a group's links must not repeat another group's pairs.
     * {@code storedJustNow} tells the claims stored by the caller's last {@link #save}: a link touching one cannot
     * be stored yet, so only the others are looked up.
     */
    public int insertLinks(Iterator<? extends List<ClaimLink>> groups, LongPredicate storedJustNow) {
        return database.write(connection -> {
            int count = 0;
            try (var query = connection.prepareStatement("SELECT l.claim_a, l.claim_b, l.relation "
                    + "FROM UNNEST(?) AS u(id) JOIN claim_link l ON l.claim_a = u.id UNION ALL "
                    + "SELECT l.claim_a, l.claim_b, l.relation "
                    + "FROM UNNEST(?) AS u(id) JOIN claim_link l ON l.claim_b = u.id")) {
                while (groups.hasNext()) {
                    var links = groups.next();
                    if (links.isEmpty()) {
                        continue;
                    }
                    var mayBeStored = links.stream().filter(link -> !storedJustNow.test(link.claimA())
                            && !storedJustNow.test(link.claimB())).toList();
                    var existing = mayBeStored.isEmpty() ? new HashSet<ClaimPair>()
                            : existingPairs(connection, query, mayBeStored);
                    var fresh = new ArrayList<ClaimLink>();
                    for (var link : links) {
                        if (existing.add(ClaimPair.of(link.claimA(), link.claimB(), link.relation().code()))) {
                            fresh.add(link);
                        }
                    }
                    count += LinkRepository.insertAll(connection, fresh).size();
                }
            }
            return count;
        });
    }

    /** The outlet named in each of these articles (null when none), by article id. */
    public Map<Long, String> outletNames(Collection<Long> articleIds) {
        var ids = List.copyOf(articleIds);
        return database.read(connection -> {
            var names = new HashMap<Long, String>();
            try (var query = connection.prepareStatement("SELECT a.id, o.name FROM UNNEST(?) AS u(id) "
                    + "JOIN article a ON a.id = u.id LEFT JOIN outlet o ON o.id = a.outlet_id")) {
                forEachSlice(connection, query, ids, rows -> names.put(rows.getLong(1), rows.getString(2)));
            }
            return names;
        });
    }

    /** The stored links (of any origin) with one of these claims at either end, each once. */
    public List<ClaimLink> linksTouching(Collection<Long> claimIds) {
        var ids = List.copyOf(new java.util.TreeSet<>(claimIds));
        return database.read(connection -> {
            var links = new java.util.TreeMap<Long, ClaimLink>();
            try (var query = connection.prepareStatement("SELECT l.* FROM UNNEST(?) AS u(id) "
                    + "JOIN claim_link l ON l.claim_a = u.id UNION ALL "
                    + "SELECT l.* FROM UNNEST(?) AS u(id) JOIN claim_link l ON l.claim_b = u.id")) {
                forEachSlice(connection, query, ids, rows -> {
                    var link = LinkRepository.link(rows);
                    links.put(link.id(), link);
                });
            }
            return List.copyOf(links.values());
        });
    }

    /** The stored links with one of these links' claims at either end: only those can repeat one of them. */
    private static Set<ClaimPair> existingPairs(Connection connection, PreparedStatement query,
                                                List<ClaimLink> links) throws SQLException {
        var claimIds = new java.util.TreeSet<Long>();
        for (var link : links) {
            claimIds.add(link.claimA());
            claimIds.add(link.claimB());
        }
        var existing = new HashSet<ClaimPair>();
        forEachSlice(connection, query, List.copyOf(claimIds),
                rows -> existing.add(ClaimPair.of(rows.getLong(1), rows.getLong(2), rows.getString(3))));
        return existing;
    }
}
