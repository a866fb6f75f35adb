package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crosscheck.AppContext;
import org.crosscheck.store.Database;
import org.crosscheck.store.FileUse;
import picocli.CommandLine.Option;

/**
 * The {@code --no-compact} option of the commands that write much (import, extract) and the compaction they run once
 * they have closed the database, when most of a large file is replaced pages ({@code crosscheck compact}).
 */
final class CompactOption {

    @Option(names = "--no-compact", description = "Leave the database file as it is after the work, however large.")
    boolean skip;

    /** The file to compact once the database is closed, said on {@code out}; null when it is not worth it. */
    Path fileToCompact(AppContext context, PrintWriter out) {
        return fileToCompact(context.database().file(), context.database().fileUse(), out);
    }

    Path fileToCompact(Path file, FileUse use, PrintWriter out) {
        if (skip || !use.worthCompacting()) {
            return null;
        }
        out.println("compacting " + file + " (" + use.describe() + ")");
        out.flush();
        return file;
    }

    /** Compacts the file {@link #fileToCompact} named, if any, and prints how it went. */
    static void compact(Path file, PrintWriter out) {
        if (file != null) {
            out.println(Database.compact(file).summary());
            out.flush();
        }
    }
}
