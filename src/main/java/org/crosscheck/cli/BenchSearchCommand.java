package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.AppContext;
import org.crosscheck.bench.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench search --db FILE}: full-text search latency (search_p50_ms, search_p95_ms) on an existing
 * database, as {@code crosscheck bench} measures it after its import, so a change to how articles are stored can be
 * measured on a large database without importing it again.
 */
@Command(name = "search", description = "Measure search_p50_ms and search_p95_ms on an existing database.")
final class BenchSearchCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database to search.")
    Path database;

    @Mixin
    BenchOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(spec.commandLine(), "No database at " + database + ".");
        }
        try (var context = AppContext.open(database)) {
            output.print(SearchBench.measure(context), spec.commandLine().getOut());
            return 0;
        }
    }
}
