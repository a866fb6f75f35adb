package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.store.AppPaths;
import org.crosscheck.AppContext;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by every subcommand; defaults to the per-user database. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "FILE", description = "H2 database file (default: the per-user data folder)")
    Path file;

    AppContext open() {
        return AppContext.open(path());
    }

    /** The database file this option names, or the per-user default. */
    Path path() {
        return AppPaths.databaseFile(file);
    }
}
