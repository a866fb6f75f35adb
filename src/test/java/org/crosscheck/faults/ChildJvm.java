package org.crosscheck.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process running one of our main classes on the test classpath, so a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly()}) at any moment, or let it hold a database open, as a real crash or a second
 * window would. Its standard output and error go to files, not pipes: a pipe read races with the JVM draining it
 * when the child dies, and a line the child printed just before the kill could be lost.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path outFile;
    private final Path errFile;

    private ChildJvm(Process process, Path outFile, Path errFile) {
        this.process = process;
        this.outFile = outFile;
        this.errFile = errFile;
    }

    /** Starts {@code mainClass} with the arguments in a fresh JVM with the classpath of this test run. */
    static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        return startWithHeap("256m", mainClass, args);
    }

    /** Like {@link #start} with a maximum heap (e.g. "96m"), to prove that work runs in bounded memory. */
    static ChildJvm startWithHeap(String maxHeap, Class<?> mainClass, String... args) throws IOException {
        return launch(List.of("-Xmx" + maxHeap), mainClass, args);
    }

    /** Starts {@code mainClass} with extra JVM options (a later -Xmx wins over the default 256m). */
    static ChildJvm launch(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dcrosscheck.network=off");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        var outFile = Files.createTempFile("child-out", ".txt");
        var errFile = Files.createTempFile("child-err", ".txt");
        var process = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile())
                .start();
        return new ChildJvm(process, outFile, errFile);
    }

    /** The lines written to standard output so far. */
    List<String> out() {
        return lines(outFile);
    }

    List<String> err() {
        return lines(errFile);
    }

    private static List<String> lines(Path file) {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1)).stream()
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until a line starting with the prefix was printed or the process ended; true if it was printed. */
    boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            boolean alive = process.isAlive();
            if (out().stream().anyMatch(line -> line.startsWith(prefix))) {
                return true;
            }
            if (!alive) {
                return false;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** SIGKILL: the process gets no chance to flush, commit or close anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for a normal end and returns the exit code. */
    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("child process did not end within " + timeoutSeconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    /** Closes its standard input, the signal our drivers take to close the database and exit normally. */
    void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(outFile);
        Files.deleteIfExists(errFile);
    }
}
