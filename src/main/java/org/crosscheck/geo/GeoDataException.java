package org.crosscheck.geo;

/** A basemap file that cannot be read; the message is one plain sentence naming the file and the problem. */
public final class GeoDataException extends RuntimeException {

    public GeoDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public GeoDataException(String message) {
        super(message);
    }
}
