package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --json} option of the bench commands: figures printed as {@code name value} lines or one JSON object. */
final class BenchOutput {

    @Option(names = "--json", description = "Print one JSON object instead of lines.")
    boolean json;

    /** Prints each figure as {@code name value}, or all of them as one JSON object with {@code --json}. */
    void print(Map<String, ?> figures, PrintWriter out) {
        if (json) {
            out.println(figures.entrySet().stream()
                    .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                    .collect(Collectors.joining(",", "{", "}")));
        } else {
            figures.forEach((name, value) -> out.println(name + " " + value));
        }
        out.flush();
    }

    /** Logs each step of a long bench as {@code bench: <step>} on {@code err}, at once, so a failed run keeps them. */
    static Consumer<String> steps(PrintWriter err) {
        return step -> {
            err.println("bench: " + step);
            err.flush();
        };
    }
}
