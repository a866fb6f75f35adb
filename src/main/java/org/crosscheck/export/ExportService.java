package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.task.Progress;

/**
 * Writes a whole export into a folder: every CSV file (articles, incidents, claims, links, tags, outlets), each made
 * safe for spreadsheets as it is written, and, when asked, the GeoJSON and KML files (written with the incidents).
 * File ▸ Export and {@code crosscheck export} both run this, so they always write the same files.
 */
public final class ExportService {

    /**
     * One step of an export: writes one or more files into a folder as the options ask (a byte-order mark for Excel;
     * the incidents writer also writes the map files) and returns them in the order they are listed. Several files
     * share a step when they are written from one read of the database. A long step reports its own progress (done
     * of its own total) and checks for cancellation as it goes.
     */
    @FunctionalInterface
    public interface ExportStep {
        List<Path> writeInto(Path folder, ExportFinish.Options options, Progress progress) throws IOException;
    }

    /** Progress units per step, so a step's own progress moves the bar within its share. */
    private static final long STEP_UNITS = 1000;

    private final List<ExportStep> steps;

    /** @param steps the writers, in the order their files are listed */
    public ExportService(List<ExportStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Writes every file into {@code folder} (created if needed) and returns the paths written, in order. */
    public List<Path> exportTo(Path folder, ExportFinish.Options options, Progress progress) throws IOException {
        Files.createDirectories(folder);
        var written = new ArrayList<Path>();
        long total = (steps.size() + 1) * STEP_UNITS;
        for (int i = 0; i < steps.size(); i++) {
            progress.checkCancelled();
            long start = i * STEP_UNITS;
            var files = steps.get(i).writeInto(folder, options, new StepProgress(progress, start, total));
            written.addAll(files);
            progress.update(start + STEP_UNITS, total, "wrote " + files.stream()
                    .map(file -> file.getFileName().toString()).collect(Collectors.joining(", ")));
        }
        written.addAll(ExportFinish.mapFiles(folder, options));
        progress.update(total, total, "export finished");
        return written;
    }

    /** A step's progress placed within the step's share of the whole export. */
    private record StepProgress(Progress export, long start, long total) implements Progress {

        @Override
        public void update(long done, long stepTotal, String message) {
            export.update(start + (stepTotal <= 0 ? 0 : Math.min(done, stepTotal) * STEP_UNITS / stepTotal), total,
                    message);
        }

        @Override
        public boolean isCancelled() {
            return export.isCancelled();
        }
    }
}
