package org.crosscheck.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The incidents table on a real (empty) database, its loads held back until the test lets them run. */
@ExtendWith(ApplicationExtension.class)
class IncidentListViewTest {

    @TempDir
    static Path folder;

    private final List<Runnable> loads = new ArrayList<>();
    private AppContext context;
    private IncidentListView view;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("incidents-" + System.nanoTime() + ".mv.db"));
        view = IncidentListView.of(context, new Workspace(), loads::add);
        stage.setScene(new Scene(view, 900, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyTableSaysTheIncidentsAreLoadingUntilTheFirstLoadArrives(FxRobot robot) {
        robot.interact(view::refresh);
        assertThat(placeholder().getText()).isEqualTo(IncidentListView.LOADING);

        List.copyOf(loads).forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.table().getItems()).isEmpty();
        assertThat(placeholder().getText()).isEqualTo(IncidentListView.NONE_IN_WINDOW);
    }

    private Label placeholder() {
        return (Label) view.table().getPlaceholder();
    }
}
