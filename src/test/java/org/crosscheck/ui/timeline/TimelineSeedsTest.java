package org.crosscheck.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineItem;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline of the five seed articles after import and extraction, as an analyst first sees it. */
@ExtendWith(ApplicationExtension.class)
class TimelineSeedsTest {

    private static final DateRange JANUARY_2024 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    @TempDir
    static Path folder;

    private final Workspace workspace = new Workspace();
    private AppContext context;
    private TimelinePane pane;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("seeds-" + System.nanoTime() + ".mv.db"));
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        pane = new TimelinePane(context, workspace);
        stage.setScene(new Scene(pane, 1400, 460));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        context.close();
    }

    @Test
    void spansOctober2023ToJuly2024AndABrushOverJanuaryKeepsTheJanuaryIncidents() throws Exception {
        WaitForAsyncUtils.asyncFx(pane::refresh).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pane.timeline().getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var data = pane.timeline().getData();

        assertThat(data.firstDate()).isBetween(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));
        assertThat(data.lastDate()).isBetween(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));
        assertThat(data.lanes()).extracting(lane -> lane.label()).contains("Conoco gas field base");

        WaitForAsyncUtils.asyncFx(() -> workspace.timeWindowProperty().set(JANUARY_2024)).get();
        WaitForAsyncUtils.waitForFxEvents();
        var inJanuary = pane.timeline().getItems().stream().filter(item -> JANUARY_2024.contains(item.date()))
                .map(TimelineItem::id).toList();
        assertThat(inJanuary).isNotEmpty().hasSizeLessThan(pane.timeline().getItems().size());
        assertThat(pane.timeline().getBrush()).isEqualTo(JANUARY_2024);
        assertThat(pane.viewModel().brushTextProperty().get())
                .contains(inJanuary.size() + " of " + pane.timeline().getItems().size());

        WaitForAsyncUtils.asyncFx(() -> workspace.timeWindowProperty().set(DateRange.ALL)).get();
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> pane.snapshot(null, null)).get();
        var screenshots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                screenshots.resolve("timeline-seeds.png").toFile());
        WaitForAsyncUtils.asyncFx(() -> { pane.writePicture(screenshots.resolve("timeline-seeds-export.png")); return null; }).get();
        assertThat(Files.size(screenshots.resolve("timeline-seeds-export.png"))).isGreaterThan(10_000);
    }
}
