package org.crosscheck.ui.exporting;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.export.ExportService;
import org.crosscheck.ui.common.FxTasks;

/** File ▸ Export: writes the export files into a folder the analyst picked, in the background. */
public final class ExportViewModel {

    private final ExportService exporter;
    private final FxTasks tasks;

    public ExportViewModel(ExportService exporter, FxTasks tasks) {
        this.exporter = exporter;
        this.tasks = tasks;
    }

    /** Writes the export files into {@code folder}; {@code onDone} gets a sentence saying what was written. */
    public void exportTo(Path folder, Consumer<String> onDone, Consumer<String> onError) {
        tasks.run("Exporting", progress -> exporter.exportTo(folder, ExportFinish.Options.PLAIN, progress),
                written -> onDone.accept("Exported " + written.size() + " files to " + folder),
                error -> onError.accept("Nothing was written to " + folder + ": " + error.getMessage()));
    }
}
