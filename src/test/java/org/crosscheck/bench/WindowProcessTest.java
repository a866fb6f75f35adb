package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowProcessTest {

    @TempDir
    Path folder;

    @Test
    void classPathLaunchRunsTheLauncherClassWithThePropertiesOnTheDatabase() {
        var db = folder.resolve("window.mv.db");

        var command = new WindowProcess(null, List.of("-Dcrosscheck.timedImport=corpus", "-Xmx1g"))
                .command(db, false, true);

        assertThat(command.get(0)).endsWith("java");
        assertThat(command).contains("-Dcrosscheck.timedImport=corpus", "-Xmx1g", "-Dglass.platform=Monocle",
                "org.crosscheck.Launcher");
        assertThat(command.indexOf("-Xmx1g")).isLessThan(command.indexOf("org.crosscheck.Launcher"));
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("--db", db.toString());
    }

    @Test
    void anInstalledLauncherGetsThePropertiesThroughItsEnvironmentNotItsArguments() {
        var db = folder.resolve("window.mv.db");
        var launcher = Path.of("/opt/crosscheck/bin/Crosscheck");
        var process = new WindowProcess(launcher, List.of("-Dcrosscheck.exitAfterFirstFrame=true", "-Xmx1g"));

        assertThat(process.command(db, true, false))
                .containsExactly("/usr/bin/xvfb-run", "-a", launcher.toString(), "--db", db.toString());
        assertThat(process.launcherEnvironment())
                .containsEntry("JAVA_TOOL_OPTIONS", "-Dcrosscheck.exitAfterFirstFrame=true -Xmx1g");
    }

    @Test
    void returnsWhatTheWindowPrinted() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null || Files.isExecutable(Path.of("/usr/bin/xvfb-run")),
                "needs a display or xvfb-run");
        var launcher = folder.resolve("fake-launcher");
        Files.writeString(launcher, """
                #!/bin/sh
                echo "options $JAVA_TOOL_OPTIONS"
                echo "arguments $*"
                """);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        var db = folder.resolve("window.mv.db");

        var printed = new WindowProcess(launcher, List.of("-Da=1")).run(db, 60);

        assertThat(printed).hasValueSatisfying(lines -> assertThat(lines)
                .contains("options -Da=1", "arguments --db " + db));
    }
}
