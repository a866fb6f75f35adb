package org.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crosscheck render <view>}: draws a view off screen into a PNG for briefings. Each view is a subcommand
 * that takes {@link RenderOptions}; add a view by listing its command here.
 */
@Command(name = "render", description = "Render a view as a PNG picture, headless.",
        subcommands = {RenderMapCommand.class, RenderTimelineCommand.class})
final class RenderCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing view: render map|timeline.");
    }
}
