package org.crosscheck.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.crosscheck.task.CancelledException;
import org.crosscheck.task.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work (import, extraction, export) off the FX thread as a {@link Task} that the status bar shows with a
 * progress bar and Cancel. The work itself only sees a {@link Progress}; only the success and failure callbacks
 * touch the UI, and they run on the FX thread.
 */
public final class FxTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTasks.class);
    /** Progress reaches the FX thread at most this often, so a fast loop cannot flood it. */
    private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;
    /** How long closing waits for cancelled jobs to reach their next safe point. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    /** Long work that reports to, and stops at the request of, a {@link Progress}. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    private final ExecutorService executor;
    private final ObservableList<RunningTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask<?>> runningView = FXCollections.unmodifiableObservableList(running);
    /** Set on the FX thread by {@link #close}; callbacks of jobs ending later are dropped. */
    private boolean closed;

    public FxTasks() {
        this.executor = Executors.newFixedThreadPool(2, daemonThreads("crosscheck-task"));
    }

    /** A thread factory for named daemon threads, so background work never keeps the JVM alive. */
    public static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Starts {@code job} in the background. Must be called on the FX thread. When the job ends, exactly one of the
     * callbacks runs on the FX thread, except for a job that gives up with {@link CancelledException}: that one
     * just disappears from the status bar; and none runs once this is closed (the window is going away).
     */
    public <T> RunningTask<T> run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        var task = new RunningTask<>(title, job);
        task.setOnSucceeded(event -> {
            running.remove(task);
            if (!closed) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            running.remove(task);
            var error = task.getException();
            if (error instanceof CancelledException || closed) {
                LOG.info("{} was cancelled", title);
                return;
            }
            LOG.error("{} failed", title, error);
            onFailure.accept(error);
        });
        running.add(task);
        executor.execute(task);
        return task;
    }

    /**
     * Hands part of a running job's result to the FX thread before the job ends (the articles an import stored, while
     * they are still being extracted); dropped once this is closed. May be called from any thread.
     */
    public void publish(Runnable onFx) {
        Platform.runLater(() -> {
            if (!closed) {
                onFx.run();
            }
        });
    }

    /** The tasks now running, in start order; for the status bar. */
    public ObservableList<RunningTask<?>> running() {
        return runningView;
    }

    /** Asks every running task to stop at its next safe point. */
    public void cancelAll() {
        running.forEach(RunningTask::requestCancel);
    }

    /**
     * Cancels every job and waits (up to {@value #CLOSE_WAIT_SECONDS} s) until they have stopped, so the database
     * can be closed after them; their callbacks no longer run. Called on the FX thread.
     */
    @Override
    public void close() {
        closed = true;
        cancelAll();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background work still runs {} s after it was cancelled", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One running job. Cancel is a request the job honours between items, so a cancelled import still returns
     * what it stored so far instead of losing its report.
     */
    public static final class RunningTask<T> extends Task<T> {

        private final Job<T> job;
        private final AtomicBoolean cancelRequested = new AtomicBoolean();
        private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");

        RunningTask(String title, Job<T> job) {
            this.job = job;
            updateTitle(title);
            updateMessage("Starting…");
        }

        /** Asks the job to stop; called on the FX thread (the Cancel button). */
        public void requestCancel() {
            if (cancelRequested.compareAndSet(false, true)) {
                cancelling.set(true);
                updateMessage("Cancelling…");
            }
        }

        /** True once Cancel was pressed and the job has not finished yet. */
        public ReadOnlyBooleanProperty cancellingProperty() {
            return cancelling.getReadOnlyProperty();
        }

        @Override
        protected T call() throws Exception {
            return job.run(new ThrottledProgress());
        }

        /** Forwards progress to the task at most every 50 ms, and always the last step. */
        private final class ThrottledProgress implements Progress {

            private long lastUpdate = System.nanoTime() - PROGRESS_INTERVAL_NANOS;

            @Override
            public void update(long done, long total, String message) {
                var now = System.nanoTime();
                if (now - lastUpdate < PROGRESS_INTERVAL_NANOS && done < total) {
                    return;
                }
                lastUpdate = now;
                updateProgress(done, total);
                if (!cancelRequested.get()) {
                    updateMessage(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        }
    }
}
