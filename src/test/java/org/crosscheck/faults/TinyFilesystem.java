package org.crosscheck.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small or read-only filesystem (a tmpfs mounted for the test), so "disk full" and "read-only folder" are
 * the kernel's own ENOSPC and EROFS rather than an imitation. Mounting needs root with mount rights; where that is
 * missing the test using it is skipped with the reason.
 */
final class TinyFilesystem implements AutoCloseable {

    private final Path mountPoint;

    private TinyFilesystem(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "1m") at a new folder under {@code parent}; options e.g. "ro". */
    static TinyFilesystem mount(Path parent, String size, String extraOptions) throws IOException, InterruptedException {
        var mountPoint = Files.createDirectories(parent.resolve("tmpfs"));
        var options = "size=" + size + (extraOptions.isEmpty() ? "" : "," + extraOptions);
        int code = run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString()));
        Assumptions.assumeTrue(code == 0, "cannot mount a tmpfs here (needs root with mount rights)");
        return new TinyFilesystem(mountPoint);
    }

    Path root() {
        return mountPoint;
    }

    /** Makes the mounted filesystem read-only from now on, as a full or failing disk remounted by the kernel. */
    void remountReadOnly() throws IOException, InterruptedException {
        if (run(List.of("mount", "-o", "remount,ro", mountPoint.toString())) != 0) {
            throw new IOException("remount read-only failed");
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run(List.of("umount", "-l", mountPoint.toString())) != 0) {
            throw new IOException("could not unmount " + mountPoint);
        }
    }
}
