package org.crosscheck.ingest;

import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.ArticleSummary;

/**
 * What one import did: the articles stored (as summaries: an import of 100,000 files must not hold their texts),
 * the files whose text was already stored, the files that failed with their reasons, and whether the analyst
 * cancelled before the end (what was stored until then stays).
 */
public record ImportReport(List<ArticleSummary> imported, List<Path> duplicates, List<ImportFailure> failures,
                           boolean cancelled) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failures = List.copyOf(failures);
    }

    /** The line the CLI ends with and the GUI shows: {@code imported N, duplicates D, failed F}. */
    public String summary() {
        return "imported " + imported.size() + ", duplicates " + duplicates.size() + ", failed " + failures.size();
    }
}
