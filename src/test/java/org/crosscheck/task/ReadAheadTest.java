package org.crosscheck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void handsBackResultsInInputOrderWhateverOrderTheThreadsFinishIn() {
        var inputs = IntStream.range(0, 200).boxed().toList();
        var results = new ArrayList<Integer>();
        try (var ahead = new ReadAhead<Integer, Integer>(inputs, number -> {
            sleepMillis((number * 7) % 5);
            return number * 10;
        }, number -> 1, 3, 16, 1_000, "test-reader")) {
            while (ahead.hasNext()) {
                results.add(ahead.next());
            }
        }

        assertThat(results).isEqualTo(inputs.stream().map(number -> number * 10).toList());
    }

    @Test
    void throwsWhatTheWorkThrewWhenThatInputIsTaken() {
        var inputs = List.of(1, 2, 3);
        try (var ahead = new ReadAhead<Integer, Integer>(inputs, number -> {
            if (number == 2) {
                throw new IllegalStateException("cannot read 2");
            }
            return number;
        }, number -> 1, 2, 8, 1_000, "test-reader")) {
            assertThat(ahead.next()).isEqualTo(1);
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessage("cannot read 2");
            assertThat(ahead.next()).isEqualTo(3);
            assertThat(ahead.hasNext()).isFalse();
            assertThatThrownBy(ahead::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void startsNoMoreThanTheWeightBudgetAheadButAlwaysOne() throws InterruptedException {
        var started = new AtomicInteger();
        var release = new CountDownLatch(1);
        var inputs = List.of(5, 5, 5, 5, 5, 5);
        try (var ahead = new ReadAhead<Integer, Integer>(inputs, weight -> {
            started.incrementAndGet();
            await(release);
            return weight;
        }, weight -> weight, 4, 100, 12, "test-reader")) {
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(started.get()).isEqualTo(3);
            release.countDown();
        }

        try (var heavy = new ReadAhead<Integer, Integer>(List.of(50, 50), weight -> weight, weight -> weight, 2, 100,
                12, "test-reader")) {
            assertThat(heavy.next()).isEqualTo(50);
            assertThat(heavy.next()).isEqualTo(50);
        }
    }

    @Test
    void closingDropsTheInputsNotStarted() throws InterruptedException {
        var done = new AtomicInteger();
        var inputs = IntStream.range(0, 50).boxed().toList();
        try (var ahead = new ReadAhead<Integer, Integer>(inputs, number -> {
            sleepMillis(20);
            done.incrementAndGet();
            return number;
        }, number -> 1, 1, 50, 1_000, "test-reader")) {
            ahead.next();
        }
        TimeUnit.MILLISECONDS.sleep(300);

        assertThat(done.get()).isLessThan(5);
    }

    private static void sleepMillis(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
