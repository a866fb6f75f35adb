package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.message.TraceSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database: builds the JDBC URL, runs migrations on open, hands out connections for reads
 * and runs every write as one transaction through a single writer lock, so an edit is either stored whole or not
 * at all. It also owns the articles' search index beside the file, which follows the committed transactions and is
 * opened in the background, so opening the database does not wait for it.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Files open in this process: H2 would silently share them, but two windows must not. */
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();
    private static final int STREAMING_FETCH_SIZE = 500;
    /** How long closing waits for cancelled reads and writes to stop before it closes the file anyway. */
    private static final long CLOSE_WAIT_SECONDS = 10;
    /** How long closing lets reads and writes run before it cancels their statements. */
    private static final long CANCEL_AFTER_SECONDS = 2;

    private final Path file;
    private final JdbcConnectionPool pool;
    private final ReentrantLock writer = new ReentrantLock();
    /** Held shared by every read and write in progress and alone by {@link #close}, which waits for them. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile boolean closed;
    /** The connection of the transaction this thread is running, so nested reads and writes join it. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** The connections reads and writes are using now, so closing can cancel what outlasts its turn. */
    private final Set<Connection> inUse = ConcurrentHashMap.newKeySet();
    /** What the transaction this thread is running does once it has committed (the search index's share). */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final Path migrationBackup;
    /** Opened and brought up to date in the background: the first search or stored article waits for it. */
    private final CompletableFuture<ArticleIndex> articleIndex;

    private Database(Path file, JdbcConnectionPool pool, Path migrationBackup,
                     CompletableFuture<ArticleIndex> articleIndex) {
        this.file = file;
        this.pool = pool;
        this.migrationBackup = migrationBackup;
        this.articleIndex = articleIndex;
    }

    /**
     * Opens (creating if needed) the database stored in {@code file} ({@code something.mv.db}) and migrates it.
     *
     * @throws StoreException with a plain sentence when the file is in use, unwritable or not a database
     */
    public static Database open(Path file) {
        return open(file, status -> { });
    }

    /**
     * Opens the database as {@link #open(Path)} does; {@code status} hears what takes long (backing up and migrating
     * a database from an earlier version), as one sentence per step.
     */
    public static Database open(Path file, Consumer<String> status) {
        var absolute = storedFile(file.toAbsolutePath().normalize());
        var folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StoreException("Cannot create the data folder " + folder + ": " + e.getFile()
                    + " is a file, not a folder. Choose another location with --db.", e);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + folder + " (" + e.getClass().getSimpleName()
                    + "). Choose another location with --db.", e);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("The data folder " + folder
                    + " is read-only. Choose a writable location with --db.");
        }
        if (!OPEN_FILES.add(absolute)) {
            throw alreadyOpen(absolute, null);
        }
        var pool = JdbcConnectionPool.create(jdbcUrl(absolute), "sa", "");
        pool.setMaxConnections(8);
        try (var connection = pool.getConnection()) {
            var backup = Migrations.migrate(connection, absolute, status);
            var index = CompletableFuture.supplyAsync(() -> openIndex(absolute, pool), Database::runOnIndexOpener);
            return new Database(absolute, pool, backup, index);
        } catch (SQLException e) {
            pool.dispose();
            OPEN_FILES.remove(absolute);
            throw translate(absolute, e);
        } catch (RuntimeException e) {
            pool.dispose();
            OPEN_FILES.remove(absolute);
            throw e;
        }
    }

    private static ArticleIndex openIndex(Path databaseFile, JdbcConnectionPool pool) {
        try (var connection = pool.getConnection()) {
            return ArticleIndex.open(ArticleIndex.folderFor(databaseFile), connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot bring the search index of " + databaseFile + " up to date: "
                    + e.getMessage(), e);
        }
    }

    private static void runOnIndexOpener(Runnable work) {
        var thread = new Thread(work, "search-index-opener");
        thread.setDaemon(true);
        thread.start();
    }

    /** The file H2 stores a database named {@code file} in: the name itself when it ends in {@code .mv.db}. */
    private static Path storedFile(Path file) {
        var name = file.getFileName().toString();
        return name.endsWith(".mv.db") ? file : file.resolveSibling(name + ".mv.db");
    }

    /** The one place the JDBC URL is built. */
    static String jdbcUrl(Path databaseFile) {
        var name = databaseFile.toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        return "jdbc:h2:file:" + name + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    static StoreException translate(Path file, SQLException e) {
        if (isExpectedOpenFailure(e)) {
            // A plain sentence reaches the user; the trace is for the log file only, not for their terminal.
            LOG.info("Opening database {} failed", file, e);
        } else {
            LOG.error("Opening database {} failed", file, e);
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> alreadyOpen(file, e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> new StoreException("The file " + file
                    + " is not a Crosscheck database or is damaged: " + e.getMessage(), e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
                    new StoreException("Cannot write the database " + file + " (is the disk full or read-only?).", e);
            default -> new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        };
    }

    private static boolean isExpectedOpenFailure(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                    ErrorCode.FILE_CREATION_FAILED_1 -> true;
            default -> false;
        };
    }

    private static StoreException alreadyOpen(Path file, Exception cause) {
        return new StoreException("The database " + file
                + " is already open in another Crosscheck window. Close that window or use another --db.", cause);
    }

    public Path file() {
        return file;
    }

    /** The backup written before this open migrated an older schema, or null. */
    public Path migrationBackup() {
        return migrationBackup;
    }

    /** Runs read-only work on a pooled connection, or on this thread's open transaction so it sees its writes. */
    public <T> T read(SqlWork<T> work) {
        var joined = current.get();
        try {
            if (joined != null) {
                return work.run(joined);
            }
            var entered = enter();
            try (var connection = pool.getConnection()) {
                inUse.add(connection);
                try {
                    return work.run(connection);
                } finally {
                    inUse.remove(connection);
                }
            } finally {
                entered.unlock();
            }
        } catch (SQLException e) {
            throw failure("Reading the database failed: ", e);
        }
    }

    /**
     * Lets one read or write start, or refuses it in one sentence once the database is closing: a view still
     * loading when the window closes then stops without touching a closed file (which H2 would note in a
     * {@code .trace.db} file), and long work stops once, as when the file itself failed.
     */
    private Lock enter() {
        var shared = gate.readLock();
        shared.lock();
        if (closed) {
            shared.unlock();
            throw new DatabaseUnavailableException("The database " + file + " is closed.", null);
        }
        return shared;
    }

    /** Maps the current row of a result set to a record. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Hands every row of a whole-table query, in the query's order, to {@code consumer} as it is read
     * ({@link #readStreaming}), without holding the rows.
     */
    public <T> void forEachRow(String sql, RowReader<T> reader, Consumer<T> consumer) {
        readStreaming(connection -> {
            try (var query = connection.prepareStatement(sql)) {
                query.setFetchSize(STREAMING_FETCH_SIZE);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(reader.read(rows));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Like {@link #read}, for work that reads whole tables row by row (export, loading every incident): H2 hands out
     * each row as its query finds it (lazy query execution) instead of first copying the whole result, which it
     * spills to a temporary file beyond some tens of thousands of rows. Inside a transaction it reads as {@code read}.
     */
    public <T> T readStreaming(SqlWork<T> work) {
        if (current.get() != null) {
            return read(work);
        }
        var entered = enter();
        try (var connection = pool.getConnection()) {
            inUse.add(connection);
            lazy(connection, true);
            try {
                return work.run(connection);
            } finally {
                inUse.remove(connection);
                lazy(connection, false);
            }
        } catch (SQLException e) {
            throw failure("Reading the database failed: ", e);
        } finally {
            entered.unlock();
        }
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    /**
     * Runs work as one transaction, one writer at a time; commits on success and rolls back on any failure. Called
     * inside {@link #transaction} (or another write) on the same thread, it joins that transaction instead.
     */
    public <T> T write(SqlWork<T> work) {
        var joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw failure("Saving to the database failed: ", e);
            }
        }
        var entered = enter();
        writer.lock();
        var committed = new ArrayList<Runnable>();
        try (var connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            inUse.add(connection);
            current.set(connection);
            afterCommit.set(committed);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                inUse.remove(connection);
                current.remove();
                afterCommit.remove();
                connection.setAutoCommit(true);
            }
            runAfterCommit(committed);
            return result;
        } catch (SQLException e) {
            throw failure("Saving to the database failed: ", e);
        } finally {
            writer.unlock();
            entered.unlock();
        }
    }

    /**
     * Runs {@code action} once the transaction this thread is running has committed, still as the one writer, or at
     * once when there is none; a rollback drops it. A failing action is logged and does not undo the commit.
     */
    void afterCommit(Runnable action) {
        var pending = afterCommit.get();
        if (pending == null) {
            runAfterCommit(List.of(action));
        } else {
            pending.add(action);
        }
    }

    /** Runs the actions of a committed transaction, then lets the search index commit what they added. */
    private void runAfterCommit(List<Runnable> actions) {
        if (actions.isEmpty()) {
            return;
        }
        for (var action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.error("Updating the search index after a commit failed; opening the database again repairs it", e);
            }
        }
        try {
            articleIndex().commitAdded();
        } catch (RuntimeException e) {
            LOG.error("Committing the search index failed; opening the database again repairs it", e);
        }
    }

    ArticleIndex articleIndex() {
        try {
            return articleIndex.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * Runs several repository calls as one transaction: every read and write they make on this thread joins it,
     * and all of it is committed together or rolled back together.
     */
    public <T> T transaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    /** A plain failure; when the file itself failed (disk full, read-only, closed) one that says so. */
    private StoreException failure(String what, SQLException e) {
        if (closed && e.getErrorCode() == ErrorCode.STATEMENT_WAS_CANCELED) {
            return new DatabaseUnavailableException("The database " + file + " is closed.", e);
        }
        if (isStorageFailure(e)) {
            LOG.error("The database {} failed", file, e);
            return new DatabaseUnavailableException("The database " + file + " cannot be written any more: the disk"
                    + " holding it may be full or read-only. Free some space or choose another location with --db,"
                    + " then open it again.", e);
        }
        return new StoreException(what + e.getMessage(), e);
    }

    private static boolean isStorageFailure(SQLException e) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                    ErrorCode.FILE_CREATION_FAILED_1 -> {
                return true;
            }
            default -> {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof java.io.IOException) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** How much of the file is live data (see {@link FileUse}). */
    public FileUse fileUse() {
        return read(connection -> fileUse(file, connection));
    }

    private static FileUse fileUse(Path file, Connection connection) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'");
             var rows = query.executeQuery()) {
            int livePercent = rows.next() ? Integer.parseInt(rows.getString(1)) : 100;
            return new FileUse(Files.size(file), livePercent);
        } catch (IOException e) {
            throw new StoreException("Cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rewrites a database file with only its live pages (H2's {@code SHUTDOWN COMPACT}), giving back the space of
     * replaced pages. The file must not be open. The compacted copy is written beside the file and replaces it in
     * one rename, so a compaction cut short (a crash, a kill) leaves the file as it was, and H2 deletes the partial
     * copy at the next open. It cannot be stopped once it runs: it takes about a minute and a half per gigabyte of
     * live data on this project's 2-core reference machine.
     *
     * @throws StoreException with a plain sentence when the file is missing, open elsewhere or the disk too full
     */
    public static Compaction compact(Path file) {
        var absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("There is no database at " + absolute + ".");
        }
        if (!OPEN_FILES.add(absolute)) {
            throw alreadyOpen(absolute, null);
        }
        long start = System.nanoTime();
        try (var connection = DriverManager.getConnection(jdbcUrl(absolute) + ";IFEXISTS=TRUE", "sa", "")) {
            var use = fileUse(absolute, connection);
            long free = Files.getFileStore(absolute.getParent()).getUsableSpace();
            if (free < use.liveBytes() + (64L << 20)) {
                throw new StoreException("Not enough free space to compact " + absolute + ": the compacted copy needs"
                        + " about " + FileUse.size(use.liveBytes()) + " and the disk has " + FileUse.size(free)
                        + " free.");
            }
            try (var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            return new Compaction(absolute, use.fileBytes(), Files.size(absolute),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException e) {
            throw translate(absolute, e);
        } catch (IOException e) {
            throw new StoreException("Cannot compact " + absolute + ": " + e.getMessage(), e);
        } finally {
            OPEN_FILES.remove(absolute);
        }
    }

    /** Schema version after migration. */
    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /**
     * Closes the search index and the file. Reads and writes that are running get {@value #CANCEL_AFTER_SECONDS} s
     * to finish, then their statements are cancelled (background work should be cancelled before), and new ones
     * are refused.
     */
    @Override
    public void close() {
        closed = true;
        var alone = gate.writeLock();
        boolean waited = tryLock(alone, CANCEL_AFTER_SECONDS);
        if (!waited) {
            // A long read (a view loading every incident of a large database) would outlast the wait: stop it.
            cancelRunningStatements();
            waited = tryLock(alone, CLOSE_WAIT_SECONDS);
        }
        if (!waited) {
            LOG.warn("Closing {} while reads or writes still run {} s after they were cancelled", file,
                    CLOSE_WAIT_SECONDS);
        }
        try {
            closeFiles();
        } finally {
            if (waited) {
                alone.unlock();
            }
        }
    }

    private static boolean tryLock(Lock lock, long seconds) {
        try {
            return lock.tryLock(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Cancels the statements of the reads and writes still running; they end with a "closed" failure (a write rolls
     * back). H2's {@code CANCEL_SESSION} would miss a streaming read between two fetches, so each session is asked.
     * H2 would note each cancellation in a {@code .trace.db} file beside the database; as it is closing anyway, that
     * file trace is turned off first (it is not a stored setting).
     */
    private void cancelRunningStatements() {
        for (var connection : inUse) {
            try {
                var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
                session.getDatabase().getTraceSystem().setLevelFile(TraceSystem.OFF);
                session.cancel();
            } catch (SQLException e) {
                LOG.warn("Stopping a read or write still running on {} failed", file, e);
            }
        }
    }

    private void closeFiles() {
        try {
            articleIndex().close();
        } catch (RuntimeException e) {
            LOG.warn("The search index of {} could not be opened or closed; it is rebuilt at the next open", file, e);
        }
        // On a connection of its own: a pooled one would try to roll back after SHUTDOWN and leave a trace file.
        try (var connection = DriverManager.getConnection(jdbcUrl(file), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Clean shutdown of {} failed", file, e);
        } finally {
            pool.dispose();
            OPEN_FILES.remove(file);
        }
    }
}
