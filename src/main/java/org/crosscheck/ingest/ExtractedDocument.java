package org.crosscheck.ingest;

/**
 * The text a reader got out of a file, plus what the file's own markup states about it (HTML meta tags); plain
 * text formats have no such markup and carry {@link EmbeddedMetadata#NONE}.
 */
public record ExtractedDocument(String text, EmbeddedMetadata embedded) {

    public static ExtractedDocument plain(String text) {
        return new ExtractedDocument(text, EmbeddedMetadata.NONE);
    }
}
