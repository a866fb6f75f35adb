package org.crosscheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema by running the versioned scripts {@code db/migration/V<n>__<what>.sql}
 * in order, each in one transaction, recording them in {@code schema_version}. An existing database is backed up
 * (H2 {@code BACKUP TO}) before the first pending script runs. H2 commits DDL statements on their own, so a process
 * killed mid-script leaves part of it applied and unrecorded: every script must be safe to run again
 * ({@code IF NOT EXISTS}, {@code IF EXISTS}).
 */
final class Migrations {

    /** The scripts in order; a new schema version is one more line here and one more file. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__fulltext.sql", "V3__lucene_search.sql",
            "V4__identity_cache.sql", "V5__article_text.sql", "V6__lean_indexes.sql",
            "V7__claim_summary_index.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "/org/crosscheck/db/migration/";

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Runs the pending scripts; returns the backup written, or null when none was needed. {@code status} hears a
     * sentence before the backup and before the scripts, which on a large database take minutes.
     */
    static Path migrate(Connection connection, Path databaseFile, Consumer<String> status) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current >= latestVersion()) {
            return null;
        }
        Path backup = null;
        if (current > 0) {
            backup = backupPath(databaseFile, current);
            status.accept("Backing up the database to " + backup.getFileName() + " before updating it");
            try (var statement = connection.prepareStatement("BACKUP TO ?")) {
                statement.setString(1, backup.toString());
                statement.execute();
            }
            LOG.info("Backed up schema version {} to {} before migrating", current, backup);
            status.accept("Updating the database for this version of Crosscheck");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int version = current + 1; version <= latestVersion(); version++) {
                var script = SCRIPTS.get(version - 1);
                for (var sql : statements(load(script))) {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }
                try (var insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    insert.setInt(1, version);
                    insert.setString(2, script);
                    insert.executeUpdate();
                }
                connection.commit();
                LOG.info("Applied schema migration {}", script);
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return backup;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    static Path backupPath(Path databaseFile, int version) {
        var name = databaseFile.getFileName().toString().replace(".mv.db", "");
        return databaseFile.resolveSibling(name + ".schema-v" + version + ".backup.zip");
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping comment lines. */
    static List<String> statements(String script) {
        var result = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : script.split("\n")) {
            var trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                var sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
