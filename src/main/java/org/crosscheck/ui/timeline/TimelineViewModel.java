package org.crosscheck.ui.timeline;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineItem;
import org.crosscheck.render.timeline.TimelineRenderer;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the timeline pane shows and does, without nodes: loads the incidents in the background, keeps the selected
 * incident and the brushed window in step with the {@link Workspace}, and words the brush and load status. Uses
 * only observable properties (javafx.base), so tests run it without a toolkit by passing direct executors.
 */
public final class TimelineViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineViewModel.class);

    /** Loads the incidents to show; called on the background executor. */
    @FunctionalInterface
    public interface Source {
        List<TimelineItem> load();
    }

    private final Source source;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedIncidentId = new SimpleObjectProperty<>(this, "selectedIncidentId");
    private final ObjectProperty<DateRange> timeWindow = new SimpleObjectProperty<>(this, "timeWindow", DateRange.ALL);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper brushed = new ReadOnlyBooleanWrapper(this, "brushed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper brushText = new ReadOnlyStringWrapper(this, "brushText", "");

    /**
     * @param background runs the loading (a worker thread in the app)
     * @param ui         publishes results (the FX thread in the app)
     */
    public TimelineViewModel(Source source, Workspace workspace, Executor background, Executor ui) {
        this.source = source;
        this.background = background;
        this.ui = ui;
        selectedIncidentId.bindBidirectional(workspace.selectedIncidentIdProperty());
        timeWindow.bindBidirectional(workspace.timeWindowProperty());
        timeWindow.addListener((observable, old, window) -> describeBrush());
        describeBrush();
    }

    /** Reloads the incidents in the background; a newer refresh wins over one still running. */
    public void refresh() {
        var ticket = generation.incrementAndGet();
        loading.set(true);
        status.set("Loading incidents…");
        background.execute(() -> {
            try {
                var loaded = source.load();
                ui.execute(() -> publish(ticket, loaded));
            } catch (RuntimeException e) {
                LOG.error("Loading the timeline failed", e);
                ui.execute(() -> fail(ticket, e));
            }
        });
    }

    private void publish(long ticket, List<TimelineItem> loaded) {
        if (ticket != generation.get()) {
            return;
        }
        items.setAll(loaded);
        loading.set(false);
        status.set("");
        describeBrush();
    }

    private void fail(long ticket, RuntimeException e) {
        if (ticket != generation.get()) {
            return;
        }
        loading.set(false);
        status.set("Could not load the incidents: " + e.getMessage());
    }

    /** Shows a one-line message in the status (e.g. where a picture was saved). */
    public void say(String message) {
        status.set(message);
    }

    /** Sets the brushed window, which filters every view through the workspace. */
    public void brush(DateRange window) {
        timeWindow.set(window == null ? DateRange.ALL : window);
    }

    public void clearBrush() {
        brush(DateRange.ALL);
    }

    private void describeBrush() {
        var window = timeWindow.get();
        var active = window != null && !window.isAll();
        brushed.set(active);
        if (!active) {
            brushText.set("Drag on the histogram strip (or Shift-drag) to brush a time window");
            return;
        }
        var inside = items.stream().filter(item -> window.contains(item.date())).count();
        brushText.set("Brush " + TimelineRenderer.describeRange(window) + ": " + inside + " of " + items.size()
                + (items.size() == 1 ? " incident" : " incidents"));
    }

    public ObservableList<TimelineItem> items() {
        return items;
    }

    /** Follows and sets the workspace's selected incident. */
    public ObjectProperty<Long> selectedIncidentIdProperty() {
        return selectedIncidentId;
    }

    /** Follows and sets the workspace's time window. */
    public ObjectProperty<DateRange> timeWindowProperty() {
        return timeWindow;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while a time window is brushed. */
    public ReadOnlyBooleanProperty brushedProperty() {
        return brushed.getReadOnlyProperty();
    }

    /** Loading or error message; empty when the incidents are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The brushed window in words, with how many incidents fall in it. */
    public ReadOnlyStringProperty brushTextProperty() {
        return brushText.getReadOnlyProperty();
    }
}
