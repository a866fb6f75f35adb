package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.render.MapBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck bench map}: map frame time with many synthetic incidents, headless, as key=value lines. */
@Command(name = "map", description = "Measure map frames (pan and zoom) with many synthetic incidents, headless.")
final class BenchMapCommand implements Callable<Integer> {

    @Option(names = "--incidents", defaultValue = "50000", paramLabel = "N",
            description = "Synthetic incidents (default ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (incidents < 1 || incidents > 5_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--incidents " + incidents + " is out of range: use 1..5000000.");
        }
        new MapBench(SitesCsv.bundled()).run(Math.min(incidents, 2_000), seed);
        var result = new MapBench(SitesCsv.bundled()).run(incidents, seed);
        var out = spec.commandLine().getOut();
        result.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
