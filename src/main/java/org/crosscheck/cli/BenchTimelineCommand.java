package org.crosscheck.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.crosscheck.AppContext;
import org.crosscheck.bench.SyntheticIncidents;
import org.crosscheck.bench.TimelineBench;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench timeline}: how long a brush change takes to refresh every view (brush_ms), on N synthetic
 * incidents in a temporary database, or in {@code --db FILE} (filled with N synthetic incidents if it has none, and
 * kept, so later runs measure the same rows).
 */
@Command(name = "timeline", description = "Measure brush_ms: brush change to all views refreshed.")
final class BenchTimelineCommand implements Callable<Integer> {

    @Option(names = "--incidents", defaultValue = "50000", paramLabel = "N",
            description = "Synthetic incidents for a fresh database (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--brushes", defaultValue = "30", paramLabel = "B",
            description = "How many brush changes to time (default: ${DEFAULT-VALUE}).")
    int brushes;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Measure this database (filled with synthetic incidents when it has none) and keep it.")
    java.nio.file.Path database;

    @Mixin
    BenchOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (incidents < 1 || brushes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--incidents and --brushes must be 1 or more.");
        }
        var folder = database == null ? Files.createTempDirectory("crosscheck-bench") : null;
        var file = database != null ? database : folder.resolve("bench.mv.db");
        try (var context = AppContext.open(file)) {
            if (context.stats().counts().getOrDefault("incidents", 0L) == 0L) {
                SyntheticIncidents.populate(context, incidents, seed, Progress.NONE);
            }
            var result = TimelineBench.measure(context, brushes, 1600, 900);
            output.print(result.figures(), spec.commandLine().getOut());
            return 0;
        } finally {
            WorkFolderOption.delete(folder);
        }
    }
}
