package org.crosscheck.task;

/** Thrown by {@link Progress#checkCancelled()} so long work stops at a safe point between items. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled by the user");
    }
}
