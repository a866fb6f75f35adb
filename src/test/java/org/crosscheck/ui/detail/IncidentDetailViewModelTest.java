package org.crosscheck.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.crosscheck.AppContext;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Incident;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail panel's model on the extracted seed articles in a real database. */
class IncidentDetailViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private AppContext context;
    private final Workspace workspace = new Workspace();
    private IncidentDetailViewModel viewModel;
    private Incident conoco;

    @BeforeEach
    void openSeeds() {
        context = AppContext.open(folder.resolve("detail.mv.db"));
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        viewModel = new IncidentDetailViewModel(id -> IncidentDetail.load(context, id), workspace, NOW, NOW);
        conoco = context.incidents().findAll().stream()
                .filter(incident -> "conoco".equals(incident.siteId())
                        && LocalDate.of(2024, 1, 12).equals(incident.eventDate()))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void followsTheSelectedIncidentWithItsReportsClaimsAndCounts() {
        workspace.selectedIncidentIdProperty().set(conoco.id());

        var detail = viewModel.detailProperty().get();
        assertThat(detail.incident().id()).isEqualTo(conoco.id());
        assertThat(detail.siteName()).startsWith("Conoco");
        var claims = context.claims().forIncident(conoco.id());
        assertThat(detail.reports()).extracting(IncidentDetail.Report::articleId)
                .containsExactlyInAnyOrderElementsOf(claims.stream().map(Claim::articleId).distinct().toList())
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(detail.claimsByAspect().values().stream().mapToInt(List::size).sum())
                .isEqualTo(claims.size());
        assertThat(detail.claimsByAspect().keySet()).last().isEqualTo(Aspect.OCCURRENCE);

        workspace.selectedIncidentIdProperty().set(null);
        assertThat(viewModel.detailProperty().get()).isNull();
    }

    @Test
    void openingAReportPointsTheReaderAtItsFirstClaimAboutTheIncident() {
        workspace.selectedIncidentIdProperty().set(conoco.id());
        var report = viewModel.detailProperty().get().reports().get(0);

        viewModel.open(report);

        var first = context.claims().forIncident(conoco.id()).stream()
                .filter(claim -> claim.articleId() == report.articleId())
                .min(Comparator.comparingInt(claim -> claim.span().start())).orElseThrow();
        assertThat(workspace.readerTargetProperty().get()).isEqualTo(
                new Workspace.ReaderTarget(report.articleId(), first.span().start(), first.span().end()));
    }

    @Test
    void anIncidentThatNoLongerExistsShowsNothing() {
        workspace.selectedIncidentIdProperty().set(987_654L);

        assertThat(viewModel.detailProperty().get()).isNull();
    }
}
