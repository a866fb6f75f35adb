package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crosscheck.store.GradeRepository;

/**
 * Writes {@value #FILE_NAME}: the analyst's reliability grade (A–F) of each graded outlet, so a grade survives
 * the round trip even for an outlet without claims ({@code claims.csv} repeats it per claim).
 */
public final class OutletsCsv {

    public static final String FILE_NAME = "outlets.csv";
    public static final List<String> COLUMNS = List.of("outlet", "reliability", "analyst", "updated_at");

    private OutletsCsv() {
    }

    public static Path write(GradeRepository grades, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(FILE_NAME);
        try (var printer = SafeCsvWriter.create(file, COLUMNS, excel)) {
            for (var entry : grades.reliabilityByOutlet().entrySet()) {
                var grade = entry.getValue();
                printer.row(entry.getKey(), grade.value(), grade.analyst(),
                        grade.updatedAt() == null ? null : grade.updatedAt().truncatedTo(ChronoUnit.SECONDS));
            }
        }
        return file;
    }
}
