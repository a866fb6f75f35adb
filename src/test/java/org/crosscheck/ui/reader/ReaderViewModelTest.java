package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.crosscheck.model.Article;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Span;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.AuditLog;
import org.crosscheck.store.Database;
import org.crosscheck.ui.SeedArticles;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private Database database;
    private ArticleRepository articles;
    private List<Article> seeds;
    private Workspace workspace;
    private ReaderViewModel viewModel;

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("reader.mv.db"));
        articles = new ArticleRepository(database);
        seeds = SeedArticles.insertInto(articles);
        workspace = new Workspace();
        viewModel = new ReaderViewModel(articles, workspace, "jdoe", NOW, NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void followsTheWorkspaceToTheArticleAndItsSpan() {
        var cradle = seeds.get(1);

        workspace.readerTargetProperty().set(new Workspace.ReaderTarget(cradle.id(), 10, 20));

        assertThat(viewModel.articleProperty().get().text()).isEqualTo(cradle.text());
        assertThat(viewModel.outletProperty().get()).isEqualTo("The Cradle");
        assertThat(viewModel.targetProperty().get()).isEqualTo(new Span(10, 20));
        assertThat(viewModel.dirtyProperty().get()).isFalse();
    }

    @Test
    void editingAHeaderFieldMakesItDirtyAndRevertUndoesIt() {
        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(seeds.get(0).id()));

        viewModel.titleProperty().set("Another title");
        assertThat(viewModel.dirtyProperty().get()).isTrue();

        viewModel.revert();
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo(seeds.get(0).title());
    }

    @Test
    void savePersistsTheHeaderAndAuditsItUnderTheAnalyst() {
        var untitled = seeds.get(2);
        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(untitled.id()));

        viewModel.outletProperty().set("  ZeroHedge ");
        viewModel.publishedProperty().set(LocalDate.of(2024, 1, 12));
        viewModel.save();

        var stored = articles.find(untitled.id()).orElseThrow();
        assertThat(stored.outlet()).isEqualTo("ZeroHedge");
        assertThat(stored.published()).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(viewModel.dirtyProperty().get()).isFalse();
        assertThat(viewModel.lastSavedProperty().get().id()).isEqualTo(untitled.id());
        assertThat(new AuditLog(database).forItem(ItemType.ARTICLE, untitled.id()))
                .anySatisfy(entry -> assertThat(entry.analyst()).isEqualTo("jdoe"));
    }

    @Test
    void openingAnotherArticleSavesPendingEditsFirst() {
        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(seeds.get(0).id()));
        viewModel.titleProperty().set("Edited before switching");

        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(seeds.get(1).id()));

        assertThat(articles.find(seeds.get(0).id()).orElseThrow().title()).isEqualTo("Edited before switching");
        assertThat(viewModel.titleProperty().get()).isEqualTo(seeds.get(1).title());
    }

    @Test
    void aMissingArticleBecomesOnePlainSentence() {
        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(9999));

        assertThat(viewModel.errorProperty().get()).isEqualTo("Article 9999 no longer exists.");
    }

    @Test
    void arabicTextReadsRightToLeft() {
        assertThat(ReaderViewModel.isRightToLeft(null, "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف")).isTrue();
        assertThat(ReaderViewModel.isRightToLeft("ar", "")).isTrue();
        assertThat(ReaderViewModel.isRightToLeft("en", "US base at al-Tanf (التنف) was attacked")).isFalse();
    }
}
