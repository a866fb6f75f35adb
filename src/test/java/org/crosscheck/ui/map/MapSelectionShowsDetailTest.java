package org.crosscheck.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.crosscheck.geo.MarkerCluster;
import org.crosscheck.ui.SeededWindow;
import org.crosscheck.ui.detail.IncidentDetailView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the main window, clicking an incident's marker on the map opens the detail panel of that incident. */
@ExtendWith(ApplicationExtension.class)
class MapSelectionShowsDetailTest {

    @TempDir
    Path folder;

    private SeededWindow seeded;

    @Start
    void start(Stage stage) {
        seeded = SeededWindow.open(folder, stage, 1600, 1000);
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void clickingAMarkerShowsTheIncidentDetail(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-map");
        var pane = robot.lookup("." + MapPane.STYLE_CLASS).queryAs(MapPane.class);
        SeededWindow.waitUntil(() -> pane.viewModel().loadedProperty().get() && pane.overlay().lastView() != null
                && pane.overlay().visibleClusters().stream().anyMatch(MarkerCluster::isSingle));
        var single = pane.overlay().visibleClusters().stream().filter(MarkerCluster::isSingle).findFirst()
                .orElseThrow();
        var marker = single.members().get(0);

        robot.clickOn(pane.mapView().localToScreen(single.x(), single.y()));

        assertThat(seeded.window().workspace().selectedIncidentIdProperty().get()).isEqualTo(marker.id());
        SeededWindow.waitUntil(() -> robot.lookup("#incident-detail").queryAs(IncidentDetailView.class).isVisible()
                && robot.lookup("#detail-site").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-site").queryAs(Label.class).getText()).isEqualTo(marker.siteName());
        assertThat(robot.lookup("#detail-date").queryAs(Label.class).getText()).isEqualTo(marker.dateText());
    }
}
