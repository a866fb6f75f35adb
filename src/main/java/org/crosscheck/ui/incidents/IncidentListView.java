package org.crosscheck.ui.incidents;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosscheck.AppContext;
import org.crosscheck.model.ItemType;
import org.crosscheck.ui.common.TagFilterBox;
import org.crosscheck.ui.common.Workspace;

/**
 * The incidents list: every incident of the brushed time window in a sortable table, newest first (date with its
 * precision, site, sub-event type (the full event type on hover), weapons, actor, reports, independent sources,
 * conflicts, state and assessment). Selecting a row selects the incident in the whole window, and an incident
 * selected on the map or the timeline is selected here.
 */
public final class IncidentListView extends VBox {

    /** What the empty table says before the first load has arrived, and after. */
    static final String LOADING = "Loading the incidents…";
    static final String NONE_IN_WINDOW = "No incidents in this time window.\nImport articles, or widen the brush on "
            + "the timeline.";

    private final IncidentListViewModel viewModel;
    private final TableView<IncidentRow> table = new TableView<>();
    private boolean following;

    public IncidentListView(IncidentListViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("incident-list");
        setId("incident-list");
        var title = new Label("Incidents");
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        var summary = new Label();
        summary.setId("incident-summary");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(viewModel.summaryProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var tagFilter = new TagFilterBox("incident-tag-filter", "Show only the incidents with this tag",
                viewModel.tags(), viewModel.tagFilterProperty()::set);
        var header = new HBox(10, title, spacer, summary, tagFilter);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("pane-header");
        buildTable();
        getChildren().addAll(header, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public TableView<IncidentRow> table() {
        return table;
    }

    /**
     * Loads the incidents now. In the window the list does this by itself on each brush, tag filter and new read of
     * every incident the timeline publishes; a list on its own is loaded with this.
     */
    public void refresh() {
        viewModel.refresh();
    }

    private void buildTable() {
        table.setId("incident-table");
        table.getStyleClass().addAll("incident-table", Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var date = column("Date", IncidentRow::date, 110);
        date.setComparator(Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
        date.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate value, boolean empty) {
                super.updateItem(value, empty);
                var row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : row.dateText());
            }
        });
        date.setMinWidth(105);
        var site = text(column("Site", IncidentRow::site, 150), IncidentRow::site);
        var event = text(column("Sub-event", IncidentRow::subEvent, 130), IncidentRow::event);
        var weapons = text(column("Weapons", IncidentRow::weapons, 90), IncidentRow::weapons);
        var actor = text(column("Actor", IncidentRow::actor, 110), IncidentRow::actor);
        var reports = number("Reports", 92, row -> row.summary().reportCount());
        var independent = number("Sources", 90, row -> row.summary().independentSourceCount());
        var conflicts = number("Conflicts", 94, row -> row.summary().conflictCount());
        var state = column("State", IncidentRow::state, 125);
        state.setMinWidth(125);
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(style -> style.startsWith("state-"));
                var row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : value);
                if (row != null) {
                    getStyleClass().add("state-" + row.summary().state().name().toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
                }
            }
        });
        table.getColumns().setAll(List.of(date, site, event, weapons, actor, reports, independent,
                conflicts, state));
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        var sorted = new SortedList<>(viewModel.items());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        var placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.loadedProperty()).then(NONE_IN_WINDOW)
                .otherwise(LOADING));
        placeholder.getStyleClass().addAll(Styles.TEXT_MUTED, "list-placeholder");
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!following && row != null) {
                viewModel.selectedIncidentIdProperty().set(row.id());
            }
        });
        viewModel.selectedIncidentIdProperty().addListener((obs, old, id) -> follow(id));
        viewModel.items().addListener((ListChangeListener<IncidentRow>) change ->
                follow(viewModel.selectedIncidentIdProperty().get()));
    }

    /** Selects the row of the incident selected elsewhere (or clears the selection), without echoing it back. */
    private void follow(Long id) {
        following = true;
        try {
            var index = -1;
            for (int i = 0; id != null && i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private static <T> TableColumn<IncidentRow, T> column(String name, Function<IncidentRow, T> value,
                                                          double width) {
        var column = new TableColumn<IncidentRow, T>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A right-aligned count column, never narrower than its header. */
    private static TableColumn<IncidentRow, Integer> number(String name, double width,
                                                           Function<IncidentRow, Integer> value) {
        var column = column(name, value, width);
        column.setMinWidth(width);
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }

    /** Text cells with a hover text ({@code hover}: the whole text, or more), for columns too narrow for it. */
    private static TableColumn<IncidentRow, String> text(TableColumn<IncidentRow, String> column,
                                                         Function<IncidentRow, String> hover) {
        column.setMinWidth(70);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                var row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : value);
                var tip = row == null ? null : hover.apply(row);
                setTooltip(tip == null || tip.isBlank() ? null : new Tooltip(tip));
            }
        });
        return column;
    }

    /** The incidents list of the database's incidents, following {@code workspace}. */
    public static IncidentListView of(AppContext context, Workspace workspace, Executor background) {
        var viewModel = new IncidentListViewModel((window, loaded) -> IncidentRow.of(
                loaded != null ? loaded.in(window) : context.incidents().summaries(window),
                context.grades().all(ItemType.INCIDENT)), context.tags()::findAll,
                tagId -> context.tags().itemsWithTag(tagId, ItemType.INCIDENT), workspace, background,
                Platform::runLater);
        return new IncidentListView(viewModel);
    }
}
