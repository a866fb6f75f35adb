package org.crosscheck.ui.opening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view a slow opening shows in a real window, following the steps the opening reports. */
@ExtendWith(ApplicationExtension.class)
class OpeningViewTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Theme.LIGHT.apply();
    }

    @Test
    void showsTheStepTheOpeningReportsUntilItIsClosed(FxRobot robot) throws Exception {
        var step = new AtomicReference<String>();
        var file = Path.of("data", "crosscheck.mv.db");
        var view = WaitForAsyncUtils.asyncFx(() -> OpeningView.show(stage, file, step::get)).get(10, TimeUnit.SECONDS);

        assertThat(stage.getTitle()).isEqualTo("Crosscheck — opening crosscheck.mv.db");
        assertThat(status(robot)).isEqualTo("Reading the file…");
        step.set("Backing up the database to crosscheck.schema-v4.backup.zip before updating it");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status(robot).startsWith("Backing up"));
        step.set("Updating the database for this version of Crosscheck");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> status(robot).equals("Updating the database for this version of Crosscheck…"));
        writePicture(robot);

        robot.interact(view::close);
        step.set("Something after closing");
        Thread.sleep(600);
        assertThat(status(robot)).isEqualTo("Updating the database for this version of Crosscheck…");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#opening-status").queryAs(Label.class).getText();
    }

    /** The view as the analyst sees it, in {@code target/screenshots/}. */
    private void writePicture(FxRobot robot) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        var folder = Files.createDirectories(
                Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots")));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve("opening-view.png").toFile());
    }
}
