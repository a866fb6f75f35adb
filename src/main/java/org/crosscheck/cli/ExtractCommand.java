package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck extract}: runs extraction again over every stored article (what the analyst made or decided
 * is kept) and prints the summary and any problems; like {@code import}, it then compacts a file left mostly of
 * replaced pages unless {@code --no-compact} is given.
 */
@Command(name = "extract", description = "Find sites, dates, incidents, claims and links in the stored articles.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    CompactOption compaction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path compact;
        try (var context = database.open()) {
            var report = context.extractor().extractAll(Progress.NONE);
            report.problems().forEach(problem -> out.println("note: " + problem));
            out.println(report.summary());
            compact = compaction.fileToCompact(context, out);
        }
        CompactOption.compact(compact, out);
        return 0;
    }
}
