package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.AuditLog;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.MentionRepository;
import org.crosscheck.store.SiteRepository;
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
    private MentionRepository mentions;
    private ClaimRepository claims;

    @BeforeEach
    void openDatabase() throws Exception {
        database = Database.open(folder.resolve("reader.mv.db"));
        articles = new ArticleRepository(database);
        seeds = SeedArticles.insertInto(articles);
        workspace = new Workspace();
        mentions = new MentionRepository(database);
        claims = new ClaimRepository(database);
        var sites = new SiteRepository(database);
        sites.saveAll(SitesCsv.bundled());
        viewModel = new ReaderViewModel(articles, ArticleMarks.loader(mentions, claims, sites), workspace, "jdoe",
                NOW, NOW);
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
    void marksTheStoredSitesDatesAndClaimsOfTheOpenArticleAsSwitched() {
        var omar = seeds.get(3);
        var siteAt = omar.text().indexOf("Omar");
        mentions.replaceForArticle(omar.id(), List.of(
                new Mention(0, omar.id(), MentionKind.SITE, new Span(siteAt, siteAt + 4), "al-omar", "target", null,
                        null, "site.alias", 0.9),
                new Mention(0, omar.id(), MentionKind.DATE, new Span(0, 4), "2023-10-27", null, TimePrecision.DAY,
                        DateBasis.RELATIVE_TO_PUBLISHED, "date.weekday", 0.8)));
        claims.insert(new Claim(0, omar.id(), null, new Span(10, 30), omar.text().substring(10, 30), "Sputnik",
                "said", Aspect.COUNT, "6 missile", Stance.ASSERTS, "claim.count", 0.7, Origin.AUTO, null,
                Instant.now()));

        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(omar.id()));

        assertThat(viewModel.markHighlights()).extracting(Highlight::styleClass)
                .containsExactlyInAnyOrder("claim-count", ReaderMarks.SITE, ReaderMarks.DATE);
        viewModel.showClaimsProperty().set(false);
        viewModel.showDatesProperty().set(false);
        assertThat(viewModel.markHighlights()).extracting(Highlight::styleClass).containsExactly(ReaderMarks.SITE);

        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(seeds.get(0).id()));
        assertThat(viewModel.markHighlights()).isEmpty();
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
