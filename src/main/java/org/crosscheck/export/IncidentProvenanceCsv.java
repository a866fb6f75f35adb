package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.store.IncidentRepository;

/**
 * Writes {@value #FILE_NAME}: for each incident, what {@code incidents.csv} (fixed ACLED headers) cannot say — whether
 * the extractor or the analyst made or last corrected it, how its date was obtained, and whether the analyst
 * confirmed it — so an import of annotations keeps the analyst's corrections safe from re-extraction.
 */
public final class IncidentProvenanceCsv {

    public static final String FILE_NAME = "incident_provenance.csv";
    public static final List<String> COLUMNS = List.of("incident_id", "origin", "date_basis", "confirmed");

    private IncidentProvenanceCsv() {
    }

    public static Path write(IncidentRepository incidents, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(FILE_NAME);
        try (var printer = SafeCsvWriter.create(file, COLUMNS, excel)) {
            for (var incident : incidents.findAll()) {
                printer.row(incident.id(), incident.origin().code(),
                        incident.dateBasis() == null ? null : incident.dateBasis().code(), incident.confirmed());
            }
        }
        return file;
    }
}
