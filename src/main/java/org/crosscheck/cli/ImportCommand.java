package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck import PATH...}: imports files and folders, prints one {@code failed: <file>: <reason>} line
 * per file that could not be imported and then {@code imported N, duplicates D, failed F}; the imported articles
 * are extracted before that line ({@code crosscheck extract} reports extraction in detail). Failed files do not fail
 * the command: the rest of the batch is imported. When the import left most of a large database file as replaced
 * pages, the file is compacted afterwards ({@code crosscheck compact}) unless {@code --no-compact} is given.
 */
@Command(name = "import", description = "Import articles from files or folders (.txt, .md, .html, .htm, .pdf).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (folders are read recursively).")
    List<Path> paths;

    @Mixin
    CompactOption compaction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path compact;
        try (var context = database.open()) {
            var report = context.importer().importPaths(paths, Progress.NONE);
            report.failures().forEach(failure -> out.println("failed: " + failure.file() + ": " + failure.reason()));
            if (!report.imported().isEmpty()) {
                context.extractor().extractArticles(
                        report.imported().stream().map(article -> article.id()).toList(), Progress.NONE);
            }
            out.println(report.summary());
            compact = compaction.fileToCompact(context, out);
        }
        CompactOption.compact(compact, out);
        return 0;
    }
}
