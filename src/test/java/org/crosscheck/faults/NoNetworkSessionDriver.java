package org.crosscheck.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.crosscheck.CrosscheckApp;
import org.crosscheck.Launcher;
import org.crosscheck.cli.CrosscheckCommand;

/**
 * A child-process main that runs a whole Crosscheck session under {@link NetworkGuard}: import, map and timeline
 * pictures, every export, statistics, then the main window until its first frame. It prints {@code attempts N}
 * and the stack of each attempt. With {@code --probe} it instead tries three loopback connections, to show the
 * guard sees them. Arguments: database file, corpus folder, export folder.
 */
public final class NoNetworkSessionDriver {

    private NoNetworkSessionDriver() {
    }

    public static void main(String[] args) throws Exception {
        NetworkGuard.install();
        if (args[0].equals("--probe")) {
            probe();
        } else {
            session(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        }
        var attempts = NetworkGuard.attempts();
        System.out.println("attempts " + attempts.size());
        attempts.forEach(System.out::println);
        System.out.flush();
        System.exit(0);
    }

    private static void session(Path db, Path corpus, Path out) {
        var dbArgument = db.toString();
        require(CrosscheckCommand.run("import", corpus.toString(), "--db", dbArgument), "import");
        require(CrosscheckCommand.run("render", "map", "--db", dbArgument, "--out", out.resolve("map.png").toString()),
                "render map");
        require(CrosscheckCommand.run("render", "timeline", "--db", dbArgument, "--out",
                out.resolve("timeline.png").toString()), "render timeline");
        require(CrosscheckCommand.run("export", "--db", dbArgument, "--out", out.toString()),
                "export");
        require(CrosscheckCommand.run("stats", "--db", dbArgument), "stats");
        System.setProperty(CrosscheckApp.EXIT_AFTER_FIRST_FRAME, "true");
        Launcher.main(new String[] {"--db", dbArgument});
    }

    private static void require(int exitCode, String step) {
        if (exitCode != 0) {
            throw new IllegalStateException(step + " failed with exit code " + exitCode);
        }
    }

    private static void probe() {
        tryTo(() -> new URI("http://127.0.0.1:9/tile.png").toURL().openStream().close());
        tryTo(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(new URI("http://127.0.0.1:9/")).build(),
                HttpResponse.BodyHandlers.discarding()));
        tryTo(() -> new java.net.Socket("127.0.0.1", 9).close());
    }

    private interface Attempt {
        void run() throws Exception;
    }

    private static void tryTo(Attempt attempt) {
        try {
            attempt.run();
        } catch (Exception | Error e) {
            System.out.println("probe refused: " + e);
        }
    }
}
