package org.crosscheck.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineItem;
import org.crosscheck.render.timeline.TimelineItems;
import org.crosscheck.render.timeline.TimelineFrame;
import org.crosscheck.render.timeline.TimelinePalette;
import org.crosscheck.render.timeline.TimelinePicture;
import org.crosscheck.render.timeline.TimelineRenderer;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline view as one node for the main window: a small toolbar (brush summary, status, Fit, Save PNG, Clear
 * brush)
 * over the {@link Timeline} control, wired to a {@link TimelineViewModel}. Selecting a mark selects the incident
 * everywhere; releasing the brush sets the workspace's time window, which filters the other views.
 */
public final class TimelinePane extends BorderPane {

    public static final String STYLE_CLASS = "timeline-pane";

    private static final Logger LOG = LoggerFactory.getLogger(TimelinePane.class);
    private static final double PICTURE_WIDTH = 1600;

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
        this(new TimelineViewModel(() -> load(context, workspace), workspace, LOADER, Platform::runLater));
    }

    /**
     * Every incident as a timeline item; the same summaries tell the workspace which articles report each day's
     * incidents and every incident's summary (published before the items, loads running one at a time), so the
     * article list needs no join and the incidents list no query on a brush.
     */
    private static List<TimelineItem> load(AppContext context, Workspace workspace) {
        var summaries = context.incidents().summaries(DateRange.ALL);
        var reporting = ReportingArticles.of(summaries);
        var loaded = LoadedIncidents.of(summaries);
        Platform.runLater(() -> {
            workspace.reportingArticlesProperty().set(reporting);
            workspace.loadedIncidentsProperty().set(loaded);
        });
        return summaries.stream().map(TimelineItems::of).toList();
    }

    TimelinePane(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(TimelinePane.class.getResource("timeline.css").toExternalForm());
        setTop(toolbar());
        setCenter(timeline);

        Bindings.bindContent(timeline.getItems(), viewModel.items());
        timeline.loadingProperty().bind(viewModel.loadingProperty());
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
        title.setMinWidth(Region.USE_PREF_SIZE);
        var brush = new Label();
        brush.getStyleClass().add("timeline-brush-text");
        brush.textProperty().bind(viewModel.brushTextProperty());
        brush.setMinWidth(0);
        HBox.setHgrow(brush, Priority.ALWAYS);
        brush.setMaxWidth(Double.MAX_VALUE);
        var status = new Label();
        status.getStyleClass().add("timeline-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        var fit = button("Fit", "Show every incident, first to last");
        fit.setOnAction(event -> timeline.fit());
        var save = button("Save PNG…", "Save the timeline as it is shown as a PNG picture for a briefing");
        save.setId("save-timeline-png");
        save.setOnAction(event -> savePicture());
        var clear = button("Clear brush", "Show all dates again in every view (Esc)");
        clear.setId("clear-brush");
        clear.disableProperty().bind(viewModel.brushedProperty().not());
        clear.setOnAction(event -> viewModel.clearBrush());
        var bar = new HBox(12, title, brush, status, fit, save, clear);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private static Button button(String text, String tooltip) {
        var button = new Button(text);
        button.setTooltip(new Tooltip(tooltip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** Asks where to save and writes the timeline as shown to a PNG (the File menu and the PNG button end here). */
    public void savePicture() {
        var chooser = new FileChooser();
        chooser.setTitle("Save the timeline as PNG");
        chooser.setInitialFileName("timeline.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            writePicture(file.toPath());
            viewModel.say("Saved the timeline to " + file.getName());
        } catch (IOException e) {
            LOG.error("Saving the timeline picture failed", e);
            viewModel.say("Could not save " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes what the timeline shows (same days, brush and selection; all lanes; 1600 pixels wide) to {@code file}
     * as PNG, drawn off screen.
     */
    public void writePicture(Path file) throws IOException {
        var data = timeline.getData();
        var span = timeline.getVisibleSpan() == null ? data.fullSpan() : timeline.getVisibleSpan();
        var frame = new TimelineFrame(data, span, timeline.getBrush(), timeline.getSelectedId(), null, 0,
                PICTURE_WIDTH, Math.max(320, Math.ceil(TimelineRenderer.preferredHeight(data))), timeline.isLoading());
        if (!ImageIO.write(TimelinePicture.draw(frame, timeline.paletteProperty().get()), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
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
