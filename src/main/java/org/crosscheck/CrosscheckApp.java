package org.crosscheck;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.crosscheck.store.AppPaths;

/** The JavaFX application: builds the {@link AppContext}, shows the main window and closes the database on exit. */
public final class CrosscheckApp extends Application {

    private AppContext context;

    static void launchWindow(String[] args) {
        Application.launch(CrosscheckApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        var db = getParameters().getNamed().get("db");
        context = AppContext.open(AppPaths.databaseFile(db == null ? null : java.nio.file.Path.of(db)));
        stage.setTitle("Crosscheck");
        stage.setScene(new Scene(new BorderPane(new Label(context.stats().counts().toString())), 1280, 800));
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
