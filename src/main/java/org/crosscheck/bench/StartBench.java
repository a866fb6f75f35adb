package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start as the analyst waits for it: a new process opens the main window on a database and reports, with
 * {@code -Dcrosscheck.exitAfterFirstFrame=true}, the milliseconds from its own start to the first laid-out frame.
 * The process is either this JVM's {@code java} with this class path (no class-data archive: the jar as
 * {@code java -jar} runs it) or an installed launcher such as {@code /opt/crosscheck/bin/Crosscheck}, which starts
 * with whatever its package set up (the .deb's AppCDS archive); the properties then go in through
 * {@code JAVA_TOOL_OPTIONS}. Needs a display: the session's X display, else {@code xvfb-run}, else (for the class
 * path launch only) the headless Monocle platform when it is on the class path.
 */
public final class StartBench {

    /** What {@link #firstFrameMillis} returns when there is no display to start on, or no frame came. */
    public static final long NOT_MEASURED = -1;

    private static final Path XVFB_RUN = Path.of("/usr/bin/xvfb-run");
    private static final List<String> APP_PROPERTIES = List.of("-Xmx1g", "-Dcrosscheck.exitAfterFirstFrame=true",
            "-Dcrosscheck.network=off");
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw");
    private static final String FIRST_FRAME = "first-frame-ms ";

    private final Path launcher;

    /** Starts {@code launcher} (an installed app's executable), or this JVM's java with its class path when null. */
    public StartBench(Path launcher) {
        this.launcher = launcher;
    }

    /** One cold start on {@code db}: milliseconds to the first frame, or {@link #NOT_MEASURED}. */
    public long firstFrameMillis(Path db) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null;
        boolean monocle = launcher == null && isPresent("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        boolean xvfb = !display && !monocle && Files.isExecutable(XVFB_RUN);
        if (!display && !monocle && !xvfb) {
            return NOT_MEASURED;
        }
        var builder = new ProcessBuilder(command(db, xvfb, !display && !xvfb));
        if (launcher != null) {
            builder.environment().putAll(launcherEnvironment());
        }
        var output = Files.createTempFile("crosscheck-start", ".txt");
        try {
            var process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return NOT_MEASURED;
            }
            return Files.readAllLines(output).stream().filter(line -> line.startsWith(FIRST_FRAME))
                    .mapToLong(line -> Long.parseLong(line.substring(FIRST_FRAME.length()).strip()))
                    .findFirst().orElse(NOT_MEASURED);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The command line of one start; {@code headless} selects Monocle (class path launch only). */
    List<String> command(Path db, boolean throughXvfb, boolean headless) {
        var command = new ArrayList<String>();
        if (throughXvfb) {
            command.addAll(List.of(XVFB_RUN.toString(), "-a"));
        }
        if (launcher != null) {
            command.add(launcher.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(APP_PROPERTIES);
            if (headless) {
                command.addAll(MONOCLE);
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.crosscheck.Launcher"));
        }
        command.addAll(List.of("--db", db.toString()));
        return command;
    }

    /** What an installed launcher gets instead of command-line options: its JVM reads them from the environment. */
    static Map<String, String> launcherEnvironment() {
        return Map.of("JAVA_TOOL_OPTIONS", String.join(" ", APP_PROPERTIES));
    }

    /** Whether the class is on this class path (without loading it). */
    static boolean isPresent(String className) {
        try {
            Class.forName(className, false, StartBench.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
