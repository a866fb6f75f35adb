package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Test fixture: a database file as an earlier release of Crosscheck left it, at schema version 1 to 4 (the article
 * text still in the article row), holding one article.
 */
public final class OlderSchema {

    private OlderSchema() {
    }

    /** Creates {@code file} at {@code version} with one article of {@code text}; returns the open connection. */
    public static Connection create(Path file, int version, String text) throws SQLException {
        return create(file, version, List.of(text));
    }

    /** Creates {@code file} at {@code version} with one article per text, in order; returns the open connection. */
    public static Connection create(Path file, int version, List<String> texts) throws SQLException {
        if (version < 1 || version > 4) {
            throw new IllegalArgumentException("no release kept the article text in its row at version " + version);
        }
        var connection = DriverManager.getConnection(Database.jdbcUrl(file), "sa", "");
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (int applied = 1; applied <= version; applied++) {
                var script = Migrations.SCRIPTS.get(applied - 1);
                for (var sql : script(script)) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version VALUES (" + applied + ", '" + script
                        + "', CURRENT_TIMESTAMP)");
            }
        }
        try (var insert = connection.prepareStatement("INSERT INTO article (file_name, sha256, text, imported_at, "
                + "char_count) VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                insert.setString(1, "old-" + i + ".txt");
                insert.setString(2, String.format("%064x", i));
                insert.setString(3, texts.get(i));
                insert.setInt(4, texts.get(i).length());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return connection;
    }

    /** The schema version recorded in {@code file}, read without migrating it. */
    public static int recordedVersion(Path file) throws SQLException {
        try (var connection = DriverManager.getConnection(Database.jdbcUrl(file), "sa", "")) {
            return Migrations.currentVersion(connection);
        }
    }

    /** The statements of one of the migration scripts shipped in the build. */
    public static List<String> script(String name) {
        try (var in = OlderSchema.class.getResourceAsStream("/org/crosscheck/db/migration/" + name)) {
            return Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
