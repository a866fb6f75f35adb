package org.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crosscheck bench ...}: the performance tools. Each tool is a subcommand ({@code generate} writes a
 * synthetic corpus); a new measurement is one more subcommand class in the list below.
 */
@Command(name = "bench", description = "Performance tools: generate a synthetic corpus, measure the pipeline.",
        subcommands = {BenchGenerateCommand.class, BenchTimelineCommand.class, BenchMapCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing bench command (e.g. generate).");
    }
}
