package org.crosscheck.ui.articles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.edit.EditService;
import org.crosscheck.edit.Edits;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Tag;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.TagRepository;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article list's state: the current query (search text, time window, tag, sort), the rows it matches as a lazily
 * paged list, and a one-line summary; and the tags the analyst puts on articles, through the undoable edits. Every
 * query runs on the background executor; results are applied on the UI executor, and an answer to an outdated query
 * is dropped. A time window's articles reporting its incidents come from the workspace's loaded incident summaries
 * once there are any, so a brush does not join every claim; a new load of them re-runs a windowed query.
 */
public final class ArticleListViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleListViewModel.class);

    private final ArticleRepository articles;
    private final TagRepository tagRepository;
    private final EditService edits;
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
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private Consumer<String> onError = message -> summary.set(message);
    private long generation;

    public ArticleListViewModel(ArticleRepository articles, TagRepository tags, EditService edits,
                                Workspace workspace, Executor background, Executor ui) {
        this.articles = articles;
        this.tagRepository = tags;
        this.edits = edits;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        query.set(query.get().withWindow(workspace.timeWindowProperty().get().from(),
                workspace.timeWindowProperty().get().to()));
        workspace.timeWindowProperty().addListener((obs, old, window) -> applyWindow(window));
        workspace.reportingArticlesProperty().addListener((obs, old, reporting) -> {
            if (query.get().hasWindow()) {
                requery(query.get());
            }
        });
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

    /** Runs the current query again and reloads the tags, e.g. after an import or an edit. */
    public void refresh() {
        requery(query.get());
        reloadTags();
    }

    /** Reloads the tag list in the background (after a tag was made elsewhere). */
    public void reloadTags() {
        background.execute(() -> {
            try {
                var all = tagRepository.findAll();
                ui.execute(() -> tags.setAll(all));
            } catch (RuntimeException e) {
                LOG.warn("Loading the tags failed", e);
            }
        });
    }

    /** The analyst's tags, for the filter and the row menu; reloaded by {@link #refresh()}. */
    public ObservableList<Tag> tags() {
        return tags;
    }

    /** Shows only the articles carrying {@code tag}; null shows all again. */
    public void filterByTag(Tag tag) {
        var tagId = tag == null ? null : tag.id();
        if (!java.util.Objects.equals(tagId, query.get().tagId())) {
            requery(query.get().withTag(tagId));
        }
    }

    /** The ids of the tags an article carries (one small indexed query). */
    public Set<Long> tagIdsOf(long articleId) {
        return tagRepository.tagsOf(ItemType.ARTICLE, articleId).stream().map(Tag::id).collect(Collectors.toSet());
    }

    /** Puts the tag on the article, or takes it off when it is there; stored at once and undoable. */
    public void toggleTag(Tag tag, long articleId) {
        var on = !tagIdsOf(articleId).contains(tag.id());
        try {
            edits.perform(Edits.tag(tag.id(), ItemType.ARTICLE, articleId, on));
        } catch (RuntimeException e) {
            onError.accept(e.getMessage());
            return;
        }
        if (query.get().tagId() != null) {
            refresh();
        }
    }

    /** The tag with this digit key (1–9) on or off the article; says so when no tag has that key. */
    public void toggleTag(int shortcut, long articleId) {
        Optional<Tag> tag = tags.stream().filter(t -> Integer.valueOf(shortcut).equals(t.shortcut())).findFirst();
        if (tag.isEmpty()) {
            onError.accept("No tag has the key " + shortcut + ". Make tags in the Compare tab (New tag).");
            return;
        }
        toggleTag(tag.get(), articleId);
    }

    /** Where a refused tag edit is told in one sentence; the window shows it in a dialog. */
    public void setOnError(Consumer<String> handler) {
        onError = handler;
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
        var reporting = workspace.reportingArticlesProperty().get();
        background.execute(() -> {
            try {
                var resolved = withReportingArticles(newQuery, reporting);
                var listing = articles.firstPage(resolved, PagedArticleList.PAGE_SIZE);
                var matching = listing.count();
                var total = resolved.isFiltered() ? articles.count(ArticleQuery.all()) : matching;
                var firstPage = listing.firstPage();
                ui.execute(() -> {
                    if (ticket == generation) {
                        show(resolved, matching, total, firstPage);
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

    /**
     * The query with the articles reporting an incident in its window, found in the loaded summaries; as it is when
     * there is no window or nothing is loaded yet (the store then finds them itself).
     */
    private static ArticleQuery withReportingArticles(ArticleQuery shown, ReportingArticles reporting) {
        if (reporting == null || !shown.hasWindow()) {
            return shown;
        }
        return shown.withWindow(shown.from(), shown.to(), reporting.in(new DateRange(shown.from(), shown.to())));
    }

    private void show(ArticleQuery shown, int matching, int total, List<ArticleSummary> firstPage) {
        items.set(new PagedArticleList(matching, firstPage, (offset, limit) -> articles.page(shown, offset, limit),
                background, ui, e -> summary.set("Some rows could not be loaded: " + e.getMessage())));
        loading.set(false);
        databaseEmpty.set(total == 0);
        summary.set(describe(shown, matching, total, tagName(shown.tagId())));
    }

    private String tagName(Long tagId) {
        return tagId == null ? null : tags.stream().filter(tag -> tag.id() == tagId).map(Tag::name).findFirst()
                .orElse("the chosen tag");
    }

    static String describe(ArticleQuery shown, int matching, int total, String tagName) {
        if (!shown.isFiltered()) {
            return total == 1 ? "1 article" : total + " articles";
        }
        var text = matching + " of " + total + (total == 1 ? " article" : " articles");
        if (shown.search() != null) {
            text += (matching == 1 ? " matches “" : " match “") + shown.search().toLowerCase(Locale.ROOT) + "”";
        }
        if (shown.from() != null || shown.to() != null) {
            text += " in " + (shown.from() == null ? "…" : shown.from()) + " – " + (shown.to() == null ? "…" : shown.to());
        }
        if (tagName != null) {
            text += " tagged “" + tagName + "”";
        }
        return text;
    }
}
