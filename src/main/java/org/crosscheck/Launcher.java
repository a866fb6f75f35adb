package org.crosscheck;

import org.crosscheck.cli.CrosscheckCommand;

/**
 * The entry point of the jar and the installed app. With no arguments (or only {@code --db PATH}) it opens the
 * window; otherwise it runs a CLI subcommand. It imports no JavaFX, so the CLI starts without a toolkit and the
 * class may be the main class of a classpath launch.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            CrosscheckApp.launchWindow(args);
        } else {
            System.exit(CrosscheckCommand.run(args));
        }
    }

    /** True when the arguments name no subcommand: nothing, or only {@code --db PATH}. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length == 2 && "--db".equals(args[0])) {
            return true;
        }
        return args.length == 1 && args[0].startsWith("--db=");
    }
}
