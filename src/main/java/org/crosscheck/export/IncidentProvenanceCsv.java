package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Incident;

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

    /** Writes one row per incident, by date then id (the order of {@code IncidentRepository.findAll}). */
    public static Path write(List<Incident> incidents, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(FILE_NAME);
        var byDate = new ArrayList<>(incidents);
        byDate.sort(Comparator.comparing(Incident::eventDate).thenComparingLong(Incident::id));
        try (var printer = SafeCsvWriter.create(file, COLUMNS, excel)) {
            for (var incident : byDate) {
                printer.row(incident.id(), incident.origin().code(),
                        incident.dateBasis() == null ? null : incident.dateBasis().code(), incident.confirmed());
            }
        }
        return file;
    }
}
