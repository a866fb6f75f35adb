package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.AppContext;
import org.crosscheck.export.ArticlesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck export --out DIR}: writes the export files into a folder and prints one line per file written.
 * Each file is one {@link ExportFile}; a new export is one more entry in {@link #FILES}.
 */
@Command(name = "export", description = "Write the CSV exports (articles.csv, ...) into a folder.")
final class ExportCommand implements Callable<Integer> {

    /** Writes one export file into the output folder and returns its path. */
    @FunctionalInterface
    interface ExportFile {
        Path writeInto(Path folder, AppContext context) throws IOException;
    }

    static final List<ExportFile> FILES = List.of(
            (folder, context) -> ArticlesCsv.write(context.articles(), folder));

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        try (var context = database.open()) {
            var lines = spec.commandLine().getOut();
            for (var file : FILES) {
                lines.println("wrote " + file.writeInto(out, context));
            }
            lines.flush();
            return 0;
        }
    }
}
