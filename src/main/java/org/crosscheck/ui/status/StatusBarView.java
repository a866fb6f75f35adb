package org.crosscheck.ui.status;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.crosscheck.ui.common.FxTasks;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The bottom bar: the last message on the left, every running task with its progress bar and Cancel in the
 * middle, and the counts of articles, incidents and claims on the right.
 */
public final class StatusBarView extends HBox {

    private final HBox tasks = new HBox(12);

    public StatusBarView(StatusBarViewModel viewModel, FxTasks fxTasks) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);

        var message = new Label();
        message.setId("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setMinWidth(120);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        tasks.setId("status-tasks");
        tasks.setAlignment(Pos.CENTER_RIGHT);
        fxTasks.running().addListener((ListChangeListener<FxTasks.RunningTask<?>>) change -> showTasks(fxTasks));

        var articles = count(Material2OutlinedAL.ARTICLE, "status-articles", viewModel.articlesProperty(), "article");
        var incidents = count(Material2OutlinedAL.LOCATION_ON, "status-incidents", viewModel.incidentsProperty(),
                "incident");
        var claims = count(Material2OutlinedMZ.MODE_COMMENT, "status-claims", viewModel.claimsProperty(), "claim");
        getChildren().addAll(message, spacer, tasks, articles, incidents, claims);
    }

    private void showTasks(FxTasks fxTasks) {
        tasks.getChildren().clear();
        for (var task : fxTasks.running()) {
            var label = new Label();
            label.textProperty().bind(Bindings.concat(task.titleProperty(), " — ", task.messageProperty()));
            label.getStyleClass().add(Styles.TEXT_SMALL);
            label.setMaxWidth(360);
            var bar = new ProgressBar();
            bar.progressProperty().bind(task.progressProperty());
            bar.setPrefWidth(160);
            bar.getStyleClass().add(Styles.SMALL);
            var cancel = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.DANGER, "task-cancel");
            cancel.setTooltip(new Tooltip("Cancel " + task.getTitle().toLowerCase(java.util.Locale.ROOT)));
            cancel.setOnAction(event -> task.requestCancel());
            cancel.disableProperty().bind(task.cancellingProperty());
            cancel.setId("task-cancel");
            var box = new HBox(8, label, bar, cancel);
            box.setAlignment(Pos.CENTER_RIGHT);
            box.getStyleClass().add("status-task");
            tasks.getChildren().add(box);
        }
        if (!tasks.getChildren().isEmpty()) {
            tasks.getChildren().add(new Separator(Orientation.VERTICAL));
        }
    }

    private static Label count(Ikon ikon, String id, javafx.beans.property.ReadOnlyLongProperty value, String noun) {
        var label = new Label();
        label.setId(id);
        label.setGraphic(new FontIcon(ikon));
        label.textProperty().bind(Bindings.createStringBinding(() -> StatusBarViewModel.plural(value.get(), noun),
                value));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "status-count");
        return label;
    }
}
