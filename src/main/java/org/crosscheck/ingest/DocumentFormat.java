package org.crosscheck.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Crosscheck can import, recognised by file name extension. */
public enum DocumentFormat {
    PLAIN_TEXT("plain text", "txt", "text"),
    MARKDOWN("Markdown", "md", "markdown"),
    HTML("HTML", "html", "htm", "xhtml"),
    PDF("PDF", "pdf");

    private final String label;
    private final List<String> extensions;

    DocumentFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The name used in messages, e.g. "plain text" or "PDF". */
    public String label() {
        return label;
    }

    /** The format of a file name, or empty when Crosscheck does not read that kind of file. */
    public static Optional<DocumentFormat> of(String fileName) {
        var dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        var extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }

    /** The extensions named in messages, e.g. ".txt, .md, .html, .htm, .pdf". */
    public static String supportedExtensions() {
        return String.join(", ", List.of(".txt", ".md", ".html", ".htm", ".pdf"));
    }
}
