package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.bench.WindowBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench window --articles N}: how long the window keeps the analyst waiting while it imports N
 * generated articles (see {@link WindowBench}); needs a display, {@code xvfb-run} or the headless Monocle platform.
 */
@Command(name = "window", description = "Measure how responsive the window stays while it imports N articles.")
final class BenchWindowCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "Generated articles to import.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;

    @Mixin
    WorkFolderOption workFolder;

    @Mixin
    BenchOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be 1 or more.");
        }
        var folder = workFolder.open();
        try {
            var figures = new WindowBench(articles, seed, folder, BenchOutput.steps(spec.commandLine().getErr())).run();
            output.print(figures, spec.commandLine().getOut());
            return 0;
        } finally {
            workFolder.close(folder);
        }
    }
}
