package org.crosscheck.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings extracted text into the one form that is stored, hashed for duplicates and pointed into by spans: Unicode
 * NFC, {@code \n} line ends, no trailing spaces, no NUL or other stray control characters, at most one blank line
 * in a row, and no white space at the start or end. The same article saved as CRLF or LF, or with a BOM, hashes
 * the same.
 */
public final class TextNormalizer {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u000B\\u000C\\u0085\\u2028\\u2029]");
    private static final Pattern STRAY_CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\uFEFF");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[\\t \\u00A0]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        var result = Normalizer.normalize(text, Normalizer.Form.NFC);
        result = LINE_BREAKS.matcher(result).replaceAll("\n");
        result = STRAY_CONTROLS.matcher(result).replaceAll("");
        result = TRAILING_SPACES.matcher(result).replaceAll("");
        result = BLANK_LINE_RUNS.matcher(result).replaceAll("\n\n");
        return result.strip();
    }
}
