package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * An exported CSV file read back: its header and its rows, each cell restored from spreadsheet neutralisation and
 * each row knowing the line it starts on, so a problem can be reported as "claims.csv line 12: ...".
 */
public final class CsvTable {

    /** One data row: its cells by column name and the line of the file it starts on. */
    public record Row(long line, Map<String, String> cells) {

        /** The cell of a column, empty string when blank or missing. */
        public String get(String column) {
            var value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /** A file that cannot be read as CSV, with the line where reading failed. */
    public static final class MalformedCsvException extends Exception {
        private final long line;

        public MalformedCsvException(String message, long line) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final String fileName;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String fileName, List<String> header, List<Row> rows) {
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a CSV file written by an export (with or without byte-order mark).
     *
     * @throws MalformedCsvException for broken quoting or a row whose cell count differs from the header's
     */
    public static CsvTable read(Path file) throws IOException, MalformedCsvException {
        var name = file.getFileName().toString();
        try (var reader = SpreadsheetSafety.skipBom(Files.newBufferedReader(file, StandardCharsets.UTF_8));
             var parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            List<String> header = null;
            var rows = new ArrayList<Row>();
            var iterator = parser.iterator();
            long line = 1;
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    var record = iterator.next();
                    if (header == null) {
                        header = new ArrayList<>();
                        record.forEach(header::add);
                    } else {
                        if (record.size() != header.size()) {
                            throw new MalformedCsvException("has " + record.size() + " cells where the header has "
                                    + header.size() + " (broken quoting?)", line);
                        }
                        var cells = new LinkedHashMap<String, String>();
                        for (int i = 0; i < header.size(); i++) {
                            cells.put(header.get(i), SpreadsheetSafety.restore(record.get(i)));
                        }
                        rows.add(new Row(line, cells));
                    }
                    line = parser.getCurrentLineNumber() + 1;
                } catch (UncheckedIOException e) {
                    throw new MalformedCsvException("broken quoting (" + e.getCause().getMessage() + ")", line);
                }
            }
            if (header == null) {
                throw new MalformedCsvException("is empty, without a header line", 1);
            }
            return new CsvTable(name, header, rows);
        }
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
