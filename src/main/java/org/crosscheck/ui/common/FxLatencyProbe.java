package org.crosscheck.ui.common;

import java.util.Arrays;
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
     */
    public record Waits(int samples, double p50Ms, double p95Ms, double p99Ms, double maxMs, int stalls) {

        /** "samples 512 p50 0.2 p95 1.3 p99 8.0 max 120.4 stalls 1" (milliseconds). */
        public String line() {
            return String.format(Locale.ROOT, "samples %d p50 %.1f p95 %.1f p99 %.1f max %.1f stalls %d",
                    samples, p50Ms, p95Ms, p99Ms, maxMs, stalls);
        }
    }

    private final Thread thread = new Thread(this::probe, "fx-latency-probe");
    private volatile boolean stopped;
    private long[] waits = new long[4096];
    private int count;

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
                record(waited[0]);
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void record(long nanos) {
        if (count == waits.length) {
            waits = Arrays.copyOf(waits, count * 2);
        }
        waits[count++] = nanos;
    }

    /** Stops timing and sums up the waits seen so far. */
    public Waits stop() throws InterruptedException {
        stopped = true;
        thread.join(1000);
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(waits, count);
        }
        Arrays.sort(sorted);
        int stalls = (int) Arrays.stream(sorted).filter(nanos -> nanos >= STALL_MILLIS * 1e6).count();
        return new Waits(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, stalls);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
