package org.crosscheck.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck stats}: row counts of the database, as lines or one JSON object. */
@Command(name = "stats", description = "Print how many articles, incidents, claims, links and sites are stored.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print one JSON object instead of lines.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = database.open()) {
            var counts = context.stats().counts();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(counts.entrySet().stream()
                        .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
            } else {
                counts.forEach((key, value) -> out.println(key + " " + value));
            }
            out.flush();
            return 0;
        }
    }
}
