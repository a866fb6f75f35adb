package org.crosscheck.ingest;

import java.nio.file.Path;

/** A file that was not imported, with one plain sentence saying why. */
public record ImportFailure(Path file, String reason) {
}
