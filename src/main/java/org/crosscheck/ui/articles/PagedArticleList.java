package org.crosscheck.ui.articles;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.crosscheck.model.ArticleSummary;

/**
 * The rows of one article-list query, fetched from the database a page at a time as the table scrolls to them,
 * so a list of fifty thousand articles costs only the pages on screen. A row not loaded yet reads as null (an empty
 * row) until its page arrives; then the list reports those rows as updated.
 */
final class PagedArticleList extends ObservableListBase<ArticleSummary> {

    static final int PAGE_SIZE = 100;
    private static final int CACHED_PAGES = 40;

    /** Reads {@code limit} rows from {@code offset}; runs on the background executor. */
    @FunctionalInterface
    interface PageLoader {
        List<ArticleSummary> load(int offset, int limit);
    }

    private final int size;
    private final PageLoader loader;
    private final Executor background;
    private final Executor ui;
    private final Consumer<RuntimeException> onError;
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> loading = new HashSet<>();

    PagedArticleList(int size, List<ArticleSummary> firstPage, PageLoader loader, Executor background, Executor ui,
                     Consumer<RuntimeException> onError) {
        this.size = size;
        this.loader = loader;
        this.background = background;
        this.ui = ui;
        this.onError = onError;
        if (!firstPage.isEmpty()) {
            pages.put(0, firstPage);
        }
    }

    @Override
    public ArticleSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        var pageIndex = index / PAGE_SIZE;
        var page = pages.get(pageIndex);
        if (page == null) {
            requestPage(pageIndex);
            return null;
        }
        var offset = index % PAGE_SIZE;
        return offset < page.size() ? page.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** The position of the article with this id among the rows loaded so far, or -1. */
    int indexOfLoaded(long articleId) {
        for (var entry : pages.entrySet()) {
            var rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == articleId) {
                    return entry.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }

    private void requestPage(int pageIndex) {
        if (!loading.add(pageIndex)) {
            return;
        }
        background.execute(() -> {
            try {
                var rows = loader.load(pageIndex * PAGE_SIZE, PAGE_SIZE);
                ui.execute(() -> pageArrived(pageIndex, rows));
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    loading.remove(pageIndex);
                    onError.accept(e);
                });
            }
        });
    }

    private void pageArrived(int pageIndex, List<ArticleSummary> rows) {
        loading.remove(pageIndex);
        pages.put(pageIndex, rows);
        var from = pageIndex * PAGE_SIZE;
        var to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
        endChange();
    }
}
