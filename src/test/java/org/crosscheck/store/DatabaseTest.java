package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final String FULLTEXT_OF_VERSION_TWO = "/store/h2-fulltext-of-schema-v2.sql";

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
    void closingShutsDownCleanlyWithoutATraceFile() throws Exception {
        var file = folder.resolve("clean.mv.db");
        try (var db = Database.open(file)) {
            assertThat(db.schemaVersion()).isPositive();
        }

        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void closingWaitsForAReadInProgressThenRefusesNewOnesWithoutATraceFile() throws Exception {
        var file = folder.resolve("busy.mv.db");
        var db = Database.open(file);
        var reading = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> db.read(connection -> {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
                rows.next();
                return rows.getLong(1);
            }
        }));
        assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        var closing = java.util.concurrent.CompletableFuture.runAsync(db::close);
        Thread.sleep(300);
        assertThat(closing).as("close waits for the read").isNotDone();
        release.countDown();

        assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        closing.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThatThrownBy(() -> db.read(connection -> 1)).isInstanceOf(DatabaseUnavailableException.class)
                .hasMessage("The database " + file.toAbsolutePath().normalize() + " is closed.");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void closingCancelsAReadThatOutlastsItsTurnWithoutATraceFile() throws Exception {
        var file = folder.resolve("long-read.mv.db");
        var db = Database.open(file);
        var reading = new java.util.concurrent.CountDownLatch(1);
        var read = java.util.concurrent.CompletableFuture.runAsync(() -> db.forEachRow(
                "SELECT X FROM SYSTEM_RANGE(1, 1000000000)", rows -> rows.getLong(1), row -> {
                    reading.countDown();
                    java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
                }));
        assertThat(reading.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        db.close();

        assertThat((System.nanoTime() - start) / 1_000_000_000.0).as("seconds to close").isLessThan(6);
        assertThat(read).failsWithin(5, java.util.concurrent.TimeUnit.SECONDS).withThrowableThat()
                .havingCause().isInstanceOf(DatabaseUnavailableException.class)
                .withMessage("The database " + file.toAbsolutePath().normalize() + " is closed.");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    @Test
    void compactingGivesBackTheSpaceOfReplacedPagesAndKeepsEveryRow() throws Exception {
        var file = folder.resolve("bloated.mv.db");
        FileUse bloated;
        try (var db = Database.open(file)) {
            bloatWithReplacedPages(db, 2_000, 20);
            bloated = db.fileUse();
        }
        assertThat(bloated.livePercent()).isLessThan(50);

        var compaction = Database.compact(file);

        assertThat(compaction.file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(compaction.bytesAfter()).isEqualTo(Files.size(file)).isLessThan(compaction.bytesBefore() / 2);
        assertThat(compaction.summary()).startsWith("Compacted " + compaction.file() + " from ").endsWith(" s.");
        try (var db = Database.open(file)) {
            assertThat(db.fileUse().livePercent()).isGreaterThan(bloated.livePercent());
            String rowsAfter = db.read(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT body), MIN(body) FROM scratch")) {
                    rows.next();
                    return rows.getLong(1) + " " + rows.getLong(2) + " " + rows.getString(3).substring(0, 3);
                }
            });
            assertThat(rowsAfter).isEqualTo("2000 1 TTT");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tempFile") || name.endsWith(".newFile")
                            || name.endsWith(".trace.db"));
        }
    }

    /** Rows of 1,000 characters, each rewritten in its own commit {@code rounds} times. */
    private static void bloatWithReplacedPages(Database db, int rows, int rounds) {
        db.write(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE scratch(id INT PRIMARY KEY, body VARCHAR(1000))");
                statement.execute("INSERT INTO scratch SELECT X, REPEAT('A', 1000) FROM SYSTEM_RANGE(1, " + rows + ")");
            }
            return null;
        });
        for (int round = 1; round < rounds; round++) {
            var letter = (char) ('A' + round);
            db.write(connection -> {
                try (var statement = connection.createStatement()) {
                    return statement.executeUpdate("UPDATE scratch SET body = REPEAT('" + letter + "', 1000)");
                }
            });
        }
    }

    @Test
    void compactingRefusesAFileThatIsOpenOrMissing() {
        var file = folder.resolve("open.mv.db");
        try (var db = Database.open(file)) {
            assertThatThrownBy(() -> Database.compact(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is already open in another Crosscheck window");
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        var missing = folder.resolve("missing.mv.db");
        assertThatThrownBy(() -> Database.compact(missing)).isInstanceOf(StoreException.class)
                .hasMessage("There is no database at " + missing.toAbsolutePath().normalize() + ".");
        assertThat(Files.exists(missing)).isFalse();
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
    void aNameWithoutTheH2SuffixIsTheFileH2StoresItIn() {
        var named = folder.resolve("notes");
        try (var db = Database.open(named)) {
            assertThat(db.file()).isEqualTo(folder.resolve("notes.mv.db").toAbsolutePath().normalize());
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('IRNA')"));
            assertThat(db.fileUse().fileBytes()).isEqualTo(sizeOf(db.file()));
            assertThatThrownBy(() -> Database.open(folder.resolve("notes.mv.db")))
                    .hasMessageContaining("already open in another Crosscheck window");
        }
        try (var db = Database.open(folder.resolve("notes.mv.db"))) {
            assertThat(new StatsRepository(db).counts()).containsEntry("outlets", 1L);
        }
        assertThat(folder.resolve("notes")).doesNotExist();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void identityColumnsHandOutIdsFromALargeCacheAndContinueWithoutAGapAfterAReopen() {
        var file = folder.resolve("ids.mv.db");
        try (var db = Database.open(file)) {
            var caches = db.read(c -> {
                var result = new java.util.TreeMap<String, Long>();
                try (var rows = c.createStatement().executeQuery("SELECT TABLE_NAME, IDENTITY_CACHE FROM "
                        + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
                    while (rows.next()) {
                        result.put(rows.getString(1), rows.getLong(2));
                    }
                }
                return result;
            });
            assertThat(caches).containsOnlyKeys("OUTLET", "ARTICLE", "MENTION", "INCIDENT", "CLAIM", "CLAIM_LINK",
                    "TAG", "AUDIT_LOG").allSatisfy((table, cache) -> assertThat(cache).isEqualTo(10_000L));
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('IRNA'), ('SANA')"));
        }
        try (var db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('Reuters')"));
            var ids = db.read(c -> {
                var result = new java.util.ArrayList<Long>();
                try (var rows = c.createStatement().executeQuery("SELECT id FROM outlet ORDER BY id")) {
                    while (rows.next()) {
                        result.add(rows.getLong(1));
                    }
                }
                return result;
            });
            assertThat(ids).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void everyIndexIsItsOwnAndTheSummariesReadClaimsAndLinksFromIndexesInAFreshOrAVersionFourDatabase() throws Exception {
        var older = folder.resolve("four.mv.db");
        OlderSchema.create(older, 4, "Rockets hit the Conoco base.").close();
        for (var file : List.of(folder.resolve("fresh.mv.db"), older)) {
            try (var db = Database.open(file)) {
                var indexes = indexColumns(db);

                assertThat(indexes).as("indexes of %s", file.getFileName())
                        .containsEntry("CLAIM_LINK.CLAIM_LINK_RELATION_IDX", "CLAIM_LINK(RELATION,STATUS,CLAIM_B,CLAIM_A)")
                        .containsEntry("CLAIM.CLAIM_SUMMARY_IDX", "CLAIM(INCIDENT_ID,ARTICLE_ID,ATTRIBUTED_TO)");
                assertThat(indexes.values()).as("two indexes on the same columns of a table in %s", file.getFileName())
                        .doesNotHaveDuplicates();
                assertThat(plan(db, "SELECT l.claim_a, l.claim_b, l.relation, l.status FROM claim_link l "
                        + "WHERE l.status <> 'rejected' AND l.relation IN ('repeats', 'contradicts')"))
                        .contains("CLAIM_LINK_RELATION_IDX: RELATION IN('repeats', 'contradicts')");
                assertThat(plan(db, "SELECT c.id, c.incident_id, c.article_id, c.attributed_to FROM claim c "
                        + "WHERE c.incident_id IS NOT NULL")).contains("CLAIM_SUMMARY_IDX");
            }
        }
    }

    private static String plan(Database db, String query) {
        return db.read(c -> {
            try (var explain = c.createStatement().executeQuery("EXPLAIN " + query)) {
                explain.next();
                return explain.getString(1);
            }
        });
    }

    /** Each index as table.index, mapped to its table and columns in order. */
    private static Map<String, String> indexColumns(Database db) {
        return db.read(c -> {
            var columns = new java.util.TreeMap<String, String>();
            try (var rows = c.createStatement().executeQuery("SELECT table_name, index_name, column_name "
                    + "FROM information_schema.index_columns WHERE table_schema = 'PUBLIC' "
                    + "ORDER BY table_name, index_name, ordinal_position")) {
                while (rows.next()) {
                    columns.merge(rows.getString(1) + "." + rows.getString(2),
                            rows.getString(1) + "(" + rows.getString(3) + ")",
                            (before, added) -> before.substring(0, before.length() - 1) + ","
                                    + added.substring(added.indexOf('(') + 1));
                }
            }
            return columns;
        });
    }

    @Test
    void backsUpAnOlderSchemaBeforeMigratingIt() {
        var file = folder.resolve("old.mv.db");
        try (var db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "DELETE FROM schema_version WHERE version = " + Migrations.latestVersion()));
        }
        try (var db = Database.open(file)) {
            assertThat(db.migrationBackup()).isNotNull().exists();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void migratesAVersionOneDatabaseWrittenByThePreviousReleaseAfterABackupThatHoldsItsData() throws Exception {
        var file = folder.resolve("release1.mv.db");
        OlderSchema.create(file, 1, "Drones struck the Tower 22 outpost.").close();
        var steps = new java.util.ArrayList<String>();

        try (var db = Database.open(file, steps::add)) {
            assertThat(steps).containsExactly("Backing up the database to release1.schema-v1.backup.zip before "
                    + "updating it", "Updating the database for this version of Crosscheck");
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.migrationBackup()).isEqualTo(Migrations.backupPath(file, 1)).exists();
            assertThat(new StatsRepository(db).counts()).containsEntry("articles", 1L);
            assertThat(new ArticleRepository(db).count(ArticleQuery.all().withSearch("outpost"))).isEqualTo(1);
            assertThat(new ArticleRepository(db).page(ArticleQuery.all(), 0, 1)).singleElement()
                    .extracting(ArticleSummary::lead).isEqualTo("Drones struck the Tower 22 outpost.");
        }
        try (var zip = new java.util.zip.ZipFile(Migrations.backupPath(file, 1).toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("release1.mv.db");
        }
    }

    @Test
    void movesAVersionTwoDatabaseFromH2FullTextToTheSearchIndex() throws Exception {
        var file = folder.resolve("release2.mv.db");
        try (var connection = java.sql.DriverManager.getConnection(Database.jdbcUrl(file), "sa", "");
             var statement = connection.createStatement()) {
            versionOneWithTheOldFullTextIndex(statement);
            statement.execute("INSERT INTO schema_version VALUES (2, 'V2__fulltext.sql', CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO article (file_name, sha256, text, title, imported_at, char_count) VALUES "
                    + "('old.txt', '" + "a".repeat(64) + "', 'Drones struck the Tower 22 outpost.', 'Old', "
                    + "CURRENT_TIMESTAMP, 35)");
        }

        try (var db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.migrationBackup()).isEqualTo(Migrations.backupPath(file, 2)).exists();
            assertThat(count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'FT'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME LIKE 'FT_%'"))
                    .isZero();
            var articles = new ArticleRepository(db);
            assertThat(articles.count(ArticleQuery.all().withSearch("tower outp"))).isEqualTo(1);
            StoreFixtures.article(db, "Rockets hit the Conoco base on Friday.", "IRNA", java.time.LocalDate.of(2024, 1, 12));
            assertThat(articles.count(ArticleQuery.all().withSearch("conoco"))).isEqualTo(1);
        }
        assertThat(ArticleIndex.folderFor(file)).isDirectory();
    }

    @Test
    void opensANewDatabaseWhoseFirstStartWasKilledWhileCreatingTheOldFullTextIndex() throws Exception {
        var file = folder.resolve("killed.mv.db");
        try (var connection = java.sql.DriverManager.getConnection(Database.jdbcUrl(file), "sa", "");
             var statement = connection.createStatement()) {
            versionOneWithTheOldFullTextIndex(statement);
        }

        try (var db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = 'FT'")).isZero();
            StoreFixtures.article(db, "Rockets hit the Conoco base on Friday.", "IRNA", java.time.LocalDate.of(2024, 1, 12));
            assertThat(new ArticleRepository(db).count(ArticleQuery.all().withSearch("conoco"))).isEqualTo(1);
        }
    }

    /**
     * Version 5 moves each article's text out of its row. A start killed after any of the script's statements (H2
     * commits each DDL statement) leaves a database the next start migrates with every text whole.
     */
    @ParameterizedTest
    @MethodSource("articleTextMoveStatements")
    void movesTheTextOfAVersionFourDatabaseOutOfTheArticleRowsEvenAfterAKillMidScript(int statementsRun)
            throws Exception {
        var file = folder.resolve("release4.mv.db");
        var text = "  Drones   struck the Tower 22 outpost. " + "The base lost power. ".repeat(20);
        try (var connection = OlderSchema.create(file, 4, text);
             var statement = connection.createStatement()) {
            for (var sql : OlderSchema.script("V5__article_text.sql").subList(0, statementsRun)) {
                statement.execute(sql);
            }
        }

        try (var db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.migrationBackup()).isEqualTo(Migrations.backupPath(file, 4)).exists();
            assertThat(count(db, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ARTICLE' "
                    + "AND COLUMN_NAME = 'TEXT'")).isZero();
            var articles = new ArticleRepository(db);
            var listed = articles.page(ArticleQuery.all(), 0, 10);
            assertThat(listed).singleElement().satisfies(summary -> {
                assertThat(summary.lead()).startsWith("Drones struck the Tower 22 outpost. The base lost power.");
                assertThat(articles.find(summary.id()).orElseThrow().text()).isEqualTo(text);
            });
            assertThat(articles.count(ArticleQuery.all().withSearch("outpost"))).isEqualTo(1);
        }
    }

    static java.util.stream.IntStream articleTextMoveStatements() {
        return java.util.stream.IntStream.rangeClosed(0, OlderSchema.script("V5__article_text.sql").size());
    }

    /** A version-1 schema, recorded as such, plus the full-text index that version 2 used to create (unrecorded). */
    private static void versionOneWithTheOldFullTextIndex(java.sql.Statement statement) throws Exception {
        statement.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        runScript(statement, "/org/crosscheck/db/migration/V1__init.sql");
        statement.execute("INSERT INTO schema_version VALUES (1, 'V1__init.sql', CURRENT_TIMESTAMP)");
        runScript(statement, FULLTEXT_OF_VERSION_TWO);
    }

    private static void runScript(java.sql.Statement statement, String resource) throws Exception {
        try (var in = DatabaseTest.class.getResourceAsStream(resource)) {
            for (var sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                statement.execute(sql);
            }
        }
    }

    private static long count(Database db, String sql) {
        return db.read(connection -> {
            try (var rows = connection.createStatement().executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
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
    void streamingReadsSeeEveryRowAndJoinTheOpenTransaction() {
        try (var db = Database.open(folder.resolve("streaming.mv.db"))) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO outlet (name) SELECT 'outlet ' || x FROM SYSTEM_RANGE(1, 50000)"));
            SqlWork<Long> count = c -> {
                try (var rows = c.createStatement().executeQuery("SELECT name FROM outlet ORDER BY id")) {
                    long seen = 0;
                    while (rows.next()) {
                        seen++;
                    }
                    return seen;
                }
            };

            assertThat(db.readStreaming(count)).isEqualTo(50_000L);
            var seenInside = db.transaction(() -> {
                db.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('IRNA')"));
                return db.readStreaming(count);
            });
            assertThat(seenInside).isEqualTo(50_001L);
            assertThat(db.read(count)).isEqualTo(50_001L);
        }
    }

    @Test
    void splitsMigrationScriptsIntoStatements() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
