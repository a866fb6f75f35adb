package org.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crosscheck.AppContext;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.task.Progress;

/**
 * The window while a large import runs, as the analyst sees it: generates N articles, then a new process opens the
 * main window on a new database and imports them through it (import and extraction, as a dropped folder), while a
 * probe hands the FX thread one tiny action every 10 ms and times how long each waited to run
 * ({@code -Dcrosscheck.timedImport}). A click or keystroke would have waited as long: the figures are the waits'
 * median, 95th and 99th percentiles and maximum, the waits of 100 ms or more, and the import's time in the window.
 */
public final class WindowBench {

    private static final String IMPORT_SECONDS = "window-import-seconds ";
    private static final String WAITS = "fx-wait-ms ";
    private static final String STALLS_AT = "fx-stalls-at";

    private final int articles;
    private final long seed;
    private final Path workFolder;
    private final Consumer<String> log;

    public WindowBench(int articles, long seed, Path workFolder, Consumer<String> log) {
        this.articles = articles;
        this.seed = seed;
        this.workFolder = workFolder.toAbsolutePath();
        this.log = log;
    }

    /** Runs the window's import and returns the figures by name. */
    public Map<String, Object> run() throws IOException, InterruptedException {
        log.accept("generating " + articles + " articles");
        var corpus = workFolder.resolve("corpus");
        new CorpusGenerator(seed, articles, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        var db = workFolder.resolve("window.mv.db");
        try (var context = AppContext.open(db)) {
            // The seed articles a new database gets in the window, so the window has no start-up import of its own.
            context.importer().importSeeds(Progress.NONE);
        }
        log.accept("importing through the window");
        var properties = List.of("-Xmx1g", "-Dcrosscheck.network=off", "-Dcrosscheck.timedImport=" + corpus);
        var printed = new WindowProcess(null, properties).run(db, 600 + articles / 5L).orElseThrow(() ->
                new IOException("No window to time: there is no display (DISPLAY, xvfb-run or Monocle on the class"
                        + " path), or the window did not finish the import in time."));
        var figures = new LinkedHashMap<String, Object>();
        figures.put("articles", articles);
        for (var line : printed) {
            if (line.startsWith(IMPORT_SECONDS)) {
                figures.put("window_import_seconds", Double.parseDouble(line.substring(IMPORT_SECONDS.length())));
            } else if (line.startsWith(STALLS_AT)) {
                log.accept("waits of 100 ms or more (seconds since the import began: milliseconds):"
                        + line.substring(STALLS_AT.length()));
            } else if (line.startsWith(WAITS)) {
                var words = line.substring(WAITS.length()).split(" ");
                for (int i = 0; i + 1 < words.length; i += 2) {
                    boolean count = words[i].equals("samples") || words[i].equals("stalls");
                    figures.put("fx_wait_" + words[i] + (count ? "" : "_ms"),
                            count ? (Object) Long.parseLong(words[i + 1]) : Double.parseDouble(words[i + 1]));
                }
            }
        }
        if (!figures.containsKey("window_import_seconds")) {
            throw new IOException("The window did not report its import: " + String.join(" | ", lastLines(printed)));
        }
        return figures;
    }

    private static List<String> lastLines(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size());
    }
}
