package org.crosscheck.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.crosscheck.ui.SeededWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window opened on a database that already holds extracted articles lists their incidents without an import. */
@ExtendWith(ApplicationExtension.class)
class IncidentListAtStartTest {

    @TempDir
    Path folder;

    private SeededWindow seeded;

    @Start
    void start(Stage stage) {
        seeded = SeededWindow.reopen(folder, stage, 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void listsTheStoredIncidentsAtStart(FxRobot robot) throws Exception {
        robot.clickOn("#tab-incidents");

        SeededWindow.waitUntil(() -> !robot.lookup("#incident-table").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#incident-table").queryAs(TableView.class).getItems())
                .hasSize(seeded.context().incidents().findAll().size());
    }

    @Test
    void listsTheNewestIncidentsFirst(FxRobot robot) throws Exception {
        robot.clickOn("#tab-incidents");
        SeededWindow.waitUntil(() -> !robot.lookup("#incident-table").queryAs(TableView.class).getItems().isEmpty());

        List<LocalDate> dates = robot.lookup("#incident-table").queryAs(TableView.class).getItems().stream()
                .map(row -> ((IncidentRow) row).date()).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates).isNotEqualTo(seeded.context().incidents().findAll().stream()
                .map(incident -> incident.eventDate()).toList());
    }
}
