package org.crosscheck.ui.articles;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.ui.common.TagFilterBox;
import org.crosscheck.store.ArticleQuery;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The article list: a search box, a tag filter and a table of outlet, publication date, title and language. The table
 * shows a lazily paged query; clicking a column header re-queries the database in that order instead of sorting in
 * memory. Tags go on the selected article with the keys 1–9 or the row's context menu.
 */
public final class ArticleListView extends VBox {

    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final Duration SEARCH_DELAY = Duration.millis(250);

    private final ArticleListViewModel viewModel;
    private final CustomTextField search = new CustomTextField();
    private final TableView<ArticleSummary> table = new TableView<>();
    private boolean openedFirstRow;
    private BiConsumer<Long, Long> onCompare;

    public ArticleListView(ArticleListViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("article-list");
        setId("article-list");
        getChildren().addAll(header(), searchBox(), buildTable());
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** Puts the keyboard focus into the search box and selects its text (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * Lets the analyst select several rows (Ctrl/Shift-click) and adds "Compare side by side" to the row menu,
     * enabled when exactly two are selected; {@code handler} gets their ids in the order selected.
     */
    public void enableCompare(BiConsumer<Long, Long> handler) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        onCompare = handler;
    }

    public TableView<ArticleSummary> table() {
        return table;
    }

    private HBox header() {
        var title = new Label("Articles");
        title.getStyleClass().addAll(Styles.TITLE_4, "pane-title");
        var summary = new Label();
        summary.setId("article-summary");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(8, title, spacer, summary);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("pane-header");
        return header;
    }

    private HBox searchBox() {
        search.setId("article-search");
        search.setPromptText("Search the full text of all articles");
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        var clear = new FontIcon(Material2OutlinedAL.CLOSE);
        clear.setCursor(Cursor.HAND);
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnMouseClicked(event -> {
            search.clear();
            search.requestFocus();
        });
        search.setRight(clear);
        var debounce = new PauseTransition(SEARCH_DELAY);
        debounce.setOnFinished(event -> viewModel.search(search.getText()));
        search.textProperty().addListener((obs, old, text) -> debounce.playFromStart());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                debounce.stop();
                viewModel.search(search.getText());
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        var tagFilter = new TagFilterBox("article-tag-filter", "Show only the articles with this tag",
                viewModel.tags(), viewModel::filterByTag);
        var box = new HBox(6, search, tagFilter);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("search-box");
        return box;
    }

    /** The row menu: every tag as a check item, ticked when the article carries it. */
    private ContextMenu rowMenu(ArticleSummary article) {
        var menu = new ContextMenu();
        var carried = viewModel.tagIdsOf(article.id());
        for (var tag : viewModel.tags()) {
            var item = new CheckMenuItem(tag.shortcut() == null ? tag.name() : tag.name() + "  (" + tag.shortcut()
                    + ")");
            item.setId("article-tag-" + tag.id());
            item.setSelected(carried.contains(tag.id()));
            item.setOnAction(event -> viewModel.toggleTag(tag, article.id()));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            var none = new MenuItem("No tags yet: make them in the Compare tab (New tag)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        if (onCompare != null) {
            var chosen = table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList();
            var compare = new MenuItem("Compare side by side", new FontIcon(Material2OutlinedAL.COMPARE_ARROWS));
            compare.setId("article-compare");
            compare.setDisable(chosen.size() != 2);
            compare.setOnAction(event -> onCompare.accept(chosen.get(0).id(), chosen.get(1).id()));
            menu.getItems().addAll(new SeparatorMenuItem(), compare);
        }
        return menu;
    }

    private TableView<ArticleSummary> buildTable() {
        table.setId("article-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "article-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        var published = column("Published", ArticleQuery.Sort.PUBLISHED, ArticleSummary::published, value ->
                value == null ? "" : DATE.format(value));
        fixWidth(published, 104);
        var outlet = column("Outlet", ArticleQuery.Sort.OUTLET, ArticleSummary::outlet, value -> value);
        outlet.setPrefWidth(170);
        outlet.setMinWidth(90);
        var title = new TableColumn<ArticleSummary, ArticleSummary>("Title");
        title.setUserData(ArticleQuery.Sort.TITLE);
        title.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        title.setCellFactory(column -> new TitleCell());
        title.setPrefWidth(380);
        title.setMinWidth(140);
        var language = column("Lang", ArticleQuery.Sort.LANGUAGE, ArticleSummary::language, value -> value);
        language.setCellFactory(column -> new LanguageCell());
        fixWidth(language, 56);
        table.getColumns().setAll(java.util.List.of(published, outlet, title, language));

        var initial = viewModel.queryProperty().get();
        table.getColumns().stream().filter(c -> c.getUserData() == initial.sort()).findFirst().ifPresent(c -> {
            c.setSortType(initial.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(c));
        });
        table.setSortPolicy(tableView -> {
            if (!tableView.getSortOrder().isEmpty()) {
                var first = tableView.getSortOrder().get(0);
                viewModel.sort((ArticleQuery.Sort) first.getUserData(),
                        first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });

        table.itemsProperty().bind(viewModel.itemsProperty());
        table.itemsProperty().addListener((obs, old, rows) -> {
            selectOpenArticle();
            openFirstRowOnce(rows);
        });
        viewModel.openArticleProperty().addListener((obs, old, target) -> selectOpenArticle());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                viewModel.open(selected);
            }
        });
        table.setRowFactory(view -> {
            var row = new javafx.scene.control.TableRow<ArticleSummary>();
            row.setOnContextMenuRequested(event -> {
                if (row.getItem() != null) {
                    rowMenu(row.getItem()).show(row, event.getScreenX(), event.getScreenY());
                    event.consume();
                }
            });
            return row;
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            var selected = table.getSelectionModel().getSelectedItem();
            var digit = event.getText() == null || event.getText().length() != 1 ? -1
                    : Character.digit(event.getText().charAt(0), 10);
            if (selected != null && digit >= 1 && !event.isShortcutDown() && !event.isAltDown()) {
                viewModel.toggleTag(digit, selected.id());
                event.consume();
            }
        });
        table.placeholderProperty().bind(Bindings.createObjectBinding(this::placeholder,
                viewModel.loadingProperty(), viewModel.databaseEmptyProperty(), viewModel.queryProperty()));
        return table;
    }

    /** Selects the row of the article the reader shows, e.g. after a re-query or when a map click opened it. */
    private void selectOpenArticle() {
        var index = viewModel.indexOfOpenArticle();
        if (index >= 0 && table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().select(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    /** On the first filled list, with nothing open yet, opens the top article so the reader is never blank. */
    private void openFirstRowOnce(java.util.List<ArticleSummary> rows) {
        if (!openedFirstRow && !rows.isEmpty() && rows.get(0) != null && !viewModel.isAnyArticleOpen()) {
            openedFirstRow = true;
            table.getSelectionModel().select(0);
        }
    }

    private Label placeholder() {
        String text;
        if (viewModel.loadingProperty().get()) {
            text = "Loading…";
        } else if (viewModel.databaseEmptyProperty().get()) {
            text = "No articles yet.\nImport files with Ctrl+O, or drop them on this window.";
        } else {
            var shown = viewModel.queryProperty().get();
            var filters = new java.util.ArrayList<String>();
            if (shown.search() != null) {
                filters.add("this search");
            }
            if (shown.from() != null || shown.to() != null) {
                filters.add("the time window");
            }
            if (shown.tagId() != null) {
                filters.add("the chosen tag");
            }
            text = "No article matches " + String.join(" and ", filters) + ".";
        }
        var label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "list-placeholder");
        label.setWrapText(true);
        return label;
    }

    private static <T> TableColumn<ArticleSummary, T> column(String name, ArticleQuery.Sort sort,
                                                             Function<ArticleSummary, T> value,
                                                             Function<T, String> format) {
        var column = new TableColumn<ArticleSummary, T>(name);
        column.setUserData(sort);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                row.getValue() == null ? null : value.apply(row.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        return column;
    }

    private static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /** The title, or the article's opening words in muted text when it states no title; all of it in a tooltip. */
    private static final class TitleCell extends TableCell<ArticleSummary, ArticleSummary> {

        private final Tooltip tooltip = new Tooltip();

        TitleCell() {
            tooltip.setShowDelay(Duration.millis(700));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(ArticleSummary item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("untitled");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            var hasTitle = item.title() != null && !item.title().isBlank();
            setText(hasTitle ? item.title() : item.lead());
            if (!hasTitle) {
                getStyleClass().add("untitled");
            }
            tooltip.setText(hasTitle ? item.title() : "No title stated. It begins: " + item.lead() + "…");
            setTooltip(tooltip);
        }
    }

    /** The language code as a small upper-case badge. */
    private static final class LanguageCell extends TableCell<ArticleSummary, String> {

        private final Label badge = new Label();

        LanguageCell() {
            badge.getStyleClass().add("language-badge");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.isBlank()) {
                setGraphic(null);
            } else {
                badge.setText(item.toUpperCase(Locale.ROOT));
                setGraphic(badge);
            }
        }
    }
}
