package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.task.Progress;

/**
 * Writes a whole export into a folder: every CSV file (articles, incidents, claims, links, tags, outlets), each made
 * safe for spreadsheets as it is written, and, when asked, the GeoJSON and KML files (written with the incidents). File ▸ Export and {@code crosscheck export}
 * both run this, so they always write the same files.
 */
public final class ExportService {

    /**
     * Writes one export file into a folder as the options ask (a byte-order mark for Excel; the incidents writer also
     * writes the map files) and returns its path.
     */
    @FunctionalInterface
    public interface ExportFile {
        Path writeInto(Path folder, ExportFinish.Options options) throws IOException;
    }

    private final List<ExportFile> files;

    /** @param files the CSV writers, in the order their files are written */
    public ExportService(List<ExportFile> files) {
        this.files = List.copyOf(files);
    }

    /** Writes every file into {@code folder} (created if needed) and returns the paths written, in order. */
    public List<Path> exportTo(Path folder, ExportFinish.Options options, Progress progress) throws IOException {
        Files.createDirectories(folder);
        var written = new ArrayList<Path>();
        int total = files.size() + 1;
        for (var file : files) {
            progress.checkCancelled();
            written.add(file.writeInto(folder, options));
            progress.update(written.size(), total, "wrote " + written.get(written.size() - 1).getFileName());
        }
        written.addAll(ExportFinish.mapFiles(folder, options));
        progress.update(total, total, "export finished");
        return written;
    }
}
