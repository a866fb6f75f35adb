package org.crosscheck.export;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Makes exported CSV files safe to open in a spreadsheet, reversibly. A cell that would start with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return (after any apostrophes) gets one leading apostrophe, so
 * Excel or LibreOffice shows it as text instead of running it as a formula (OWASP "CSV injection"); plain numbers
 * such as {@code -3.5} are left alone. {@link #restore} takes exactly that apostrophe off again on import. A file
 * written for Excel starts with a UTF-8 byte-order mark ({@link #BOM}), which Excel needs to read UTF-8.
 */
public final class SpreadsheetSafety {

    /** The UTF-8 byte-order mark as a character. */
    public static final char BOM = '\uFEFF';
    private static final Pattern DANGEROUS = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$");

    private SpreadsheetSafety() {
    }

    /** The cell as written to the file. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || "'=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        if (NUMBER.matcher(cell).matches() || !DANGEROUS.matcher(cell).find()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        return cell != null && NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }

    /** The reader with a leading byte-order mark, if any, consumed. */
    public static Reader skipBom(Reader reader) throws IOException {
        var buffered = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
        buffered.mark(1);
        if (buffered.read() != BOM) {
            buffered.reset();
        }
        return buffered;
    }
}
