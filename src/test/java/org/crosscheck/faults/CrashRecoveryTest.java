package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.crosscheck.AppContext;
import org.crosscheck.Launcher;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.OlderSchema;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Tag;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills Crosscheck with SIGKILL at random moments while it imports, while the analyst's edits are written, while it
 * compacts the file and while it migrates a database from an earlier version, then opens the database and checks
 * that nothing acknowledged was lost and nothing was stored half. The random seed is printed so a failing run can be
 * replayed.
 */
class CrashRecoveryTest {

    private static final int ARTICLES = 600;
    private static final int IMPORT_KILLS = 12;
    /**
     * An import kill comes this soon after the database grows: the whole corpus is stored in well under a second, so a
     * later kill mostly lands after it (and every run after that has nothing left to interrupt), while a kill before
     * the first commit only leaves the next run to try again.
     */
    private static final int KILL_WITHIN_MILLIS = 250;
    /** More than a new database holds once its schema is made, so the first kill comes after the import began. */
    private static final long NEW_DATABASE_BYTES = 256 * 1024;
    private static final int EDIT_KILLS = 10;
    private static final int COMPACTED_ARTICLES = 250;
    private static final int COMPACTION_KILLS = 5;
    /** A compaction of this test's database writes its copy for a few hundred milliseconds. */
    private static final int COMPACTION_KILL_WITHIN_MILLIS = 200;
    private static final int MIGRATED_ARTICLES = 2_000;
    private static final int MIGRATION_KILLS = 5;

    @TempDir
    Path folder;

    @Test
    void importKilledAtRandomMomentsLeavesOnlyWholeArticlesAndFinishesOnTheNextRun() throws Exception {
        var corpus = folder.resolve("corpus");
        new CorpusGenerator(11, ARTICLES, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        var db = folder.resolve("crash-import.mv.db");
        var random = seededRandom();
        int stored = 0;
        int interruptedMidway = 0;

        for (int run = 0; run < IMPORT_KILLS; run++) {
            long sizeBefore = Files.exists(db) ? Files.size(db) : 0;
            try (var child = ChildJvm.start(Launcher.class, "import", corpus.toString(), "--db", db.toString())) {
                awaitGrowth(child, db, Math.max(sizeBefore, NEW_DATABASE_BYTES) + 64 * 1024);
                Thread.sleep(random.nextInt(KILL_WITHIN_MILLIS));
                child.kill();
            }
            int now = checkArticlesAreWhole(db);
            assertThat(now).as("articles after kill %d", run).isGreaterThanOrEqualTo(stored);
            if (now > stored && now < ARTICLES) {
                interruptedMidway++;
            }
            stored = now;
        }

        try (var child = ChildJvm.start(Launcher.class, "import", corpus.toString(), "--db", db.toString())) {
            assertThat(child.waitFor(120)).isZero();
            var summary = child.out().get(child.out().size() - 1);
            assertThat(summary).as("import output %s", child.out().subList(0, Math.min(3, child.out().size())))
                    .matches("imported \\d+, duplicates \\d+, failed 0");
        }
        assertThat(checkArticlesAreWhole(db)).isEqualTo(ARTICLES);
        assertThat(interruptedMidway).as("kills that landed in the middle of an import").isPositive();
    }

    @Test
    void editsKilledAtRandomMomentsKeepEveryAcknowledgedEdit() throws Exception {
        var db = folder.resolve("crash-edits.mv.db");
        var random = seededRandom();

        for (int run = 0; run < EDIT_KILLS; run++) {
            var acknowledgedClaims = new HashSet<String>();
            var acknowledgedTags = new HashSet<String>();
            try (var child = ChildJvm.start(EditDriver.class, db.toString(), "r" + run)) {
                assertThat(child.awaitLine("ack", 60_000)).as("driver started; stderr %s", child.err()).isTrue();
                Thread.sleep(random.nextInt(400));
                child.kill();
                for (var line : child.out()) {
                    if (line.startsWith("ack claim ")) {
                        acknowledgedClaims.add(line.substring("ack claim ".length()));
                    } else if (line.startsWith("ack tag ")) {
                        acknowledgedTags.add(line.substring("ack tag ".length()));
                    }
                }
            }
            try (var context = AppContext.open(db)) {
                var claims = context.claims().findAll().stream()
                        .filter(claim -> "driver".equals(claim.attributedTo())).toList();
                var values = claims.stream().map(Claim::value).collect(Collectors.toSet());
                var tags = context.tags().findAll().stream().map(Tag::name).collect(Collectors.toSet());
                assertThat(values).as("run %d", run).containsAll(acknowledgedClaims);
                assertThat(tags).as("run %d", run).containsAll(acknowledgedTags);
                // This run's edits form an unbroken sequence that ends at most one past the last acknowledged one.
                var prefix = "edit-r" + run + "-";
                var thisRun = values.stream().filter(value -> value.startsWith(prefix))
                        .map(value -> Integer.parseInt(value.substring(prefix.length()))).sorted().toList();
                int lastAcknowledged = acknowledgedClaims.stream()
                        .mapToInt(value -> Integer.parseInt(value.substring(prefix.length()))).max().orElse(-1);
                System.out.println("run " + run + ": acknowledged " + acknowledgedClaims.size() + " claims, stored "
                        + thisRun.size() + ", last acknowledged " + lastAcknowledged);
                assertThat(thisRun).as("run %d", run).isEqualTo(java.util.stream.IntStream.range(0, thisRun.size())
                        .boxed().toList());
                assertThat(thisRun.size()).as("run %d", run).isBetween(lastAcknowledged + 1, lastAcknowledged + 2);
                assertThat(claims).allSatisfy(claim -> assertThat(claim.quote()).hasSize(12));
            }
        }
    }

    @Test
    void compactionKilledAtRandomMomentsLeavesEveryArticleAndAnnotation() throws Exception {
        var corpus = folder.resolve("corpus");
        new CorpusGenerator(12, COMPACTED_ARTICLES, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        var db = folder.resolve("crash-compact.mv.db");
        String before;
        try (var context = AppContext.open(db)) {
            var ids = context.importer().importPaths(List.of(corpus), Progress.NONE).imported().stream()
                    .map(ArticleSummary::id).toList();
            context.extractor().extractArticles(ids, Progress.NONE);
            context.extractor().extractArticles(ids, Progress.NONE);
            before = everythingStored(context);
        }
        var copy = Path.of(db + ".tempFile");
        var random = seededRandom();
        int interruptedMidway = 0;

        for (int run = 0; run < COMPACTION_KILLS; run++) {
            try (var child = ChildJvm.start(Launcher.class, "compact", "--db", db.toString())) {
                awaitFile(child, copy);
                Thread.sleep(random.nextInt(COMPACTION_KILL_WITHIN_MILLIS));
                if (Files.exists(copy)) {
                    interruptedMidway++;
                }
                child.kill();
            }
            try (var context = AppContext.open(db)) {
                assertThat(everythingStored(context)).as("after kill %d", run).isEqualTo(before);
            }
            assertThat(copy).as("the partial copy is removed at the next open").doesNotExist();
        }
        System.out.println("compaction kills that landed while the copy was written: " + interruptedMidway);

        try (var child = ChildJvm.start(Launcher.class, "compact", "--db", db.toString())) {
            assertThat(child.waitFor(120)).isZero();
        }
        assertThat(checkArticlesAreWhole(db)).isEqualTo(COMPACTED_ARTICLES);
        try (var context = AppContext.open(db)) {
            assertThat(everythingStored(context)).isEqualTo(before);
        }
        assertThat(interruptedMidway).as("kills that landed while the compacted copy was being written").isPositive();
    }

    @Test
    void migrationKilledAtRandomMomentsLeavesEveryTextWholeAndFinishesOnTheNextStart() throws Exception {
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < MIGRATED_ARTICLES; i++) {
            texts.add("Report " + i + ". " + (i % 3 == 0 ? "استهدفت طائرات مسيرة قاعدة التنف. "
                    : "Drones struck the Tower 22 outpost near Rukban. ").repeat(20 + i % 50));
        }
        var release4 = folder.resolve("release4.mv.db");
        OlderSchema.create(release4, 4, texts).close();
        var random = seededRandom();
        int interruptedMidway = 0;
        // A first start left alone builds the search index the others are given, so their time after the migration
        // is short; a second shows how long backing up and migrating take once the backup file appears.
        var indexed = folder.resolve("indexed.mv.db");
        Files.copy(release4, indexed);
        try (var child = ChildJvm.start(Launcher.class, "stats", "--db", indexed.toString())) {
            assertThat(child.waitFor(120)).isZero();
        }
        long migrationMillis;
        var timed = folder.resolve("timed.mv.db");
        Files.copy(release4, timed);
        copyFolder(folder.resolve("indexed.index"), folder.resolve("timed.index"));
        try (var child = ChildJvm.start(Launcher.class, "stats", "--db", timed.toString())) {
            awaitFile(child, folder.resolve("timed.schema-v4.backup.zip"));
            long appeared = System.nanoTime();
            assertThat(child.waitFor(120)).isZero();
            migrationMillis = (System.nanoTime() - appeared) / 1_000_000;
        }

        for (int run = 0; run < MIGRATION_KILLS; run++) {
            var db = folder.resolve("migrated-" + run + ".mv.db");
            Files.copy(release4, db);
            copyFolder(folder.resolve("indexed.index"), folder.resolve("migrated-" + run + ".index"));
            try (var child = ChildJvm.start(Launcher.class, "stats", "--db", db.toString())) {
                awaitFile(child, folder.resolve("migrated-" + run + ".schema-v4.backup.zip"));
                Thread.sleep(random.nextLong(Math.max(1, migrationMillis * 4 / 5)));
                child.kill();
            }
            if (OlderSchema.recordedVersion(db) == 4) {
                interruptedMidway++;
            }
            try (var context = AppContext.open(db)) {
                var stored = new java.util.ArrayList<String>();
                context.articles().forEach(article -> stored.add(article.text()));
                assertThat(stored).as("texts after kill %d", run).isEqualTo(texts);
                var leads = context.articles().page(ArticleQuery.all(), 0, MIGRATED_ARTICLES).stream()
                        .map(ArticleSummary::lead).collect(Collectors.toSet());
                assertThat(leads).isEqualTo(texts.stream().map(text -> ArticleSummary.lead(ArticleSummary.opening(text)))
                        .collect(Collectors.toSet()));
            }
        }
        System.out.println("migration kills (within " + migrationMillis + " ms) that landed before it was recorded: "
                + interruptedMidway);
        assertThat(interruptedMidway).as("kills that landed while the older database was backed up or migrated")
                .isPositive();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (var file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** The row counts and every incident and claim as stored, to compare before and after a fault. */
    private static String everythingStored(AppContext context) {
        return context.stats().counts() + "\n" + context.incidents().findAll() + "\n" + context.claims().findAll();
    }

    /** Waits until the file exists (or the child has ended). */
    private static void awaitFile(ChildJvm child, Path file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (child.isAlive() && !Files.exists(file) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2);
        }
    }

    /** Waits until the child has written this much to the database file, i.e. the import is storing articles. */
    private static void awaitGrowth(ChildJvm child, Path db, long size) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (child.isAlive() && System.currentTimeMillis() < deadline) {
            if (Files.exists(db) && Files.size(db) > size) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /**
     * Opens the database and checks every article row is complete and found by search, once, by its first words,
     * with no index entry left without its article; returns how many are stored.
     */
    private static int checkArticlesAreWhole(Path db) {
        try (var context = AppContext.open(db)) {
            var openings = context.database().read(connection -> {
                var firstWords = new java.util.HashMap<Long, String>();
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT id, sha256, text, opening, char_count, file_name, "
                             + "imported_at FROM article LEFT JOIN article_text ON article_id = id")) {
                    while (rows.next()) {
                        var text = rows.getString("text");
                        assertThat(text).isNotBlank();
                        assertThat(rows.getString("sha256")).isEqualTo(sha256(text));
                        assertThat(rows.getInt("char_count")).isEqualTo(text.length());
                        assertThat(text).startsWith(rows.getString("opening"));
                        assertThat(rows.getString("file_name")).endsWith(".txt");
                        assertThat(rows.getObject("imported_at")).isNotNull();
                        firstWords.put(rows.getLong("id"), String.join(" ",
                                List.of(text.strip().split("\\s+")).subList(0, 4)));
                    }
                }
                return firstWords;
            });
            for (var article : openings.entrySet()) {
                var query = ArticleQuery.all().withSearch(article.getValue());
                var hits = context.articles().page(query, 0, ARTICLES * 2).stream().map(ArticleSummary::id).toList();
                assertThat(hits).as("search for %s", article.getValue()).contains(article.getKey())
                        .doesNotHaveDuplicates();
                assertThat(context.articles().count(query)).as("index entries for %s", article.getValue())
                        .isEqualTo(hits.size());
            }
            return openings.size();
        }
    }

    private static Random seededRandom() {
        long seed = System.nanoTime();
        System.out.println("CrashRecoveryTest seed " + seed);
        return new Random(seed);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
