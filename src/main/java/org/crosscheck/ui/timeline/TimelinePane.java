package org.crosscheck.ui.timeline;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.crosscheck.AppContext;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineItems;
import org.crosscheck.render.timeline.TimelinePalette;
import org.crosscheck.ui.common.Workspace;

/**
 * The timeline view as one node for the main window: a small toolbar (brush summary, Fit, Clear brush, status)
 * over the {@link Timeline} control, wired to a {@link TimelineViewModel}. Selecting a mark selects the incident
 * everywhere; releasing the brush sets the workspace's time window, which filters the other views.
 */
public final class TimelinePane extends BorderPane {

    public static final String STYLE_CLASS = "timeline-pane";

    private final TimelineViewModel viewModel;
    private final Timeline timeline = new Timeline();

    private static final Executor LOADER = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "timeline-loader");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * The timeline of every incident in the database, linked to the other views through {@code workspace}; it
     * loads on {@link #refresh()}.
     */
    public TimelinePane(AppContext context, Workspace workspace) {
        this(new TimelineViewModel(() -> TimelineItems.load(context.incidents(), DateRange.ALL), workspace, LOADER,
                Platform::runLater));
    }

    TimelinePane(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(TimelinePane.class.getResource("timeline.css").toExternalForm());
        setTop(toolbar());
        setCenter(timeline);

        Bindings.bindContent(timeline.getItems(), viewModel.items());
        timeline.selectedIdProperty().bindBidirectional(viewModel.selectedIncidentIdProperty());
        timeline.selectedIdProperty().addListener((observable, old, id) -> {
            if (id != null) {
                timeline.reveal(id);
            }
        });
        timeline.setBrush(viewModel.timeWindowProperty().get());
        timeline.brushProperty().addListener((observable, old, brush) -> {
            if (!timeline.isBrushAdjusting()) {
                viewModel.brush(brush);
            }
        });
        timeline.brushAdjustingProperty().addListener((observable, was, adjusting) -> {
            if (!adjusting) {
                viewModel.brush(timeline.getBrush());
            }
        });
        viewModel.timeWindowProperty().addListener((observable, old, window) -> {
            if (!timeline.isBrushAdjusting()) {
                timeline.setBrush(window == null ? DateRange.ALL : window);
            }
        });
    }

    private HBox toolbar() {
        var title = new Label("Timeline");
        title.getStyleClass().add("timeline-title");
        var brush = new Label();
        brush.getStyleClass().add("timeline-brush-text");
        brush.textProperty().bind(viewModel.brushTextProperty());
        var status = new Label();
        status.getStyleClass().add("timeline-status");
        status.textProperty().bind(viewModel.statusProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Show every incident, first to last"));
        fit.setOnAction(event -> timeline.fit());
        var clear = new Button("Clear brush");
        clear.setId("clear-brush");
        clear.setTooltip(new Tooltip("Show all dates again in every view (Esc)"));
        clear.disableProperty().bind(viewModel.brushedProperty().not());
        clear.setOnAction(event -> viewModel.clearBrush());
        var bar = new HBox(12, title, brush, spacer, status, fit, clear);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    /** Reloads the incidents from the database in the background. */
    public void refresh() {
        viewModel.refresh();
    }

    /** Switches the drawing to the dark theme's colours (or back). */
    public void useDarkColours(boolean dark) {
        timeline.paletteProperty().set(dark ? TimelinePalette.DARK : TimelinePalette.LIGHT);
    }

    public Timeline timeline() {
        return timeline;
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }
}
