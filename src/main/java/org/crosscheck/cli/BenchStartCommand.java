package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crosscheck.bench.StartBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench start --db FILE}: cold starts to the first frame of the window on an existing database,
 * the figure {@code bench}'s {@code start_ms} measures once, repeated, and optionally through an installed launcher
 * ({@code --launcher /opt/crosscheck/bin/Crosscheck}), which starts with its class-data archive.
 */
@Command(name = "start", description = "Measure start_ms: new process to the window's first frame, on --db FILE.")
final class BenchStartCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database the window opens.")
    Path database;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "How many starts to time (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--launcher", paramLabel = "PATH",
            description = "Start this installed launcher instead of java with this class path (no archive).")
    Path launcher;

    @Mixin
    BenchOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be 1 or more.");
        }
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(spec.commandLine(), "No database at " + database + ".");
        }
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new ParameterException(spec.commandLine(), "The launcher " + launcher + " is not an executable file.");
        }
        var bench = new StartBench(launcher);
        var millis = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            millis.add(bench.firstFrameMillis(database));
        }
        var sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        var out = spec.commandLine().getOut();
        var launch = launcher == null ? "class path" : launcher.toString();
        if (output.json) {
            out.println("{\"launch\":\"" + launch.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"start_ms\":"
                    + median + ",\"runs_ms\":" + millis.stream().map(String::valueOf)
                    .collect(Collectors.joining(",", "[", "]")) + "}");
        } else {
            out.println("launch " + launch);
            out.println("start_ms " + median);
            out.println("runs_ms " + millis.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        out.flush();
        return millis.contains(StartBench.NOT_MEASURED) ? 1 : 0;
    }
}
