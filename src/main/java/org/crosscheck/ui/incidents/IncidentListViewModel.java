package org.crosscheck.ui.incidents;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Tag;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incidents list's state: the incidents of the brushed time window, narrowed to one tag when the analyst
 * chooses one (reloaded off the FX thread whenever the window or the tag changes, or after an import) and the
 * selected incident, which is the workspace's, so selecting a row selects
 * the incident on the map and the timeline, and selecting it there selects the row.
 */
public final class IncidentListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentListViewModel.class);

    private final BiFunction<DateRange, LoadedIncidents, List<IncidentRow>> load;
    private final Supplier<List<Tag>> allTags;
    private final Function<Long, Set<Long>> taggedIncidents;
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<IncidentRow> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Tag> tagFilter = new SimpleObjectProperty<>(this, "tagFilter");
    private long generation;

    /**
     * @param load the incidents of a time window with their assessments, taken from the workspace's loaded
     *             incidents when they are known (else null: then read); called on {@code background}
     * @param allTags the analyst's tags, for the filter; called on {@code background}
     * @param taggedIncidents the ids of the incidents carrying a tag (by tag id); called on {@code background}
     */
    public IncidentListViewModel(BiFunction<DateRange, LoadedIncidents, List<IncidentRow>> load,
                                 Supplier<List<Tag>> allTags,
                                 Function<Long, Set<Long>> taggedIncidents, Workspace workspace, Executor background,
                                 Executor ui) {
        this.load = load;
        this.allTags = allTags;
        this.taggedIncidents = taggedIncidents;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        workspace.timeWindowProperty().addListener((obs, old, window) -> refresh());
        tagFilter.addListener((obs, old, tag) -> refresh());
        workspace.loadedIncidentsProperty().addListener((obs, old, everyIncident) -> refresh());
    }

    /** The analyst's tags, for the filter. */
    public ObservableList<Tag> tags() {
        return tags;
    }

    /** Only the incidents carrying this tag; null for all. */
    public ObjectProperty<Tag> tagFilterProperty() {
        return tagFilter;
    }

    /** The incidents of the window, by id; the view shows them newest first until the analyst sorts otherwise. */
    public ObservableList<IncidentRow> items() {
        return items;
    }

    /** "4 incidents in 2024-01-01 – 2024-01-31", or the problem when they could not be loaded. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True once the first load has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The incident selected anywhere; setting it selects it everywhere. */
    public ObjectProperty<Long> selectedIncidentIdProperty() {
        return workspace.selectedIncidentIdProperty();
    }

    /** Loads the incidents of the current window again. */
    public void refresh() {
        var window = workspace.timeWindowProperty().get() == null ? DateRange.ALL : workspace.timeWindowProperty().get();
        var tag = tagFilter.get();
        var everyIncident = workspace.loadedIncidentsProperty().get();
        var ticket = ++generation;
        background.execute(() -> {
            try {
                var inWindow = load.apply(window, everyIncident);
                var tagged = tag == null ? null : taggedIncidents.apply(tag.id());
                var rows = tagged == null ? inWindow
                        : inWindow.stream().filter(row -> tagged.contains(row.summary().incident().id())).toList();
                var tagList = allTags.get();
                ui.execute(() -> {
                    if (ticket == generation) {
                        items.setAll(rows);
                        tags.setAll(tagList);
                        summary.set(describe(rows.size(), window)
                                + (tag == null ? "" : " tagged “" + tag.name() + "”"));
                        loaded.set(true);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Loading the incidents of {} failed", window, e);
                ui.execute(() -> {
                    if (ticket == generation) {
                        summary.set("The incidents could not be loaded: " + e.getMessage());
                    }
                });
            }
        });
    }

    static String describe(int count, DateRange window) {
        var text = count == 1 ? "1 incident" : count + " incidents";
        if (window.isAll()) {
            return text;
        }
        return text + " in " + (window.from() == null ? "…" : window.from()) + " – "
                + (window.to() == null ? "…" : window.to());
    }
}
