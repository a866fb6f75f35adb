package org.crosscheck.task;

/**
 * How long work reports progress and learns it was cancelled, without knowing who listens: the GUI adapts it to a
 * {@code javafx.concurrent.Task}, the CLI to nothing or a log line, tests to {@link #NONE}.
 */
public interface Progress {

    /** Progress that nobody watches and that is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports {@code done} of {@code total} units with a short message naming the current item. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} once the user has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
