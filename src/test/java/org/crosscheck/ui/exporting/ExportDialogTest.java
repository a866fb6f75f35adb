package org.crosscheck.ui.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.FxTasks;
import org.crosscheck.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export…: the analyst ticks Excel, GeoJSON and KML and the export writes exactly those extras. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path folder;
    private AppContext context;
    private FxTasks tasks;
    private ExportViewModel viewModel;
    private ExportDialog dialog;
    private ButtonType chosen;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        context = AppContext.open(folder.resolve("export.mv.db"));
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        tasks = new FxTasks();
        viewModel = new ExportViewModel(context.exporter(), tasks);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.sizeToScene();
        stage.show();
        dialog = new ExportDialog(viewModel);
        dialog.initOwner(stage);
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        dialog.setOnHidden(event -> chosen = dialog.getResult());
        dialog.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get();
        context.close();
    }

    @Test
    void theTickedChoicesDecideTheFilesWritten(FxRobot robot) throws Exception {
        assertThat(viewModel.options()).isEqualTo(ExportFinish.Options.PLAIN);
        robot.clickOn("#export-excel");
        robot.clickOn("#export-kml");
        var go = (Button) dialog.getDialogPane().lookupButton(ExportDialog.CHOOSE_FOLDER);
        robot.clickOn(go);
        assertThat(chosen).isEqualTo(ExportDialog.CHOOSE_FOLDER);
        assertThat(viewModel.options()).isEqualTo(new ExportFinish.Options(true, false, true));

        var out = folder.resolve("out");
        String[] message = new String[1];
        robot.interact(() -> viewModel.exportTo(out, done -> message[0] = done, error -> message[0] = error));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> message[0] != null);

        assertThat(message[0]).isEqualTo("Exported 8 files to " + out);
        assertThat(out.resolve("incidents.kml")).exists();
        assertThat(out.resolve("incidents.geojson")).doesNotExist();
        assertThat(Files.readAllBytes(out.resolve("claims.csv"))).startsWith(0xEF, 0xBB, 0xBF);
    }
}
