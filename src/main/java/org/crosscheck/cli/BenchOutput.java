package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** What the bench commands share: figures printed as lines or one JSON object, and a throw-away work folder. */
final class BenchOutput {

    private BenchOutput() {
    }

    /** Prints each figure as {@code name value}, or all of them as one JSON object. */
    static void print(Map<String, ?> figures, boolean json, PrintWriter out) {
        if (json) {
            out.println(figures.entrySet().stream()
                    .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                    .collect(Collectors.joining(",", "{", "}")));
        } else {
            figures.forEach((name, value) -> out.println(name + " " + value));
        }
        out.flush();
    }

    /** The folder {@code --work} names (created), or a new temporary one when it names none. */
    static Path workFolder(Path work) throws IOException {
        return work != null ? Files.createDirectories(work) : Files.createTempDirectory("crosscheck-bench");
    }

    /** Deletes {@code folder} with everything in it unless it is the folder {@code --work} named. */
    static void deleteUnlessKept(Path folder, Path work) throws IOException {
        if (folder == null || work != null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
