package org.crosscheck.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.geo.MapMarker;
import org.crosscheck.geo.MarkerCluster;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.MapFixtures;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapPaneTest {

    @TempDir
    static Path folder;

    private final Workspace workspace = new Workspace();
    private AppContext context;
    private MapPane pane;

    @Start
    void start(Stage stage) throws Exception {
        context = MapFixtures.open(Files.createTempDirectory(folder, "map"));
        pane = new MapPane(context, workspace);
        pane.refresh();
        stage.setScene(new Scene(pane, 1200, 800));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void opensOnSyriaAndIraqAndEveryVisibleTileGetsItsImage() throws Exception {
        waitUntilDrawn();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !visibleTiles().isEmpty()
                && visibleTiles().stream().allMatch(tile -> tile.getImage() != null));

        var view = pane.overlay().lastView();
        assertThat(view.zoom()).isEqualTo(Math.rint(view.zoom()));
        assertThat(view.pixelXOf(36.3)).isBetween(0.0, 1200.0);
        assertThat(view.pixelXOf(44.4)).isBetween(0.0, 1200.0);
        assertThat(view.pixelYOf(33.5)).isBetween(0.0, 800.0);
        assertThat(visibleTiles()).allSatisfy(tile -> assertThat(tile.getImage().getWidth()).isEqualTo(256));
        saveScreenshot("map-pane.png");
    }

    @Test
    void clickingAMarkSelectsItsIncident(FxRobot robot) {
        waitUntilDrawn();
        var single = clusters().stream().filter(MarkerCluster::isSingle).findFirst().orElseThrow();

        robot.clickOn(pane.mapView().localToScreen(single.x(), single.y()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedIncidentIdProperty().get()).isEqualTo(single.members().get(0).id());
    }

    @Test
    void hoveringAMarkTellsSiteDateReportsAndConflicts(FxRobot robot) {
        waitUntilDrawn();
        var single = clusters().stream().filter(MarkerCluster::isSingle).findFirst().orElseThrow();
        var marker = single.members().get(0);

        robot.moveTo(pane.mapView().localToScreen(single.x(), single.y()));
        WaitForAsyncUtils.waitForFxEvents();

        var hover = robot.lookup(".map-hover").queryAs(javafx.scene.control.Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).contains(marker.siteName(), marker.dateText(), marker.reports() + " report");
    }

    @Test
    void clickingAGroupOffersItsIncidentsToPick(FxRobot robot) {
        waitUntilDrawn();
        var group = clusters().stream().filter(cluster -> !cluster.isSingle()).findFirst().orElseThrow();
        var second = group.members().get(1).id();

        robot.clickOn(pane.mapView().localToScreen(group.x(), group.y()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map-pick-" + second);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.selectedIncidentIdProperty().get()).isEqualTo(second);
    }

    @Test
    void followsTheTimelineBrush() throws Exception {
        waitUntilDrawn();
        assertThat(pane.markers()).hasSize(8);

        Platform.runLater(() -> workspace.timeWindowProperty().set(
                new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.markers().size() == 4);

        assertThat(pane.markers()).allSatisfy(marker -> assertThat(marker.dateText()).endsWith("Jan 2024"));
    }

    @Test
    void showsTheIncidentsTheTimelineLoadedOnceTheyArePublished() throws Exception {
        waitUntilDrawn();
        var summaries = context.incidents().summaries(DateRange.ALL);
        var markersRead = pane.markers().stream().map(MapMarker::id).sorted().toList();

        Platform.runLater(() -> workspace.loadedIncidentsProperty().set(LoadedIncidents.of(summaries.subList(0, 3))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.markers().size() == 3);
        assertThat(pane.markers()).extracting(MapMarker::id)
                .containsExactlyInAnyOrderElementsOf(summaries.subList(0, 3).stream()
                        .map(summary -> summary.incident().id()).toList());

        Platform.runLater(() -> workspace.loadedIncidentsProperty().set(LoadedIncidents.of(summaries)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.markers().size() == summaries.size());
        assertThat(pane.markers().stream().map(MapMarker::id).sorted().toList())
                .isEqualTo(markersRead);
    }

    @Test
    void zoomButtonsStepWholeLevels(FxRobot robot) {
        waitUntilDrawn();
        var before = pane.overlay().lastView().zoom();

        robot.clickOn("#map-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.overlay().lastView().zoom()).isEqualTo(before + 1);
    }

    @Test
    void savesTheMapAsShownToAPng() throws Exception {
        waitUntilDrawn();
        var file = Files.createTempDirectory(folder, "png").resolve("map.png");

        Platform.runLater(() -> pane.savePng(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> pane.viewModel().statusProperty().get().startsWith("Saved the map"));

        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(pane.mapView().getWidth()));
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() / 2)).isNotEqualTo(image.getRGB(2, 2));
    }

    private void waitUntilDrawn() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.viewModel().loadedProperty().get()
                    && pane.overlay().lastView() != null && !pane.overlay().visibleClusters().isEmpty());
        } catch (Exception e) {
            throw new AssertionError("the map did not draw its incidents", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<MarkerCluster> clusters() {
        return pane.overlay().visibleClusters();
    }

    /** The tile images Gluon shows now: visible, and inside the map. */
    private List<ImageView> visibleTiles() {
        var map = pane.mapView();
        var bounds = map.localToScene(map.getLayoutBounds());
        return map.lookupAll(".image-view").stream()
                .filter(node -> node instanceof ImageView && node.getParent() != null && node.getParent().isVisible())
                .map(ImageView.class::cast)
                .filter(tile -> tile.localToScene(tile.getLayoutBounds()).intersects(bounds))
                .toList();
    }

    private void saveScreenshot(String name) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> pane.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        var screenshots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", screenshots.resolve(name).toFile());
    }
}
