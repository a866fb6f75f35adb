package org.crosscheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Background jobs as the status bar runs them, and what closing the window does to them. */
@ExtendWith(ApplicationExtension.class)
class FxTasksTest {

    @Test
    void closingCancelsARunningJobWaitsUntilItStopsAndDropsItsCallbacks() throws Exception {
        var tasks = new FxTasks();
        var started = new CountDownLatch(1);
        var stopped = new AtomicBoolean();
        var callbacks = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> tasks.run("Slow import", progress -> {
            started.countDown();
            while (!progress.isCancelled()) {
                Thread.sleep(10);
            }
            Thread.sleep(300);
            stopped.set(true);
            return "stored so far";
        }, result -> callbacks.incrementAndGet(), error -> callbacks.incrementAndGet())).get();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(tasks::close).get();

        assertThat(stopped).as("the job had stopped when close returned").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(callbacks).as("callbacks after close").hasValue(0);
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void aJobThatEndsRunsItsSuccessCallbackOnTheFxThread() throws Exception {
        var tasks = new FxTasks();
        var result = new java.util.concurrent.CompletableFuture<Boolean>();
        WaitForAsyncUtils.asyncFx(() -> tasks.run("Quick", progress -> "done",
                value -> result.complete(javafx.application.Platform.isFxApplicationThread() && value.equals("done")),
                result::completeExceptionally)).get();

        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(tasks::close).get();
    }
}
