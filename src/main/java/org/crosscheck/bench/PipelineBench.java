package org.crosscheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.crosscheck.AppContext;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.MapBench;
import org.crosscheck.store.Database;
import org.crosscheck.store.FileUse;
import org.crosscheck.task.Progress;

/**
 * One run of {@code crosscheck bench}: every figure of the scale targets measured on the same machine in one go —
 * ingest of N generated articles beside the floor for the same bytes (read, hash, batch insert, nothing else),
 * the database file's size and its compaction when an import would compact it, full-text search latency
 * ({@link SearchBench}), the incident filter, map and timeline at 50,000 incidents, export, cold start to the first
 * frame and peak heap.
 * Figures are printed, never asserted: targets belong in docs/performance.md.
 */
public final class PipelineBench {

    /** Writes the export of the database at {@code db} into {@code folder} (the CLI's export, timed from outside). */
    @FunctionalInterface
    public interface Exporter {
        void export(Path db, Path folder) throws IOException;
    }

    private static final int FLOOR_BATCH = 500;

    private final int articles;
    private final int incidents;
    private final long seed;
    private final Path workFolder;
    private final Exporter exporter;
    private final Consumer<String> log;

    public PipelineBench(int articles, int incidents, long seed, Path workFolder, Exporter exporter,
                         Consumer<String> log) {
        this.articles = articles;
        this.incidents = incidents;
        this.seed = seed;
        this.workFolder = workFolder.toAbsolutePath();
        this.exporter = exporter;
        this.log = log;
    }

    /** Runs every measurement and returns the figures by name, in the order they are printed. */
    public Map<String, Object> run() throws IOException, InterruptedException {
        var heap = new HeapSampler();
        heap.start();
        var figures = new LoggedFigures(log);
        figures.put("articles", articles);

        log.accept("generating " + articles + " articles");
        var corpus = workFolder.resolve("corpus");
        var files = new CorpusGenerator(seed, articles, SitesCsv.bundled()).writeTo(corpus, Progress.NONE);
        figures.put("corpus_mb", round(folderBytes(files) / 1048576.0));

        log.accept("floor: read + hash + batch insert");
        double floor = floorSeconds(files, workFolder.resolve("floor"));
        var db = workFolder.resolve("bench.mv.db");
        double ingest;
        FileUse fileUse;
        try (var context = AppContext.open(db)) {
            log.accept("ingest");
            long start = System.nanoTime();
            var report = context.importer().importPaths(List.of(corpus), Progress.NONE);
            double importOnly = seconds(start);
            log.accept("extract");
            var extraction = context.extractor().extractArticles(
                    report.imported().stream().map(ArticleSummary::id).toList(), Progress.NONE);
            ingest = seconds(start);
            figures.put("imported", report.imported().size());
            figures.put("incidents_extracted", extraction.newIncidents());
            figures.put("import_seconds", round(importOnly));
            figures.put("extract_seconds", round(ingest - importOnly));
            figures.put("ingest_seconds", round(ingest));
            figures.put("floor_seconds", round(floor));
            figures.put("ingest_ratio", round(ingest / floor));
            figures.put("articles_per_second", Math.round(articles / ingest));
            fileUse = context.database().fileUse();
        }
        compactAsImportDoes(db, fileUse, figures);

        try (var context = AppContext.open(db)) {
            log.accept("search");
            SearchBench.measure(context).forEach(figures::put);

            // Map, brush and export are measured at --incidents in all: synthetic ones top up the extracted ones.
            long missing = Math.max(0, incidents - context.stats().counts().get("incidents"));
            log.accept("adding " + missing + " synthetic incidents");
            long populate = System.nanoTime();
            SyntheticIncidents.populate(context, (int) missing, seed, Progress.NONE);
            figures.put("incidents", context.stats().counts().get("incidents"));
            figures.put("claims", context.stats().counts().get("claims"));
            figures.put("populate_seconds", round(seconds(populate)));

            log.accept("incident filter");
            figures.put("incident_filter_ms", round(percentile(incidentFilterLatencies(context), 50)));

            log.accept("map");
            new MapBench(SitesCsv.bundled()).run(Math.min(incidents, 2_000), seed);
            var map = new MapBench(SitesCsv.bundled()).run(incidents, seed);
            figures.put("map_frame_ms", round(map.frameMeanMs()));
            figures.put("map_frame_p95_ms", round(map.frameP95Ms()));
            figures.put("map_pan_ms", round(map.panMeanMs()));
            figures.put("map_zoom_ms", round(map.zoomMeanMs()));

            log.accept("timeline brush");
            var timeline = TimelineBench.measure(context, 30, 1600, 900).figures();
            for (var key : List.of("brush_ms", "brush_p95_ms", "brush_load_ms", "brush_map_ms", "brush_render_ms",
                    "brush_articles_ms")) {
                figures.put(key, timeline.get(key));
            }
        }

        log.accept("export");
        var exportFolder = workFolder.resolve("export");
        long exportStart = System.nanoTime();
        exporter.export(db, exportFolder);
        figures.put("export_seconds", round(seconds(exportStart)));

        log.accept("cold start to first frame");
        figures.put("start_ms", new StartBench(null).firstFrameMillis(db));
        figures.put("heap_mb", Math.round(heap.stop() / 1048576.0));
        return figures;
    }

    /**
     * Compacts the database file when {@code crosscheck import} would ({@link FileUse#worthCompacting}), so what is
     * measured after it reads the file an analyst's database would have.
     */
    private void compactAsImportDoes(Path db, FileUse fileUse, Map<String, Object> figures) {
        figures.put("file_mb", Math.round(fileUse.fileBytes() / 1048576.0));
        figures.put("file_live_percent", fileUse.livePercent());
        double compactSeconds = 0;
        long compactedBytes = fileUse.fileBytes();
        if (fileUse.worthCompacting()) {
            log.accept("compact (" + fileUse.describe() + ")");
            var compaction = Database.compact(db);
            compactSeconds = compaction.took().toMillis() / 1000.0;
            compactedBytes = compaction.bytesAfter();
        }
        figures.put("compact_seconds", round(compactSeconds));
        figures.put("compacted_file_mb", Math.round(compactedBytes / 1048576.0));
    }

    /**
     * The least any ingest must do with these bytes: read each file, hash it, insert it in batches (ids from the
     * same 10,000-id identity cache as the application's tables).
     */
    static double floorSeconds(List<Path> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        var url = "jdbc:h2:file:" + folder.resolve("floor") + ";WRITE_DELAY=0";
        long start = System.nanoTime();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE floor_article (id BIGINT GENERATED BY DEFAULT AS IDENTITY (CACHE 10000) "
                        + "PRIMARY KEY,"
                        + " file_name VARCHAR(1024) NOT NULL, sha256 CHAR(64) NOT NULL UNIQUE, text CLOB NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO floor_article (file_name, sha256, text) VALUES (?, ?, ?)")) {
                var digest = MessageDigest.getInstance("SHA-256");
                int inBatch = 0;
                for (var file : files) {
                    var bytes = Files.readAllBytes(file);
                    insert.setString(1, file.getFileName().toString());
                    insert.setString(2, HexFormat.of().formatHex(digest.digest(bytes)));
                    insert.setString(3, new String(bytes, StandardCharsets.UTF_8));
                    insert.addBatch();
                    if (++inBatch == FLOOR_BATCH) {
                        insert.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IOException("the floor measurement failed: " + e.getMessage(), e);
        }
        return seconds(start);
    }

    /** Milliseconds to fetch the incident summaries of a one-month window, as the map and lists do on a brush. */
    private double[] incidentFilterLatencies(AppContext context) {
        var random = new SplittableRandom(seed);
        var latencies = new double[25];
        for (int i = -5; i < latencies.length; i++) {
            var from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
            long start = System.nanoTime();
            context.incidents().summaries(new DateRange(from, from.plusDays(30)));
            if (i >= 0) {
                latencies[i] = millis(start);
            }
        }
        return latencies;
    }

    private static long folderBytes(List<Path> files) throws IOException {
        long total = 0;
        for (var file : files) {
            total += Files.size(file);
        }
        return total;
    }

    static double percentile(double[] values, int percent) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The figures in the order they are measured, each also logged as it comes in, so a run that fails late (after
     * half an hour at 100,000 articles) still leaves what it measured.
     */
    private static final class LoggedFigures extends LinkedHashMap<String, Object> {
        private final transient Consumer<String> log;

        LoggedFigures(Consumer<String> log) {
            this.log = log;
        }

        @Override
        public Object put(String key, Object value) {
            log.accept(key + " " + value);
            return super.put(key, value);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Samples the used heap every 50 ms; the maximum seen is the peak the run needed. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread = new Thread(this::sample, "bench-heap-sampler");
        private volatile boolean running = true;

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
