package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps identity columns ahead of ids inserted explicitly (restored or undone items), so the next generated id
 * never collides with one of them.
 */
final class Identity {

    private Identity() {
    }

    /** Restarts the id generator of {@code table} just past its largest id. */
    static void restartAfterMax(Connection connection, String table) throws SQLException {
        long next;
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rows.next();
            next = rows.getLong(1);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
