package org.crosscheck.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps the analyst waiting while work runs in the background: a daemon thread hands
 * it one tiny action at a time and records how long that action waited to run, then hands the next one 10 ms after
 * the last ran. A click or a keystroke at that moment would have waited as long, so the longest waits are how long
 * the window seemed frozen.
 */
public final class FxLatencyProbe {

    private static final long INTERVAL_MILLIS = 10;
    /** A wait this long is a visible stall. */
    private static final double STALL_MILLIS = 100;

    /**
     * What the probe saw.
     *
     * @param samples how many actions it timed
     * @param p50Ms median wait
     * @param p95Ms 95th percentile
     * @param p99Ms 99th percentile
     * @param maxMs the longest wait
     * @param stalls waits of 100 ms or more
     * @param stallTimes when each of those began, "12.3s:742ms" (seconds since the probe started), in order
     */
    public record Waits(int samples, double p50Ms, double p95Ms, double p99Ms, double maxMs, int stalls,
                        List<String> stallTimes) {

        /** "samples 512 p50 0.2 p95 1.3 p99 8.0 max 120.4 stalls 1" (milliseconds). */
        public String line() {
            return String.format(Locale.ROOT, "samples %d p50 %.1f p95 %.1f p99 %.1f max %.1f stalls %d",
                    samples, p50Ms, p95Ms, p99Ms, maxMs, stalls);
        }
    }

    private final Thread thread = new Thread(this::probe, "fx-latency-probe");
    private volatile boolean stopped;
    private final long started = System.nanoTime();
    private long[] waits = new long[4096];
    private int count;
    private final List<String> stallTimes = new ArrayList<>();

    private FxLatencyProbe() {
        thread.setDaemon(true);
    }

    /** Starts timing the FX thread. */
    public static FxLatencyProbe start() {
        var probe = new FxLatencyProbe();
        probe.thread.start();
        return probe;
    }

    private void probe() {
        try {
            while (!stopped) {
                var ran = new CountDownLatch(1);
                long posted = System.nanoTime();
                long[] waited = new long[1];
                Platform.runLater(() -> {
                    waited[0] = System.nanoTime() - posted;
                    ran.countDown();
                });
                while (!ran.await(INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (stopped) {
                        return;
                    }
                }
                record(posted, waited[0]);
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void record(long posted, long nanos) {
        if (count == waits.length) {
            waits = Arrays.copyOf(waits, count * 2);
        }
        waits[count++] = nanos;
        if (nanos >= STALL_MILLIS * 1e6) {
            stallTimes.add(String.format(Locale.ROOT, "%.1fs:%.0fms", (posted - started) / 1e9, nanos / 1e6));
        }
    }

    /** Stops timing and sums up the waits seen so far. */
    public Waits stop() throws InterruptedException {
        stopped = true;
        thread.join(1000);
        long[] sorted;
        List<String> stalls;
        synchronized (this) {
            sorted = Arrays.copyOf(waits, count);
            stalls = List.copyOf(stallTimes);
        }
        Arrays.sort(sorted);
        return new Waits(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, stalls.size(), stalls);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
