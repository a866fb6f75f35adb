package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck extract}: runs extraction again over every stored article (what the analyst made or decided
 * is kept) and prints the summary and any problems.
 */
@Command(name = "extract", description = "Find sites, dates, incidents, claims and links in the stored articles.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = database.open()) {
            var report = context.extractor().extractAll(Progress.NONE);
            var out = spec.commandLine().getOut();
            report.problems().forEach(problem -> out.println("note: " + problem));
            out.println(report.summary());
            out.flush();
            return 0;
        }
    }
}
