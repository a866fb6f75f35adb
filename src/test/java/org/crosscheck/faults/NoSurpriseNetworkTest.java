package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With online tiles off (the default), a full session opens no network socket. The session runs in a child JVM
 * whose every socket entry point is refused and recorded by {@link NetworkGuard}; a probe run shows the guard does
 * catch real attempts, so a silent pass cannot come from a blind guard.
 */
class NoSurpriseNetworkTest {

    @TempDir
    Path folder;

    private static List<String> guardedJvm() {
        return List.of("-Djava.nio.channels.spi.SelectorProvider=" + NetworkGuard.class.getName(),
                "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + System.getProperty("java.io.tmpdir"),
                "-Dcrosscheck.network=off");
    }

    @Test
    void aWholeSessionOpensNoSocket() throws Exception {
        var corpus = folder.resolve("corpus");
        new CorpusGenerator(21, 40, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        var out = Files.createDirectories(folder.resolve("out"));
        var options = new java.util.ArrayList<>(guardedJvm());
        options.add("-Djavafx.cachedir=" + folder.resolve("javafx-cache"));

        try (var child = ChildJvm.launch(options, NoNetworkSessionDriver.class,
                folder.resolve("session.mv.db").toString(), corpus.toString(), out.toString())) {
            assertThat(child.waitFor(180)).as("stderr: %s", child.err()).isZero();
            assertThat(child.out()).as("stdout").contains("attempts 0").anyMatch(line -> line.startsWith("first-frame-ms "));
        }
        assertThat(out.resolve("map.png")).isNotEmptyFile();
        assertThat(out.resolve("articles.csv")).isNotEmptyFile();
    }

    @Test
    void theGuardSeesLoopbackConnectionsThroughEveryApi() throws Exception {
        try (var child = ChildJvm.launch(guardedJvm(), NoNetworkSessionDriver.class, "--probe")) {
            assertThat(child.waitFor(60)).as("stderr: %s", child.err()).isZero();
            assertThat(child.out()).contains("attempts 3");
        }
    }
}
