package org.crosscheck.task;

import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Works through a list on a few background threads a bounded distance ahead of the caller, who takes the results
 * one by one in list order: an import reads and parses the next files while it stores the ones before, and an
 * extraction extracts the next articles while it stores the ones before, both still in list order. How far it
 * works ahead is bounded by a count and by a total weight (bytes of the files in flight), so large inputs do not
 * pile up in memory. Closing it drops what was not started; nothing is interrupted.
 */
public final class ReadAhead<T, R> implements AutoCloseable {

    private final List<T> inputs;
    private final Function<T, R> work;
    private final ToLongFunction<T> weight;
    private final int maxAhead;
    private final long maxWeightAhead;
    private final ExecutorService threads;
    private final ArrayDeque<Future<R>> ahead = new ArrayDeque<>();
    private final ArrayDeque<Long> weights = new ArrayDeque<>();
    private int submitted;
    private long weightAhead;

    /**
     * Starts working on the first inputs at once.
     *
     * @param maxAhead       most inputs started and not yet taken
     * @param maxWeightAhead most total weight of the inputs started and not yet taken (one input always starts)
     */
    public ReadAhead(List<T> inputs, Function<T, R> work, ToLongFunction<T> weight, int threadCount, int maxAhead,
              long maxWeightAhead, String threadName) {
        this.inputs = List.copyOf(inputs);
        this.work = work;
        this.weight = weight;
        this.maxAhead = maxAhead;
        this.maxWeightAhead = maxWeightAhead;
        var number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            var thread = new Thread(runnable, threadName + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        fill();
    }

    public boolean hasNext() {
        return !ahead.isEmpty() || submitted < inputs.size();
    }

    /**
     * The result for the next input in list order, waiting for it if needed; what the work threw for that input is
     * thrown here. An interrupt while waiting counts as cancelling.
     */
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        fill();
        var result = ahead.poll();
        weightAhead -= weights.poll();
        fill();
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (submitted < inputs.size()
                && (ahead.isEmpty() || ahead.size() < maxAhead && weightAhead < maxWeightAhead)) {
            var input = inputs.get(submitted++);
            long inputWeight = weight.applyAsLong(input);
            ahead.add(threads.submit(() -> work.apply(input)));
            weights.add(inputWeight);
            weightAhead += inputWeight;
        }
    }

    /** Drops the inputs not started; those running finish on their own and their results are discarded. */
    @Override
    public void close() {
        for (var result : ahead) {
            result.cancel(false);
        }
        ahead.clear();
        weights.clear();
        threads.shutdown();
    }
}
