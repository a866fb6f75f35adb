package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the database file close to the size of its live data. H2 writes every changed page to a new place and frees
 * the old one only later; over a large import its own housekeeping falls behind, and the file held ten times its
 * live data after 100,000 articles. So once a commit leaves less than {@value #MIN_LIVE_PERCENT} % of the file live,
 * this rewrites the sparse parts for up to {@value #SLICE_MILLIS} ms on a thread of its own, so no writer waits for
 * more than one slice. H2's compaction syncs the file before it overwrites anything.
 */
final class FileCompactor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileCompactor.class);
    /** Below this share of live data in the file, a commit starts a compaction. */
    static final int MIN_LIVE_PERCENT = 50;
    /** The most one compaction runs, holding H2's store lock: writers wait at most this long. */
    private static final int SLICE_MILLIS = 1_000;

    private final MVStore store;
    private final String name;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "database-compactor");
        thread.setDaemon(true);
        return thread;
    });
    /** True from a compaction's submission until it ends: commits meanwhile do not queue another. */
    private final AtomicBoolean running = new AtomicBoolean();

    private FileCompactor(MVStore store, String name) {
        this.store = store;
        this.name = name;
    }

    /** The compactor of the H2 file behind {@code connection} (Crosscheck's databases are always files). */
    static FileCompactor of(Connection connection) throws SQLException {
        var session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        var database = session.getDatabase();
        var store = database.getStore().getMvStore();
        return new FileCompactor(store, database.getName());
    }

    /** Share of the file that holds live data: used blocks times the live share of the chunks in them. */
    int livePercent() {
        FileStore<?> file = store.getFileStore();
        return file.getFillRate() * file.getChunksFillRate() / 100;
    }

    /** Called after each commit: starts a compaction when the file is mostly dead space and none is running. */
    void afterCommit() {
        if (!worker.isShutdown() && livePercent() < MIN_LIVE_PERCENT && running.compareAndSet(false, true)) {
            try {
                worker.execute(this::compactSlice);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                running.set(false);
            }
        }
    }

    private void compactSlice() {
        try {
            if (store.isClosed()) {
                return;
            }
            long start = System.nanoTime();
            int before = livePercent();
            long bytesBefore = store.getFileStore().size();
            int retention = store.getRetentionTime();
            try {
                store.compactFile(SLICE_MILLIS);
            } finally {
                // Compaction works with no retention; ordinary writes keep H2's margin for the OS to flush the file.
                store.setRetentionTime(retention);
            }
            LOG.info("Compacted {}: {} -> {} % live, {} -> {} MB in {} ms", name, before, livePercent(),
                    bytesBefore >> 20, store.getFileStore().size() >> 20, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A failed compaction loses nothing: the file keeps its dead space until the next one.
            LOG.warn("Compacting {} failed", name, e);
        } finally {
            running.set(false);
        }
    }

    /** Waits until no compaction is running (for tests, which measure the file after one). */
    void awaitIdle() throws InterruptedException {
        while (running.get()) {
            Thread.sleep(10);
        }
    }

    /** Lets a running compaction finish its slice, then accepts no more; called before the file is closed. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(SLICE_MILLIS * 5L, TimeUnit.MILLISECONDS)) {
                LOG.warn("A compaction of {} was still running when the database closed", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
