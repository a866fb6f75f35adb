package org.crosscheck.ingest;

/**
 * Metadata a document declares in its markup rather than its text: an HTML page's site name, title and
 * publication time. Each value is the raw string from the markup, or null when the document does not state it.
 */
public record EmbeddedMetadata(String siteName, String title, String publishedTime) {

    public static final EmbeddedMetadata NONE = new EmbeddedMetadata(null, null, null);
}
