package org.crosscheck.ingest;

/** Reads a {@code .txt} file: its decoded characters are the article text. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public ExtractedDocument read(byte[] content) throws UnreadableDocumentException {
        return ExtractedDocument.plain(TextDecoder.decode(content).text());
    }
}
