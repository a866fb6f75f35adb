package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void createsTheNewestSchemaInAFreshFile() {
        try (var db = Database.open(folder.resolve("fresh.mv.db"))) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.migrationBackup()).isNull();
            assertThat(Files.exists(folder.resolve("fresh.mv.db"))).isTrue();
        }
    }

    @Test
    void reopeningKeepsDataAndRunsNoMigration() {
        var file = folder.resolve("reopen.mv.db");
        try (var db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('IRNA')"));
        }
        try (var db = Database.open(file)) {
            assertThat(db.migrationBackup()).isNull();
            assertThat(new StatsRepository(db).counts()).containsEntry("outlets", 1L);
        }
    }

    @Test
    void backsUpAnOlderSchemaBeforeMigratingIt() {
        var file = folder.resolve("old.mv.db");
        try (var db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "DELETE FROM schema_version WHERE version = " + Migrations.latestVersion()));
            db.write(c -> c.createStatement().execute("CALL FT_DROP_ALL()"));
        }
        try (var db = Database.open(file)) {
            assertThat(db.migrationBackup()).isNotNull().exists();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aSecondOpenOfTheSameFileGetsAPlainMessage() {
        var file = folder.resolve("busy.mv.db");
        try (var first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open in another Crosscheck window");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (var db = Database.open(folder.resolve("atomic.mv.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('Sputnik')");
                return c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('Sputnik')");
            })).isInstanceOf(StoreException.class);
            assertThat(new StatsRepository(db).counts()).containsEntry("outlets", 0L);
        }
    }

    @Test
    void nestedWritesJoinTheOpenTransactionAndItsReadsSeeThem() {
        try (var db = Database.open(folder.resolve("nested.mv.db"))) {
            var stats = new StatsRepository(db);
            var seenInside = db.transaction(() -> {
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('IRNA')"));
                return stats.counts().get("outlets");
            });
            assertThat(seenInside).isEqualTo(1L);
            assertThatThrownBy(() -> db.transaction(() -> {
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('Sputnik')"));
                throw new IllegalStateException("analyst edit failed half-way");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(stats.counts()).containsEntry("outlets", 1L);
        }
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
