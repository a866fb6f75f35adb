package org.crosscheck.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One export CSV file as it is written: RFC 4180 (CRLF, quotes where needed), UTF-8, the header as given and every
 * data cell passed through {@link SpreadsheetSafety#neutralise} on the way out, with a UTF-8 byte-order mark first
 * when written for Excel. Rows go straight to the file, so an export never holds a table in memory or rewrites it.
 * Cells are quoted exactly where Commons CSV's RFC 4180 format quotes them (which reads the files back), written
 * here without its per-cell overhead: a cell holding a comma, double quote, CR or LF, starting with a character up to
 * {@code #} or ending with one up to a space, and an empty first cell; {@code null} is an empty unquoted cell. Each
 * line is put together in a buffer and handed to the writer whole (one call per line instead of several per cell).
 */
public final class SafeCsvWriter implements Closeable {

    private final Writer out;
    private final int columns;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    private SafeCsvWriter(Writer out, List<String> columns, boolean excel) throws IOException {
        this.out = out;
        this.columns = columns.size();
        if (excel) {
            line.append(SpreadsheetSafety.BOM);
        }
        for (int i = 0; i < columns.size(); i++) {
            cell(columns.get(i), i == 0);
        }
        endLine();
    }

    /** Creates (or replaces) {@code file} and writes its header line. */
    public static SafeCsvWriter create(Path file, List<String> columns, boolean excel) throws IOException {
        var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        try {
            return new SafeCsvWriter(out, columns, excel);
        } catch (IOException e) {
            out.close();
            throw e;
        }
    }

    /** Writes onto {@code out}, starting with the header line; closing this closes {@code out}, flushing does not. */
    public static SafeCsvWriter on(Writer out, List<String> columns, boolean excel) throws IOException {
        return new SafeCsvWriter(out, columns, excel);
    }

    /**
     * Writes one row: a {@code null} cell is left empty, any other is written as its {@code toString()},
     * neutralised.
     *
     * @throws IllegalArgumentException when the row has not one cell per column
     */
    public void row(Object... values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("A row of " + values.length + " cells for " + columns
                    + " columns.");
        }
        for (int i = 0; i < values.length; i++) {
            var value = values[i];
            if (value instanceof Long || value instanceof Integer) {
                whole(((Number) value).longValue(), i == 0);
            } else {
                cell(value == null ? null : SpreadsheetSafety.neutralise(value.toString()), i == 0);
            }
        }
        endLine();
    }

    /** Writes out what is buffered without closing. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void cell(String text, boolean first) {
        if (!first) {
            line.append(',');
        }
        if (text == null) {
            return;
        }
        if (!needsQuotes(text, first)) {
            line.append(text);
            return;
        }
        line.append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                line.append(text, from, i + 1);
                from = i;
            }
        }
        line.append(text, from, text.length()).append('"');
    }

    /**
     * A whole number, written as {@code toString()} writes it without the text in between: its digits (after a
     * minus) are never neutralised, since it is a number, and never quoted, since it starts above {@code #}.
     */
    private void whole(long value, boolean first) {
        if (!first) {
            line.append(',');
        }
        line.append(value);
    }

    /** Ends the line and hands it to the writer. */
    private void endLine() throws IOException {
        line.append("\r\n");
        int length = line.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        line.getChars(0, length, chars, 0);
        out.write(chars, 0, length);
        line.setLength(0);
    }

    private static boolean needsQuotes(String text, boolean first) {
        if (text.isEmpty()) {
            return first;
        }
        if (text.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return text.charAt(text.length() - 1) <= ' ';
    }
}
