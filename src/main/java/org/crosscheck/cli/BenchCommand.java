package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.bench.PipelineBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crosscheck bench --articles N [--json]}: measures the whole pipeline in one run (see {@link PipelineBench})
 * and prints each figure as a line, or one JSON object. The other performance tools are subcommands
 * ({@code generate}, {@code timeline}, {@code map}, {@code start}, {@code window}, {@code search}); a new one is one
 * more class in the list below.
 */
@Command(name = "bench", description = "Measure the pipeline on N generated articles (or run a bench subcommand).",
        subcommands = {BenchGenerateCommand.class, BenchTimelineCommand.class, BenchMapCommand.class,
                BenchStartCommand.class, BenchWindowCommand.class, BenchSearchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "Generated articles to ingest.")
    Integer articles;

    @Option(names = "--incidents", defaultValue = "50000", paramLabel = "N",
            description = "Synthetic incidents for the map, timeline and export figures (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;

    @Mixin
    WorkFolderOption workFolder;

    @Mixin
    BenchOutput output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give --articles N, or a bench command (generate, timeline, map, start, window, search).");
        }
        if (articles < 1 || incidents < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--articles and --incidents must be 1 or more.");
        }
        var folder = workFolder.open();
        try {
            var figures = new PipelineBench(articles, incidents, seed, folder,
                    (db, out) -> {
                        var export = CrosscheckCommand.commandLine()
                                .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
                        if (export.execute("export", "--db", db.toString(), "--out", out.toString()) != 0) {
                            throw new java.io.IOException("the export failed");
                        }
                    },
                    BenchOutput.steps(spec.commandLine().getErr())).run();
            output.print(figures, spec.commandLine().getOut());
            return 0;
        } finally {
            workFolder.close(folder);
        }
    }
}
