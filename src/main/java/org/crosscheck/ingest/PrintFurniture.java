package org.crosscheck.ingest;

import java.util.regex.Pattern;

/**
 * Removes the lines a browser prints on every page of a web page saved as PDF: the header with the day and time of
 * printing and the page's title ("11/20/26, 3:41 PM Drone attack targets Harir base | Rudaw.net") and the footer with
 * the address and the page number ("https://www.rudaw.net/... 1/2"). The printing day is not the article's, and read
 * as its date it would place every attack the article reports years later.
 */
final class PrintFurniture {

    /** A printing day and time at the start of a line, then at least a short title. */
    private static final Pattern HEADER = Pattern.compile("(?m)^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4},?\\s+\\d{1,2}:\\d{2}"
            + "(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?\\s+\\S.{14,}\\n?");
    /** An address followed by "page of pages". */
    private static final Pattern FOOTER = Pattern.compile("(?m)^(?:https?://\\S+|about:blank|file:/\\S*)\\s+\\d{1,3}/\\d{1,3}$"
            + "\\n?");

    private PrintFurniture() {
    }

    /** The text without printed headers and footers; the same instance when it has none. */
    static String remove(String text) {
        var header = HEADER.matcher(text);
        var withoutHeaders = header.find() ? header.replaceAll("") : text;
        var footer = FOOTER.matcher(withoutHeaders);
        return footer.find() ? footer.replaceAll("") : withoutHeaders;
    }
}
