package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import picocli.CommandLine.Option;

/**
 * The {@code --work DIR} option of the benches that generate a corpus: the folder for it and its databases, kept
 * afterwards; without the option a temporary folder, deleted at the end.
 */
final class WorkFolderOption {

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the corpus and databases, kept afterwards (default: a temporary folder, deleted).")
    Path work;

    /** The folder {@code --work} names (created), or a new temporary one. */
    Path open() throws IOException {
        return work != null ? Files.createDirectories(work) : Files.createTempDirectory("crosscheck-bench");
    }

    /** Deletes the folder {@link #open} gave unless {@code --work} named it. */
    void close(Path folder) throws IOException {
        if (work == null) {
            delete(folder);
        }
    }

    /** Deletes a folder with everything in it; nothing when it is null. */
    static void delete(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
