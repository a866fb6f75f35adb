package org.crosscheck.ui.articles;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article list's state: the current query (search text, time window, sort), the rows it matches as a lazily
 * paged list, and a one-line summary. Every query runs on the background executor; results are applied on the UI
 * executor, and an answer to an outdated query is dropped.
 */
public final class ArticleListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleListViewModel.class);

    private final ArticleRepository articles;
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<ArticleQuery> query = new ReadOnlyObjectWrapper<>(this, "query",
            ArticleQuery.all().withSort(ArticleQuery.Sort.PUBLISHED, false));
    private final ReadOnlyObjectWrapper<ObservableList<ArticleSummary>> items =
            new ReadOnlyObjectWrapper<>(this, "items", FXCollections.emptyObservableList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper databaseEmpty = new ReadOnlyBooleanWrapper(this, "databaseEmpty");
    private long generation;

    public ArticleListViewModel(ArticleRepository articles, Workspace workspace, Executor background, Executor ui) {
        this.articles = articles;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        query.set(query.get().withWindow(workspace.timeWindowProperty().get().from(),
                workspace.timeWindowProperty().get().to()));
        workspace.timeWindowProperty().addListener((obs, old, window) -> applyWindow(window));
    }

    /** The rows of the current query; replaced by a new list on every re-query. */
    public ReadOnlyObjectProperty<ObservableList<ArticleSummary>> itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArticleQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** E.g. "5 articles" or "2 of 5 articles match “conoco”". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a query is running. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the database holds no article at all, so the list can say how to import some. */
    public ReadOnlyBooleanProperty databaseEmptyProperty() {
        return databaseEmpty.getReadOnlyProperty();
    }

    /** Full-text search over title and text; blank shows everything. */
    public void search(String text) {
        var normalised = text == null || text.isBlank() ? null : text.strip();
        if (!java.util.Objects.equals(normalised, query.get().search())) {
            requery(query.get().withSearch(normalised));
        }
    }

    /** Orders the list by a column; does nothing when that is already the order. */
    public void sort(ArticleQuery.Sort sort, boolean ascending) {
        var current = query.get();
        if (current.sort() != sort || current.ascending() != ascending) {
            requery(current.withSort(sort, ascending));
        }
    }

    /** Runs the current query again, e.g. after an import or an edit. */
    public void refresh() {
        requery(query.get());
    }

    /** Opens the article in the reader, unless the reader already shows it (keeping the span it shows). */
    public void open(ArticleSummary article) {
        var current = workspace.readerTargetProperty().get();
        if (article != null && (current == null || current.articleId() != article.id())) {
            workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(article.id()));
        }
    }

    /** True when the reader already shows an article. */
    public boolean isAnyArticleOpen() {
        return workspace.readerTargetProperty().get() != null;
    }

    /** The row of the article open in the reader, if it is in the list and its page is loaded; else -1. */
    public int indexOfOpenArticle() {
        var current = workspace.readerTargetProperty().get();
        return current != null && items.get() instanceof PagedArticleList paged
                ? paged.indexOfLoaded(current.articleId()) : -1;
    }

    /** The reader's target, which the list follows by selecting its row. */
    public ReadOnlyObjectProperty<Workspace.ReaderTarget> openArticleProperty() {
        return workspace.readerTargetProperty();
    }

    private void applyWindow(DateRange window) {
        var range = window == null ? DateRange.ALL : window;
        requery(query.get().withWindow(range.from(), range.to()));
    }

    private void requery(ArticleQuery newQuery) {
        query.set(newQuery);
        var ticket = ++generation;
        loading.set(true);
        background.execute(() -> {
            try {
                var matching = articles.count(newQuery);
                var total = newQuery.search() == null && newQuery.from() == null && newQuery.to() == null
                        ? matching : articles.count(ArticleQuery.all());
                var firstPage = matching == 0 ? List.<ArticleSummary>of()
                        : articles.page(newQuery, 0, PagedArticleList.PAGE_SIZE);
                ui.execute(() -> {
                    if (ticket == generation) {
                        show(newQuery, matching, total, firstPage);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Article query {} failed", newQuery, e);
                ui.execute(() -> {
                    if (ticket == generation) {
                        loading.set(false);
                        summary.set("The list could not be loaded: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void show(ArticleQuery shown, int matching, int total, List<ArticleSummary> firstPage) {
        items.set(new PagedArticleList(matching, firstPage, (offset, limit) -> articles.page(shown, offset, limit),
                background, ui, e -> summary.set("Some rows could not be loaded: " + e.getMessage())));
        loading.set(false);
        databaseEmpty.set(total == 0);
        summary.set(describe(shown, matching, total));
    }

    static String describe(ArticleQuery shown, int matching, int total) {
        var filtered = shown.search() != null || shown.from() != null || shown.to() != null;
        if (!filtered) {
            return total == 1 ? "1 article" : total + " articles";
        }
        var text = matching + " of " + total + (total == 1 ? " article" : " articles");
        if (shown.search() != null) {
            text += (matching == 1 ? " matches “" : " match “") + shown.search().toLowerCase(Locale.ROOT) + "”";
        }
        if (shown.from() != null || shown.to() != null) {
            text += " in " + (shown.from() == null ? "…" : shown.from()) + " – " + (shown.to() == null ? "…" : shown.to());
        }
        return text;
    }
}
