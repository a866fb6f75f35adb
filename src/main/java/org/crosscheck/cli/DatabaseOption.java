package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.store.AppPaths;
import org.crosscheck.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --db FILE} option shared by every subcommand; defaults to the per-user database. Opening a database from
 * an earlier version says on the command's error stream that it is backed up and updated, which takes minutes when
 * the database is large.
 */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "H2 database file (default: the per-user data folder)")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    AppContext open() {
        var err = command.commandLine().getErr();
        return AppContext.open(path(), status -> {
            err.println(status + "…");
            err.flush();
        });
    }

    /** The database file this option names, or the per-user default. */
    Path path() {
        return AppPaths.databaseFile(file);
    }
}
