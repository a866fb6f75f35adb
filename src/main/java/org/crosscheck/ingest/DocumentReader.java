package org.crosscheck.ingest;

/** Turns the bytes of one file of a given format into readable text. */
@FunctionalInterface
public interface DocumentReader {

    /**
     * @throws UnreadableDocumentException with a plain reason when the bytes are not a readable document of the format
     */
    ExtractedDocument read(byte[] content) throws UnreadableDocumentException;
}
