package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Cold start as the analyst waits for it: a new process opens the main window on a database and reports, with
 * {@code -Dcrosscheck.exitAfterFirstFrame=true}, the milliseconds from its own start to the first laid-out frame.
 * The process is this JVM's {@code java} with this class path (the jar as {@code java -jar} runs it, without a
 * class-data archive) or an installed launcher, which starts with whatever its package set up (the .deb's AppCDS
 * archive); {@link WindowProcess} says how it is started and on which display.
 */
public final class StartBench {

    /** What {@link #firstFrameMillis} returns when there is no display to start on, or no frame came. */
    public static final long NOT_MEASURED = -1;

    static final List<String> APP_PROPERTIES = List.of("-Xmx1g", "-Dcrosscheck.exitAfterFirstFrame=true",
            "-Dcrosscheck.network=off");
    private static final String FIRST_FRAME = "first-frame-ms ";

    private final WindowProcess window;

    /** Starts {@code launcher} (an installed app's executable), or this JVM's java with its class path when null. */
    public StartBench(Path launcher) {
        this.window = new WindowProcess(launcher, APP_PROPERTIES);
    }

    /** One cold start on {@code db}: milliseconds to the first frame, or {@link #NOT_MEASURED}. */
    public long firstFrameMillis(Path db) throws IOException, InterruptedException {
        return window.run(db, 120).stream().flatMap(List::stream)
                .filter(line -> line.startsWith(FIRST_FRAME))
                .mapToLong(line -> Long.parseLong(line.substring(FIRST_FRAME.length()).strip()))
                .findFirst().orElse(NOT_MEASURED);
    }
}
