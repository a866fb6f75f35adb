package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartBenchTest {

    @TempDir
    Path folder;

    @Test
    void readsTheFirstFrameALauncherReports() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null || Files.isExecutable(Path.of("/usr/bin/xvfb-run")),
                "needs a display or xvfb-run");
        var launcher = folder.resolve("fake-launcher");
        Files.writeString(launcher, """
                #!/bin/sh
                case "$JAVA_TOOL_OPTIONS" in
                    *-Dcrosscheck.exitAfterFirstFrame=true*) [ "$1 $2" = "--db %s" ] && echo "first-frame-ms 1234" ;;
                esac
                """.formatted(folder.resolve("start.mv.db")));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));

        assertThat(new StartBench(launcher).firstFrameMillis(folder.resolve("start.mv.db"))).isEqualTo(1234);
    }

    @Test
    void measuresARealStartOfTheWindowAndLeavesNoTraceFile() throws Exception {
        var db = folder.resolve("start.mv.db");

        long millis = new StartBench(null).firstFrameMillis(db);

        assumeTrue(millis != StartBench.NOT_MEASURED || !hasDisplayOrMonocle(), "no display to start on");
        assertThat(millis).isPositive();
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".trace.db"));
        }
    }

    private static boolean hasDisplayOrMonocle() {
        return System.getenv("DISPLAY") != null || Files.isExecutable(Path.of("/usr/bin/xvfb-run"))
                || WindowProcess.isPresent("com.sun.glass.ui.monocle.MonoclePlatformFactory");
    }
}
