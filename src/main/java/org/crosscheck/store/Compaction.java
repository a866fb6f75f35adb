package org.crosscheck.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The outcome of compacting a database file ({@link Database#compact}).
 *
 * @param file the {@code .mv.db} file
 * @param bytesBefore its size before
 * @param bytesAfter its size after
 * @param took how long the compaction ran
 */
public record Compaction(Path file, long bytesBefore, long bytesAfter, Duration took) {

    /** "Compacted crosscheck.mv.db from 48.3 GB to 2.1 GB in 195 s." */
    public String summary() {
        return "Compacted " + file + " from " + FileUse.size(bytesBefore) + " to " + FileUse.size(bytesAfter) + " in "
                + Math.max(1, Math.round(took.toMillis() / 1000.0)) + " s.";
    }
}
