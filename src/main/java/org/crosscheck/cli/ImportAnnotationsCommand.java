package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck import-annotations DIR}: restores the incidents, claims, links, tags and grades of an export
 * folder into a database holding the same articles. Prints one line per problem and exits 1 when anything is
 * wrong (then nothing was changed), else prints what was restored.
 */
@Command(name = "import-annotations", description = "Replace incidents, claims, links, tags and grades with those "
        + "of an export folder (the database must hold the same articles).")
final class ImportAnnotationsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "DIR", description = "A folder written by crosscheck export.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not a folder.");
        }
        try (var context = database.open()) {
            var report = context.annotationImport().importFrom(folder, context.analyst(), Progress.NONE);
            var out = spec.commandLine().getOut();
            report.problems().forEach(problem -> out.println("problem: " + problem));
            out.println(report.summary());
            out.flush();
            return report.applied() ? 0 : 1;
        }
    }
}
