package org.crosscheck.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One export CSV file as it is written: RFC 4180 (CRLF, quotes where needed), UTF-8, the header as given and every
 * data cell passed through {@link SpreadsheetSafety#neutralise} on the way out, with a UTF-8 byte-order mark first
 * when written for Excel. Rows go straight to the file, so an export never holds a table in memory or rewrites it.
 */
public final class SafeCsvWriter implements Closeable {

    private final CSVPrinter printer;
    private final String[] cells;

    private SafeCsvWriter(Writer out, List<String> columns, boolean excel) throws IOException {
        if (excel) {
            out.write(SpreadsheetSafety.BOM);
        }
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
        this.cells = new String[columns.size()];
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
        if (values.length != cells.length) {
            throw new IllegalArgumentException("A row of " + values.length + " cells for " + cells.length
                    + " columns.");
        }
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? null : SpreadsheetSafety.neutralise(values[i].toString());
        }
        printer.printRecord((Object[]) cells);
    }

    /** Writes out what is buffered without closing. */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
