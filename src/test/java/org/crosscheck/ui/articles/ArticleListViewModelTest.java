package org.crosscheck.ui.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.crosscheck.AppContext;
import org.crosscheck.extract.ReportingArticles;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.Database;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.SeedArticles;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleListViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private AppContext context;
    private ArticleRepository articles;
    private Workspace workspace;
    private ArticleListViewModel viewModel;

    @BeforeEach
    void openDatabase() throws Exception {
        context = AppContext.open(folder.resolve("list.mv.db"));
        articles = context.articles();
        SeedArticles.insertInto(articles);
        workspace = new Workspace();
        viewModel = listOf(articles, workspace, NOW);
    }

    @AfterEach
    void closeDatabase() {
        context.close();
    }

    private ArticleListViewModel listOf(ArticleRepository repository, Workspace shared, Executor ui) {
        return new ArticleListViewModel(repository, context.tags(), context.edits(), shared, NOW, ui);
    }

    @Test
    void listsEveryArticleNewestFirst() {
        viewModel.refresh();

        assertThat(rows()).hasSize(5);
        assertThat(rows().get(0).outlet()).isEqualTo("The Cradle");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("5 articles");
        assertThat(viewModel.databaseEmptyProperty().get()).isFalse();
    }

    @Test
    void fullTextSearchNarrowsTheListAndSaysSo() {
        viewModel.refresh();

        viewModel.search("Tanf");

        assertThat(rows()).extracting(ArticleSummary::fileName)
                .containsExactlyInAnyOrder("003_5f9ea44ed39dbe39.txt", "004_ca81ca16356623c8.txt");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("2 of 5 articles match “tanf”");
    }

    @Test
    void clearingTheSearchShowsEverythingAgain() {
        viewModel.search("Tanf");
        viewModel.search("   ");

        assertThat(rows()).hasSize(5);
        assertThat(viewModel.queryProperty().get().search()).isNull();
    }

    @Test
    void sortingReQueriesInTheNewOrder() {
        viewModel.sort(ArticleQuery.Sort.OUTLET, true);

        assertThat(rows()).extracting(ArticleSummary::outlet)
                .containsExactly("Al-Mayadeen", "Antiwar.com", "TRIBUNNEWS.COM", "The Cradle", null);
    }

    @Test
    void theTimelineBrushFiltersByPublicationDate() {
        workspace.timeWindowProperty().set(new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));

        assertThat(rows()).extracting(ArticleSummary::outlet).containsExactly("TRIBUNNEWS.COM");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 of 5 articles in 2024-01-01 – 2024-01-31");
    }

    @Test
    void aBrushTakesTheArticlesReportingItsIncidentsFromTheLoadedSummariesAndFollowsTheirReload() {
        context.extractor().extractAll(Progress.NONE);
        var summaries = context.incidents().summaries(DateRange.ALL);
        var reportedLater = summaries.stream()
                .filter(summary -> summary.reportDates().stream().anyMatch(date -> !date.equals(summary.incident()
                        .eventDate())) || summary.reportDates().size() < summary.articleIds().size())
                .findFirst().orElseThrow();
        var day = reportedLater.incident().eventDate();
        var joined = articles.page(ArticleQuery.all().withSort(ArticleQuery.Sort.PUBLISHED, false)
                .withWindow(day, day), 0, 100).stream().map(ArticleSummary::id).toList();
        workspace.reportingArticlesProperty().set(ReportingArticles.of(List.of()));

        workspace.timeWindowProperty().set(new DateRange(day, day));

        assertThat(rows()).extracting(ArticleSummary::id).hasSizeLessThan(joined.size()).isSubsetOf(joined);
        workspace.reportingArticlesProperty().set(ReportingArticles.of(summaries));
        assertThat(rows()).extracting(ArticleSummary::id).containsExactlyElementsOf(joined)
                .containsAll(reportedLater.articleIds());
    }

    @Test
    void openingARowPointsTheReaderAtThatArticle() {
        viewModel.refresh();

        viewModel.open(rows().get(0));

        assertThat(workspace.readerTargetProperty().get().articleId()).isEqualTo(rows().get(0).id());
    }

    @Test
    void reopeningTheArticleTheReaderShowsKeepsItsSpan() {
        viewModel.refresh();
        var first = rows().get(0);
        workspace.readerTargetProperty().set(new Workspace.ReaderTarget(first.id(), 5, 9));

        viewModel.open(first);

        assertThat(workspace.readerTargetProperty().get()).isEqualTo(new Workspace.ReaderTarget(first.id(), 5, 9));
        assertThat(viewModel.indexOfOpenArticle()).isZero();
    }

    @Test
    void anEmptyDatabaseIsReportedAsSuch() throws Exception {
        try (var empty = Database.open(folder.resolve("empty.mv.db"))) {
            var emptyList = listOf(new ArticleRepository(empty), new Workspace(), NOW);
            emptyList.refresh();

            assertThat(emptyList.databaseEmptyProperty().get()).isTrue();
            assertThat(emptyList.summaryProperty().get()).isEqualTo("0 articles");
        }
    }

    @Test
    void loadsFurtherPagesOnlyWhenTheirRowsAreAskedFor() throws Exception {
        var many = articles;
        for (int i = 0; i < 150; i++) {
            var text = "Report number " + i + " about a drone attack.";
            many.insert(new org.crosscheck.model.Article(0, "bulk-" + i + ".txt", String.format("%064d", i), text,
                    null, null, "Bulk " + i, null, "en", null, null, null, java.time.Instant.now()));
        }
        var pending = new java.util.ArrayList<Runnable>();
        var list = listOf(many, new Workspace(), pending::add);
        list.refresh();
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
        var items = list.itemsProperty().get();

        assertThat(items).hasSize(155);
        assertThat(items.get(140)).isNull();
        pending.remove(0).run();
        assertThat(items.get(140)).isNotNull();
    }

    private List<ArticleSummary> rows() {
        return new java.util.ArrayList<>(viewModel.itemsProperty().get());
    }

    @Test
    void tagsAnArticleWithItsKeyAndFiltersByTheTag() {
        var urgent = context.tags().create("urgent", "#d7301f", 1, "maya");
        viewModel.refresh();
        var first = rows().get(0);

        viewModel.toggleTag(1, first.id());
        viewModel.filterByTag(urgent);

        assertThat(rows()).extracting(ArticleSummary::id).containsExactly(first.id());
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 of 5 articles tagged “urgent”");
        viewModel.search("Sputnik");
        assertThat(rows()).extracting(ArticleSummary::id).isSubsetOf(first.id());
        viewModel.search("the");
        assertThat(rows()).extracting(ArticleSummary::id).containsExactly(first.id());
        viewModel.search("");

        viewModel.toggleTag(urgent, first.id());

        assertThat(rows()).isEmpty();
        context.edits().undo();
        viewModel.filterByTag(null);
        assertThat(rows()).hasSize(5);
        assertThat(viewModel.tagIdsOf(first.id())).containsExactly(urgent.id());
    }

    @Test
    void aKeyWithoutTagIsToldAndChangesNothing() {
        viewModel.refresh();
        var told = new java.util.ArrayList<String>();
        viewModel.setOnError(told::add);

        viewModel.toggleTag(7, rows().get(0).id());

        assertThat(told).containsExactly("No tag has the key 7. Make tags in the Compare tab (New tag).");
        assertThat(context.tags().itemsWithTag(1, org.crosscheck.model.ItemType.ARTICLE)).isEmpty();
    }
}
