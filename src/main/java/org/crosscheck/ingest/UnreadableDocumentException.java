package org.crosscheck.ingest;

/**
 * A file that cannot become an article, with one plain sentence saying why (the message is shown to the analyst
 * next to the file name, so it never repeats the name nor carries a stack trace).
 */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
