package org.crosscheck.store;

/**
 * The database file itself failed (disk full, turned read-only, removed, or closed after such a failure) or the
 * database was closed (the window is closing), as opposed to one bad record: every further read or write would fail
 * the same way, so long work should stop and say so once instead of failing item after item.
 */
public final class DatabaseUnavailableException extends StoreException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
