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

    /** Each pattern runs only when a quick scan finds something it would change; most texts need none of them. */
    public static String normalize(String text) {
        var result = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (hasOtherLineBreaks(result)) {
            result = LINE_BREAKS.matcher(result).replaceAll("\n");
        }
        if (hasStrayControls(result)) {
            result = STRAY_CONTROLS.matcher(result).replaceAll("");
        }
        if (hasTrailingSpaces(result)) {
            result = TRAILING_SPACES.matcher(result).replaceAll("");
        }
        if (result.contains("\n\n\n")) {
            result = BLANK_LINE_RUNS.matcher(result).replaceAll("\n\n");
        }
        return result.strip();
    }

    private static boolean hasOtherLineBreaks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStrayControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    /** Whether a tab or (no-break) space ends a line; only {@code \n} ends lines once the line breaks are made one. */
    private static boolean hasTrailingSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\t' || c == '\u00A0') && (i + 1 == text.length() || text.charAt(i + 1) == '\n')) {
                return true;
            }
        }
        return false;
    }
}
