package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;

/** Typed links between claims: suggested by extraction, accepted or rejected (or made) by the analyst. */
public final class LinkRepository {

    /** Rows fetched at a time when streaming the whole table. */

    private final Database database;

    public LinkRepository(Database database) {
        this.database = database;
    }

    public Optional<ClaimLink> find(long id) {
        var found = select("SELECT * FROM claim_link WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Links that touch at least one claim of the incident, by id. */
    public List<ClaimLink> forIncident(long incidentId) {
        return touchingClaimsWhere("c.incident_id = ?", incidentId);
    }

    /** Links that touch a claim of the given article, by id. */
    public List<ClaimLink> forArticle(long articleId) {
        return touchingClaimsWhere("c.article_id = ?", articleId);
    }

    /**
     * The links from or to a claim matching {@code condition} on {@code c}, by id: a union of two joins, each
     * through the claims' index and then a link index. Written as one query with {@code claim_a IN (…) OR claim_b IN
     * (…)}, H2 read every link row instead (29 s for one incident at 100,000 articles).
     */
    private List<ClaimLink> touchingClaimsWhere(String condition, long value) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT l.* FROM claim c JOIN claim_link l ON l.claim_a = c.id WHERE " + condition
                    + " UNION SELECT l.* FROM claim c JOIN claim_link l ON l.claim_b = c.id WHERE " + condition
                    + " ORDER BY id")) {
                query.setLong(1, value);
                query.setLong(2, value);
                return rows(query.executeQuery());
            }
        });
    }

    /** Every link in id order. */
    public List<ClaimLink> findAll() {
        var all = new ArrayList<ClaimLink>();
        forEach(all::add);
        return all;
    }

    /** Streams every link in id order to the consumer without holding them all in memory (for export). */
    public void forEach(Consumer<ClaimLink> consumer) {
        database.forEachRow("SELECT * FROM claim_link ORDER BY id", LinkRepository::link, consumer);
    }

    /** Stores a new link (the analyst's own, usually) and returns it with its id. */
    public ClaimLink insert(ClaimLink link) {
        return database.write(connection -> {
            var stored = insert(connection, link);
            if (link.origin() == Origin.ANALYST) {
                AuditLog.append(connection, link.analyst(), ItemType.LINK, stored.id(), "create", null, null,
                        link.relation().code());
            }
            return stored;
        });
    }

    /** The analyst accepts or rejects a link (with an optional note); audited. */
    public ClaimLink decide(long id, LinkStatus status, String note, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM claim_link WHERE id = ? FOR UPDATE", id);
            if (before.isEmpty()) {
                throw new StoreException("Link " + id + " no longer exists.");
            }
            try (var update = connection.prepareStatement(
                    "UPDATE claim_link SET status = ?, note = ?, analyst = ? WHERE id = ?")) {
                update.setString(1, status.code());
                update.setString(2, note);
                update.setString(3, analyst);
                update.setLong(4, id);
                update.executeUpdate();
            }
            var old = before.get(0);
            AuditLog.append(connection, analyst, ItemType.LINK, id, "edit", "status", old.status().code(),
                    status.code());
            AuditLog.append(connection, analyst, ItemType.LINK, id, "edit", "note", old.note(), note);
            return new ClaimLink(id, old.claimA(), old.claimB(), old.relation(), old.origin(), status, note, analyst,
                    old.createdAt());
        });
    }

    /** Binds a link's columns 1–8 of the inserts, in the order claim_a … created_at. */
    private static void bindColumns(PreparedStatement insert, ClaimLink link) throws SQLException {
        insert.setLong(1, link.claimA());
        insert.setLong(2, link.claimB());
        insert.setString(3, link.relation().code());
        insert.setString(4, link.origin().code());
        insert.setString(5, link.status().code());
        insert.setString(6, link.note());
        insert.setString(7, link.analyst());
        Jdbc.setInstant(insert, 8, link.createdAt());
    }

    /** Stores a link under its own id, exactly as given (undo, redo, import of annotations); audited. */
    public ClaimLink restore(ClaimLink link, String analyst, String action) {
        return database.write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO claim_link (claim_a, claim_b, relation, "
                    + "origin, status, note, analyst, created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindColumns(insert, link);
                insert.setLong(9, link.id());
                insert.executeUpdate();
            }
            Identity.restartAfterMax(connection, "claim_link");
            AuditLog.append(connection, analyst, ItemType.LINK, link.id(), action, null, null,
                    link.relation().code() + " " + link.status().code());
            return link;
        });
    }

    /** Deletes a link; returns false when it was already gone. Audited. */
    public boolean delete(long id, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM claim_link WHERE id = ?", id);
            if (before.isEmpty()) {
                return false;
            }
            try (var delete = connection.prepareStatement("DELETE FROM claim_link WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            var old = before.get(0);
            AuditLog.append(connection, analyst, ItemType.LINK, id, "delete", null,
                    old.relation().code() + " " + old.status().code(), null);
            return true;
        });
    }

    /** The analyst's decision put back exactly as it was, analyst name included (undo of a decision); audited. */
    public ClaimLink restoreDecision(ClaimLink link, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM claim_link WHERE id = ? FOR UPDATE", link.id());
            if (before.isEmpty()) {
                throw new StoreException("Link " + link.id() + " no longer exists.");
            }
            try (var update = connection.prepareStatement(
                    "UPDATE claim_link SET status = ?, note = ?, analyst = ? WHERE id = ?")) {
                update.setString(1, link.status().code());
                update.setString(2, link.note());
                update.setString(3, link.analyst());
                update.setLong(4, link.id());
                update.executeUpdate();
            }
            var old = before.get(0);
            AuditLog.append(connection, analyst, ItemType.LINK, link.id(), "edit", "status", old.status().code(),
                    link.status().code());
            AuditLog.append(connection, analyst, ItemType.LINK, link.id(), "edit", "note", old.note(), link.note());
            return link;
        });
    }

    static ClaimLink insert(Connection connection, ClaimLink unstamped) throws SQLException {
        return insertAll(connection, List.of(unstamped)).get(0);
    }

    /** Inserts links in one batch (stamped now unless they carry a time); returns them with their ids, in order. */
    static List<ClaimLink> insertAll(Connection connection, List<ClaimLink> unstamped) throws SQLException {
        var stamped = new ArrayList<ClaimLink>(unstamped.size());
        try (var insert = connection.prepareStatement("INSERT INTO claim_link (claim_a, claim_b, relation, origin, "
                + "status, note, analyst, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (var given : unstamped) {
                var at = given.createdAt() == null ? Instant.now() : given.createdAt();
                var link = new ClaimLink(0, given.claimA(), given.claimB(), given.relation(), given.origin(),
                        given.status(), given.note(), given.analyst(), at.truncatedTo(ChronoUnit.MICROS));
                bindColumns(insert, link);
                insert.addBatch();
                stamped.add(link);
            }
            return Jdbc.executeBatchWithKeys(insert, stamped, ClaimLink::withId);
        }
    }

    private List<ClaimLink> select(String sql, Long parameter) {
        return database.read(connection -> select(connection, sql, parameter));
    }

    static List<ClaimLink> select(Connection connection, String sql, Long parameter) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            return rows(query.executeQuery());
        }
    }

    private static List<ClaimLink> rows(ResultSet rows) throws SQLException {
        try (rows) {
            var columns = new Columns(rows);
            var result = new ArrayList<ClaimLink>();
            while (rows.next()) {
                result.add(columns.link(rows));
            }
            return result;
        }
    }

    static ClaimLink link(ResultSet rows) throws SQLException {
        return new Columns(rows).link(rows);
    }

    /** Where a query's link columns are, found once per result set instead of by name on every row. */
    static final class Columns {
        private final int id;
        private final int claimA;
        private final int claimB;
        private final int relation;
        private final int origin;
        private final int status;
        private final int note;
        private final int analyst;
        private final int createdAt;

        Columns(ResultSet rows) throws SQLException {
            id = rows.findColumn("id");
            claimA = rows.findColumn("claim_a");
            claimB = rows.findColumn("claim_b");
            relation = rows.findColumn("relation");
            origin = rows.findColumn("origin");
            status = rows.findColumn("status");
            note = rows.findColumn("note");
            analyst = rows.findColumn("analyst");
            createdAt = rows.findColumn("created_at");
        }

        /** The link on the current row. */
        ClaimLink link(ResultSet rows) throws SQLException {
            return new ClaimLink(rows.getLong(id), rows.getLong(claimA), rows.getLong(claimB),
                    Relation.fromCode(rows.getString(relation)), Origin.fromCode(rows.getString(origin)),
                    LinkStatus.fromCode(rows.getString(status)), rows.getString(note), rows.getString(analyst),
                    Jdbc.getInstant(rows, createdAt));
        }
    }
}
