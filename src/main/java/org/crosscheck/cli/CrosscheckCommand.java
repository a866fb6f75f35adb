package org.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code crosscheck <command> ...}. Subcommands print plain lines and exit 0 on
 * success, 2 on usage errors and 1 when the work itself failed. {@code -h}/{@code --help} and {@code -V} work on every
 * subcommand, which inherits them from here.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Cross-check news reports of attacks on bases in Syria, Iraq and Jordan.",
        subcommands = {ImportCommand.class, ExtractCommand.class, EvalCommand.class, ExportCommand.class,
                ImportAnnotationsCommand.class, StatsCommand.class, CompactCommand.class, BenchCommand.class,
                RenderCommand.class})
public final class CrosscheckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    /** Parses and runs the arguments, returning the process exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new CrosscheckCommand())
                .setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException ? 2 : 1)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println("error: " + exception.getMessage());
                    return 1;
                });
    }
}
