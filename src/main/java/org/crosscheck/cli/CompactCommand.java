package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck compact}: rewrites the database file with only its live data and prints
 * {@code Compacted FILE from A to B in N s.}. The database must not be open in a window or another command.
 */
@Command(name = "compact", description = "Shrink the database file to its live data (close Crosscheck first).")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var file = database.path();
        var out = spec.commandLine().getOut();
        out.println("compacting " + file);
        out.flush();
        out.println(Database.compact(file).summary());
        out.flush();
        return 0;
    }
}
