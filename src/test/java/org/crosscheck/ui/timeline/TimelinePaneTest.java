package org.crosscheck.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineSamples;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelinePaneTest {

    private final Workspace workspace = new Workspace();
    private TimelinePane pane;

    @Start
    void start(Stage stage) {
        pane = new TimelinePane(new TimelineViewModel(TimelineSamples::seedLike, workspace, Runnable::run,
                Runnable::run));
        pane.refresh();
        stage.setScene(new Scene(pane, 1200, 420));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theTimelineKnowsTheIncidentsAreLoadingUntilTheyArrive(FxRobot robot) {
        var loads = new ArrayList<Runnable>();
        var loadingPane = new TimelinePane(new TimelineViewModel(TimelineSamples::seedLike, new Workspace(),
                loads::add, Runnable::run));
        var timeline = (Timeline) loadingPane.lookup("." + Timeline.STYLE_CLASS);

        robot.interact(loadingPane::refresh);
        assertThat(timeline.isLoading()).isTrue();
        assertThat(timeline.getData().isEmpty()).isTrue();

        robot.interact(() -> loads.forEach(Runnable::run));
        assertThat(timeline.isLoading()).isFalse();
        assertThat(timeline.getData().isEmpty()).isFalse();
    }

    @Test
    void draggingOnTheHistogramStripBrushesJanuaryForEveryView(FxRobot robot) {
        var geometry = geometry();
        var stripY = (geometry.histogramTop() + geometry.histogramBottom()) / 2;
        var from = screen(robot, geometry.x(LocalDate.of(2024, 1, 1).toEpochDay() + 0.5), stripY);
        var to = screen(robot, geometry.x(LocalDate.of(2024, 1, 31).toEpochDay() + 0.5), stripY);

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        var january = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
        assertThat(workspace.timeWindowProperty().get()).isEqualTo(january);
        assertThat(pane.timeline().getBrush()).isEqualTo(january);
        assertThat(pane.viewModel().brushTextProperty().get()).contains("2 of 6 incidents");

        robot.clickOn("#clear-brush");
        assertThat(workspace.timeWindowProperty().get()).isEqualTo(DateRange.ALL);
    }

    @Test
    void clickingAMarkSelectsTheIncidentEverywhere(FxRobot robot) {
        var geometry = geometry();
        var data = pane.timeline().getData();
        var conoco = data.find(3).orElseThrow();

        robot.clickOn(screen(robot, geometry.x(conoco.epochDay() + 0.5), geometry.markY(data.laneOf(3))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedIncidentIdProperty().get()).isEqualTo(3L);
    }

    @Test
    void followsASelectionMadeInAnotherView() {
        Platform.runLater(() -> workspace.selectedIncidentIdProperty().set(5L));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.timeline().getSelectedId()).isEqualTo(5L);
    }

    @Test
    void writesAPictureOfTheSeedTimeline() throws Exception {
        Platform.runLater(() -> workspace.selectedIncidentIdProperty().set(3L));
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> pane.snapshot(null, null)).get();
        var folder = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        var file = folder.resolve("timeline-pane-seedlike.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private org.crosscheck.render.timeline.TimelineGeometry geometry() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TimelineSkin) pane.timeline().getSkin()).geometry();
    }

    private Point2D screen(FxRobot robot, double x, double y) {
        return pane.timeline().localToScreen(x, y);
    }
}
