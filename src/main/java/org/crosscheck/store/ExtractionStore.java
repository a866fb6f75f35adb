package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Mention;

/**
 * The writes of one extraction run, each step one transaction: clear what the extractor made earlier for some
 * articles (never what the analyst made, confirmed or decided), store the new incidents, claims and mentions, then
 * the suggested links. Kept apart from the repositories because it spans all four tables.
 */
public final class ExtractionStore {

    /** An incident to store (id 0 when new) with the claims that report it. */
    public record Planned(Incident incident, boolean updateFields, List<Claim> claims) {
    }

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
     * Removes the extractor's mentions and claims of these articles, except claims in a link the analyst accepted
     * or rejected and claims the analyst tagged or graded, and then every extractor incident that is unconfirmed,
     * untagged, unassessed and left without claims. Returns the extractor claims of these articles that were kept.
     */
    public List<Claim> clearAutomatic(Collection<Long> articleIds) {
        return database.write(connection -> {
            var kept = new ArrayList<Claim>();
            try (var mentions = connection.prepareStatement("DELETE FROM mention WHERE article_id = ?");
                 var claims = connection.prepareStatement("DELETE FROM claim WHERE article_id = ? AND origin = 'auto' "
                         + "AND id NOT IN (SELECT claim_a FROM claim_link WHERE status <> 'suggested' OR origin <> 'auto') "
                         + "AND id NOT IN (SELECT claim_b FROM claim_link WHERE status <> 'suggested' OR origin <> 'auto') "
                         + "AND id NOT IN (SELECT item_id FROM tag_assignment WHERE item_type = 'claim') "
                         + "AND id NOT IN (SELECT item_id FROM grade WHERE item_type = 'claim')")) {
                for (var id : articleIds) {
                    mentions.setLong(1, id);
                    mentions.addBatch();
                    claims.setLong(1, id);
                    claims.addBatch();
                }
                mentions.executeBatch();
                claims.executeBatch();
            }
            for (var id : articleIds) {
                kept.addAll(ClaimRepository.select(connection,
                        "SELECT * FROM claim WHERE article_id = ? AND origin = 'auto'", id));
            }
            deleteOrphanIncidents(connection);
            return kept;
        });
    }

    private static void deleteOrphanIncidents(Connection connection) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM incident i WHERE i.origin = 'auto' AND NOT i.confirmed "
                + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.incident_id = i.id) "
                + "AND NOT EXISTS (SELECT 1 FROM grade g WHERE g.item_type = 'incident' AND g.item_id = i.id) "
                + "AND NOT EXISTS (SELECT 1 FROM tag_assignment t WHERE t.item_type = 'incident' AND t.item_id = i.id)")) {
            delete.executeUpdate();
        }
    }

    /** Every stored claim, for seeding the grouping with what other articles already say. */
    public List<Claim> allClaims() {
        return database.read(connection -> ClaimRepository.select(connection, "SELECT * FROM claim ORDER BY id", null));
    }

    /**
     * Stores mentions (per article), new incidents, field updates of extractor incidents and the claims, in one
     * transaction. Returns the stored claims of each planned incident, in the same order.
     */
    public List<List<Claim>> save(Map<Long, List<Mention>> mentions, List<Planned> planned) {
        return database.write(connection -> {
            for (var entry : mentions.entrySet()) {
                MentionRepository.replaceForArticle(connection, entry.getKey(), entry.getValue());
            }
            var result = new ArrayList<List<Claim>>();
            for (var plan : planned) {
                var incident = plan.incident();
                if (incident.id() == 0) {
                    incident = IncidentRepository.insert(connection, incident);
                } else if (plan.updateFields()) {
                    IncidentRepository.updateFields(connection, incident);
                }
                var stored = new ArrayList<Claim>();
                for (var claim : plan.claims()) {
                    stored.add(ClaimRepository.insert(connection, claim.withIncident(incident.id())));
                }
                result.add(stored);
            }
            return result;
        });
    }

    /** Stores suggested links unless the same two claims already have a link of that relation; returns how many. */
    public int insertLinks(List<ClaimLink> links) {
        if (links.isEmpty()) {
            return 0;
        }
        return database.write(connection -> {
            var existing = new HashSet<String>();
            try (var query = connection.prepareStatement("SELECT claim_a, claim_b, relation FROM claim_link");
                 var rows = query.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getLong(1) + "|" + rows.getLong(2) + "|" + rows.getString(3));
                    existing.add(rows.getLong(2) + "|" + rows.getLong(1) + "|" + rows.getString(3));
                }
            }
            int count = 0;
            for (var link : links) {
                if (existing.add(link.claimA() + "|" + link.claimB() + "|" + link.relation().code())) {
                    existing.add(link.claimB() + "|" + link.claimA() + "|" + link.relation().code());
                    LinkRepository.insert(connection, link);
                    count++;
                }
            }
            return count;
        });
    }
}
