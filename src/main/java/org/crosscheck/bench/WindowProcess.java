package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A new process that opens the main window on a database with some system properties set (what it then does and
 * prints is up to them), for the benches that time the window. The process is either this JVM's {@code java} with
 * this class path (no class-data archive: the jar as {@code java -jar} runs it) or an installed launcher such as
 * {@code /opt/crosscheck/bin/Crosscheck}, which gets the properties through {@code JAVA_TOOL_OPTIONS}. It needs a
 * display: the session's X display, else {@code xvfb-run}, else (class path launch only) the headless Monocle platform
 * when it is on the class path.
 */
final class WindowProcess {

    private static final Path XVFB_RUN = Path.of("/usr/bin/xvfb-run");
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw");

    private final Path launcher;
    private final List<String> properties;

    /** {@code launcher} is an installed app's executable, or null for this JVM's java with its class path. */
    WindowProcess(Path launcher, List<String> properties) {
        this.launcher = launcher;
        this.properties = List.copyOf(properties);
    }

    /**
     * Runs the window on {@code db} until it exits and returns what it printed; empty when there is no display to
     * start it on or it did not end within {@code timeoutSeconds} (it is then killed).
     */
    Optional<List<String>> run(Path db, long timeoutSeconds) throws IOException, InterruptedException {
        boolean display = System.getenv("DISPLAY") != null;
        boolean monocle = launcher == null && isPresent("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        boolean xvfb = !display && !monocle && Files.isExecutable(XVFB_RUN);
        if (!display && !monocle && !xvfb) {
            return Optional.empty();
        }
        var builder = new ProcessBuilder(command(db, xvfb, !display && !xvfb));
        if (launcher != null) {
            builder.environment().putAll(launcherEnvironment());
        }
        var output = Files.createTempFile("crosscheck-window", ".txt");
        try {
            var process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return Optional.of(Files.readAllLines(output));
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
            command.addAll(properties);
            if (headless) {
                command.addAll(MONOCLE);
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.crosscheck.Launcher"));
        }
        command.addAll(List.of("--db", db.toString()));
        return command;
    }

    /** What an installed launcher gets instead of command-line options: its JVM reads them from the environment. */
    Map<String, String> launcherEnvironment() {
        return Map.of("JAVA_TOOL_OPTIONS", String.join(" ", properties));
    }

    /** Whether the class is on this class path (without loading it). */
    static boolean isPresent(String className) {
        try {
            Class.forName(className, false, WindowProcess.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
