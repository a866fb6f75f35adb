package org.crosscheck.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Makes exported CSV files safe to open in a spreadsheet, reversibly. A cell that would start with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return (after any apostrophes) gets one leading apostrophe, so
 * Excel or LibreOffice shows it as text instead of running it as a formula (OWASP "CSV injection"); plain numbers
 * such as {@code -3.5} are left alone. {@link #restore} takes exactly that apostrophe off again on import. With
 * {@code excel} the file also starts with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
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
        if (cell == null || NUMBER.matcher(cell).matches() || !DANGEROUS.matcher(cell).find()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The cell as it was before {@link #neutralise}. */
    public static String restore(String cell) {
        return cell != null && NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }

    /** Rewrites an exported CSV file in place with every cell neutralised, and a byte-order mark when asked. */
    public static void apply(Path csvFile, boolean excel) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
             var parser = CSVParser.parse(skipBom(reader), CSVFormat.RFC4180)) {
            for (var record : parser) {
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
            }
        }
        try (var out = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            if (excel) {
                out.write(BOM);
            }
            for (int row = 0; row < rows.size(); row++) {
                var cells = rows.get(row);
                printer.printRecord(row == 0 ? cells : cells.stream().map(SpreadsheetSafety::neutralise).toList());
            }
        }
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
