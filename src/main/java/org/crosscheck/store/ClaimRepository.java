package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/** Attributed claims: found by extraction or written by the analyst; analyst edits are audited. */
public final class ClaimRepository {

    private final Database database;

    public ClaimRepository(Database database) {
        this.database = database;
    }

    public Optional<Claim> find(long id) {
        var found = select("SELECT * FROM claim WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The claims about one incident, grouped by article and in text order. */
    public List<Claim> forIncident(long incidentId) {
        return select("SELECT * FROM claim WHERE incident_id = ? ORDER BY article_id, span_start, id", incidentId);
    }

    /** The claims made in one article, in text order. */
    public List<Claim> forArticle(long articleId) {
        return select("SELECT * FROM claim WHERE article_id = ? ORDER BY span_start, span_end, id", articleId);
    }

    /** Every claim in id order. */
    public List<Claim> findAll() {
        var all = new ArrayList<Claim>();
        forEach(all::add);
        return all;
    }

    /** Streams every claim in id order to the consumer without holding them all in memory (for export). */
    public void forEach(Consumer<Claim> consumer) {
        database.forEachRow("SELECT * FROM claim ORDER BY id", ClaimRepository::claim, consumer);
    }

    /** Stores a new claim (usually the analyst's) and returns it with its id. */
    public Claim insert(Claim claim) {
        return database.write(connection -> {
            var stored = insert(connection, claim);
            if (claim.origin() == Origin.ANALYST) {
                AuditLog.append(connection, claim.analyst(), ItemType.CLAIM, stored.id(), "create", null, null,
                        claim.value());
            }
            return stored;
        });
    }

    /**
     * The analyst's edit of a claim: it becomes an analyst claim, so re-running extraction keeps it. Each changed
     * field is audited.
     */
    public Claim update(Claim claim, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM claim WHERE id = ? FOR UPDATE", claim.id());
            if (before.isEmpty()) {
                throw new StoreException("Claim " + claim.id() + " no longer exists.");
            }
            var old = before.get(0);
            var after = new Claim(claim.id(), old.articleId(), claim.incidentId(), claim.span(), claim.quote(),
                    claim.attributedTo(), claim.cue(), claim.aspect(), claim.value(), claim.stance(), claim.rule(),
                    claim.confidence(), Origin.ANALYST, analyst, Instant.now().truncatedTo(ChronoUnit.MICROS));
            try (var update = connection.prepareStatement("UPDATE claim SET incident_id = ?, span_start = ?, "
                    + "span_end = ?, quote = ?, attributed_to = ?, cue = ?, aspect = ?, claim_value = ?, stance = ?, "
                    + "rule = ?, confidence = ?, origin = ?, analyst = ?, updated_at = ? WHERE id = ?")) {
                bind(update, after, 1);
                update.setLong(15, after.id());
                update.executeUpdate();
            }
            auditChanges(connection, analyst, old, after);
            return after;
        });
    }

    /** Deletes a claim and its links, audited. */
    public void delete(long id, String analyst) {
        database.write(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM claim WHERE id = ?")) {
                delete.setLong(1, id);
                if (delete.executeUpdate() > 0) {
                    AuditLog.append(connection, analyst, ItemType.CLAIM, id, "delete", null, null, null);
                }
            }
            return null;
        });
    }

    /**
     * Stores a claim under its own id, exactly as given (undo of a deletion, redo of a creation, import of
     * annotations); audited with the given action.
     */
    public Claim restore(Claim claim, String analyst, String action) {
        return database.write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO claim (incident_id, span_start, span_end, "
                    + "quote, attributed_to, cue, aspect, claim_value, stance, rule, confidence, origin, analyst, "
                    + "updated_at, article_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, claim, 1);
                insert.setLong(15, claim.articleId());
                insert.setLong(16, claim.id());
                insert.executeUpdate();
            }
            Identity.restartAfterMax(connection, "claim");
            AuditLog.append(connection, analyst, ItemType.CLAIM, claim.id(), action, null, null, claim.value());
            return claim;
        });
    }

    /**
     * Overwrites every field of a stored claim with the given record, origin and time stamp included (undo of an
     * edit); each changed field is audited.
     */
    public Claim replace(Claim claim, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM claim WHERE id = ? FOR UPDATE", claim.id());
            if (before.isEmpty()) {
                throw new StoreException("Claim " + claim.id() + " no longer exists.");
            }
            var old = before.get(0);
            try (var update = connection.prepareStatement("UPDATE claim SET incident_id = ?, span_start = ?, "
                    + "span_end = ?, quote = ?, attributed_to = ?, cue = ?, aspect = ?, claim_value = ?, stance = ?, "
                    + "rule = ?, confidence = ?, origin = ?, analyst = ?, updated_at = ?, article_id = ? WHERE id = ?")) {
                bind(update, claim, 1);
                update.setLong(15, claim.articleId());
                update.setLong(16, claim.id());
                update.executeUpdate();
            }
            auditChanges(connection, analyst, old, claim);
            return claim;
        });
    }

    /**
     * One audit line per stored field the edit changed (who edited and when are the audit line itself, so they are
     * not audited as fields).
     */
    private static void auditChanges(Connection connection, String analyst, Claim old, Claim now) throws SQLException {
        long id = now.id();
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "article", old.articleId(), now.articleId());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "incident", old.incidentId(),
                now.incidentId());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "span", old.span(), now.span());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "quote", old.quote(), now.quote());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "attributed_to", old.attributedTo(),
                now.attributedTo());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "cue", old.cue(), now.cue());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "aspect", old.aspect(), now.aspect());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "value", old.value(), now.value());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "stance", old.stance(), now.stance());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "rule", old.rule(), now.rule());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "confidence", old.confidence(),
                now.confidence());
        AuditLog.append(connection, analyst, ItemType.CLAIM, id, "edit", "origin", old.origin(), now.origin());
    }

    static Claim insert(Connection connection, Claim unstamped) throws SQLException {
        return insertAll(connection, List.of(unstamped)).get(0);
    }

    /** Inserts claims in one batch (stamped now unless they carry a time); returns them with their ids, in order. */
    static List<Claim> insertAll(Connection connection, List<Claim> unstamped) throws SQLException {
        var stamped = new ArrayList<Claim>(unstamped.size());
        try (var insert = connection.prepareStatement("INSERT INTO claim (incident_id, span_start, span_end, quote, "
                + "attributed_to, cue, aspect, claim_value, stance, rule, confidence, origin, analyst, updated_at, "
                + "article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (var claim : unstamped) {
                var at = claim.updatedAt() == null ? Instant.now() : claim.updatedAt();
                var row = new Claim(0, claim.articleId(), claim.incidentId(), claim.span(), claim.quote(),
                        claim.attributedTo(), claim.cue(), claim.aspect(), claim.value(), claim.stance(),
                        claim.rule(), claim.confidence(), claim.origin(), claim.analyst(),
                        at.truncatedTo(ChronoUnit.MICROS));
                bind(insert, row, 1);
                insert.setLong(15, row.articleId());
                insert.addBatch();
                stamped.add(row);
            }
            return Jdbc.executeBatchWithKeys(insert, stamped, Claim::withId);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, Claim claim, int first) throws SQLException {
        Jdbc.setNullableLong(statement, first, claim.incidentId());
        statement.setInt(first + 1, claim.span().start());
        statement.setInt(first + 2, claim.span().end());
        statement.setString(first + 3, claim.quote());
        statement.setString(first + 4, claim.attributedTo());
        statement.setString(first + 5, claim.cue());
        statement.setString(first + 6, claim.aspect().code());
        statement.setString(first + 7, claim.value());
        statement.setString(first + 8, claim.stance().code());
        statement.setString(first + 9, claim.rule());
        statement.setDouble(first + 10, claim.confidence());
        statement.setString(first + 11, claim.origin().code());
        statement.setString(first + 12, claim.analyst());
        Jdbc.setInstant(statement, first + 13, claim.updatedAt());
    }

    private List<Claim> select(String sql, Long parameter) {
        return database.read(connection -> select(connection, sql, parameter));
    }

    static List<Claim> select(Connection connection, String sql, Long parameter) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            try (var rows = query.executeQuery()) {
                var columns = new Columns(rows);
                var result = new ArrayList<Claim>();
                while (rows.next()) {
                    result.add(columns.claim(rows));
                }
                return result;
            }
        }
    }

    static Claim claim(ResultSet rows) throws SQLException {
        return new Columns(rows).claim(rows);
    }

    /** Where a query's claim columns are, found once per result set instead of by name on every row. */
    static final class Columns {
        private final int id;
        private final int articleId;
        private final int incidentId;
        private final int spanStart;
        private final int spanEnd;
        private final int quote;
        private final int attributedTo;
        private final int cue;
        private final int aspect;
        private final int value;
        private final int stance;
        private final int rule;
        private final int confidence;
        private final int origin;
        private final int analyst;
        private final int updatedAt;

        Columns(ResultSet rows) throws SQLException {
            id = rows.findColumn("id");
            articleId = rows.findColumn("article_id");
            incidentId = rows.findColumn("incident_id");
            spanStart = rows.findColumn("span_start");
            spanEnd = rows.findColumn("span_end");
            quote = rows.findColumn("quote");
            attributedTo = rows.findColumn("attributed_to");
            cue = rows.findColumn("cue");
            aspect = rows.findColumn("aspect");
            value = rows.findColumn("claim_value");
            stance = rows.findColumn("stance");
            rule = rows.findColumn("rule");
            confidence = rows.findColumn("confidence");
            origin = rows.findColumn("origin");
            analyst = rows.findColumn("analyst");
            updatedAt = rows.findColumn("updated_at");
        }

        /** The claim on the current row. */
        Claim claim(ResultSet rows) throws SQLException {
            return new Claim(rows.getLong(id), rows.getLong(articleId), Jdbc.getNullableLong(rows, incidentId),
                    new Span(rows.getInt(spanStart), rows.getInt(spanEnd)), rows.getString(quote),
                    rows.getString(attributedTo), rows.getString(cue), Aspect.fromCode(rows.getString(aspect)),
                    rows.getString(value), Stance.fromCode(rows.getString(stance)), rows.getString(rule),
                    rows.getDouble(confidence), Origin.fromCode(rows.getString(origin)), rows.getString(analyst),
                    Jdbc.getInstant(rows, updatedAt));
        }
    }
}
