package org.crosscheck.store;

/** A database failure, carrying one plain sentence for the analyst in its message. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
