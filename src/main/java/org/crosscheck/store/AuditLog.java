package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crosscheck.model.AuditEntry;
import org.crosscheck.model.ItemType;

/**
 * The append-only audit log. Repositories append to it inside the transaction of the edit they record, so an edit
 * and its audit line are stored together or not at all.
 */
public final class AuditLog {

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** Appends one line if the value really changed; call inside a write transaction. */
    static void append(Connection connection, String analyst, ItemType type, long itemId, String action,
                       String field, Object oldValue, Object newValue) throws SQLException {
        if (field != null && Objects.equals(oldValue, newValue)) {
            return;
        }
        try (var insert = connection.prepareStatement("INSERT INTO audit_log "
                + "(at, analyst, item_type, item_id, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.setInstant(insert, 1, Instant.now());
            insert.setString(2, analyst == null || analyst.isBlank() ? "unknown" : analyst);
            insert.setString(3, type.code());
            insert.setLong(4, itemId);
            insert.setString(5, action);
            insert.setString(6, field);
            insert.setString(7, oldValue == null ? null : oldValue.toString());
            insert.setString(8, newValue == null ? null : newValue.toString());
            insert.executeUpdate();
        }
    }

    /** Every audit line of one item, oldest first. */
    public List<AuditEntry> forItem(ItemType type, long itemId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT * FROM audit_log WHERE item_type = ? AND item_id = ? ORDER BY id")) {
                query.setString(1, type.code());
                query.setLong(2, itemId);
                try (var rows = query.executeQuery()) {
                    var result = new ArrayList<AuditEntry>();
                    while (rows.next()) {
                        result.add(new AuditEntry(rows.getLong("id"), Jdbc.getInstant(rows, "at"),
                                rows.getString("analyst"), ItemType.fromCode(rows.getString("item_type")),
                                rows.getLong("item_id"), rows.getString("action"), rows.getString("field"),
                                rows.getString("old_value"), rows.getString("new_value")));
                    }
                    return result;
                }
            }
        });
    }
}
