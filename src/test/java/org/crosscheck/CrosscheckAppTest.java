package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.crosscheck.store.OlderSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the application itself on a temporary database, as the launcher does, and works through its window. */
class CrosscheckAppTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void stopTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void toolsCompactDatabaseClosesTheWindowCompactsTheFileAndOpensItAgain() throws Exception {
        var db = folder.resolve("app.mv.db");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--db", db.toString());
        waitUntil(() -> statusMessage().startsWith("Import finished"));
        MenuBar bar = robot.lookup("#menu-bar").query();
        var compact = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-compact-database".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(compact::fire);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").query();
        var yes = question.getButtonTypes().stream().filter(type -> type.getText().equals("Compact")).findFirst()
                .orElseThrow();
        robot.clickOn(question.lookupButton(yes));

        waitUntil(() -> statusMessage().startsWith("Compacted "));
        assertThat(statusMessage()).startsWith("Compacted " + db.toAbsolutePath().normalize() + " from ");
        assertThat(stage.getTitle()).isEqualTo("Crosscheck — app.mv.db");
        waitUntil(() -> robot.lookup("#status-articles").queryAs(Label.class).getText().equals("5 articles"));
        assertThat(robot.lookup("#menu-bar").queryAll()).hasSize(1);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tempFile") || name.endsWith(".trace.db"));
        }
    }

    @Test
    void opensADatabaseFromAnEarlierVersionAndSaysWhereItsBackupIs() throws Exception {
        var db = folder.resolve("release4.mv.db");
        OlderSchema.create(db, 4, "Rockets struck the Conoco gas field base on Friday.").close();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CrosscheckApp.class, "--db", db.toString());

        waitUntil(() -> statusMessage().startsWith("Updated the database"));
        var backup = folder.resolve("release4.schema-v4.backup.zip").toAbsolutePath().normalize();
        assertThat(statusMessage()).isEqualTo("Updated the database for this version of Crosscheck; the earlier one "
                + "is backed up in " + backup + ".");
        assertThat(backup).exists();
        waitUntil(() -> robot.lookup("#status-articles").queryAs(Label.class).getText().equals("1 article"));
    }

    private String statusMessage() {
        return robot.lookup("#status-message").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition);
    }
}
