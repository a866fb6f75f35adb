package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps H2's full-text index in step with the article table after a crash: removes rows whose article was never
 * committed and rebuilds the index when a committed article has no row. H2's native {@code FullText} trigger writes its rows
 * through the connection it was initialised with, not through the transaction that inserts the article, so a
 * crash in the middle of an import can leave index rows for articles that were rolled back; if their ids are
 * given out again, a search could list the wrong article. Run at open: it costs two counts when the index and
 * the article table agree, which is always the case after a clean shutdown.
 */
final class FullTextRepair {

    private static final Logger LOG = LoggerFactory.getLogger(FullTextRepair.class);
    private static final String ORPHANS = "SELECT r.ID FROM FT.ROWS r JOIN FT.INDEXES i ON i.ID = r.INDEXID"
            + " WHERE i.SCHEMA = 'PUBLIC' AND i.\"TABLE\" = 'ARTICLE' AND r.\"KEY\" LIKE '\"ID\"=%'"
            + " AND NOT EXISTS (SELECT 1 FROM article a WHERE a.id = CAST(SUBSTRING(r.\"KEY\", 6) AS BIGINT))";

    private FullTextRepair() {
    }

    /** Deletes the orphaned index rows, if any, in one transaction; returns how many rows were removed. */
    static int removeOrphans(Connection connection) throws SQLException {
        if (!indexHasMoreRowsThanArticles(connection)) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM FT.MAP WHERE ROWID IN (" + ORPHANS + ")");
            int removed = statement.executeUpdate("DELETE FROM FT.ROWS WHERE ID IN (" + ORPHANS + ")");
            connection.commit();
            LOG.warn("Removed {} full-text rows left by an import that did not finish", removed);
            return removed;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Rebuilds the whole index when some stored article has no index row; returns whether it did. */
    static boolean reindexIfIncomplete(Connection connection) throws SQLException {
        if (!indexHasFewerRowsThanArticles(connection)) {
            return false;
        }
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM article a WHERE NOT EXISTS (SELECT 1 "
                     + "FROM FT.ROWS r WHERE r.\"KEY\" = '\"ID\"=' || a.id)")) {
            rows.next();
            int missing = rows.getInt(1);
            if (missing == 0) {
                return false;
            }
            LOG.warn("Rebuilding the full-text index: {} articles stored by an import that did not finish lack it",
                    missing);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CALL FT_REINDEX()");
        }
        return true;
    }

    private static boolean indexHasFewerRowsThanArticles(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM FT.ROWS) - (SELECT COUNT(*) FROM article)")) {
            rows.next();
            return rows.getLong(1) < 0;
        }
    }

    private static boolean indexHasMoreRowsThanArticles(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM FT.ROWS) - (SELECT COUNT(*) FROM article)")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
