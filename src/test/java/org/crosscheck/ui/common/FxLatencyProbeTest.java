package org.crosscheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxLatencyProbeTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("probe"), 200, 100));
        stage.show();
    }

    @Test
    void seesTheFxThreadAnswerAtOnceWhenIdleAndCountsAStallAsLongAsTheBlock() throws Exception {
        var probe = FxLatencyProbe.start();
        Thread.sleep(300);
        Platform.runLater(() -> sleep(400));
        Thread.sleep(700);

        var waits = probe.stop();

        assertThat(waits.samples()).isGreaterThan(10);
        assertThat(waits.p50Ms()).isLessThan(50);
        assertThat(waits.maxMs()).isBetween(300.0, 2000.0);
        assertThat(waits.stalls()).isEqualTo(1);
        assertThat(waits.line()).matches("samples \\d+ p50 [0-9.]+ p95 [0-9.]+ p99 [0-9.]+ max [0-9.]+ stalls 1");
        assertThat(waits.stallTimes()).singleElement().asString().matches("0\\.[2-9]s:[0-9]+ms");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
