package org.crosscheck.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.crosscheck.AppContext;
import org.crosscheck.extract.LoadedIncidents;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.ItemType;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incidents list's model on the extracted seed articles in a real database. */
class IncidentListViewModelTest {

    private static final Executor NOW = Runnable::run;
    private static final DateRange JANUARY_2024 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    @TempDir
    Path folder;

    private AppContext context;
    private final Workspace workspace = new Workspace();
    private final List<DateRange> asked = new ArrayList<>();
    private final List<DateRange> filteredInMemory = new ArrayList<>();
    private IncidentListViewModel viewModel;

    @BeforeEach
    void openSeeds() {
        context = AppContext.open(folder.resolve("incidents.mv.db"));
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        viewModel = new IncidentListViewModel((window, loaded) -> {
            asked.add(window);
            if (loaded != null) {
                filteredInMemory.add(window);
            }
            return IncidentRow.of(loaded != null ? loaded.in(window) : context.incidents().summaries(window),
                    context.grades().all(ItemType.INCIDENT));
        }, context.tags()::findAll, tagId -> context.tags().itemsWithTag(tagId, ItemType.INCIDENT), workspace,
                NOW, NOW);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void listsEveryIncidentByDateUntilTheBrushNarrowsIt() {
        viewModel.refresh();
        var all = viewModel.items().size();
        assertThat(all).isEqualTo(context.incidents().findAll().size());
        assertThat(viewModel.summaryProperty().get()).isEqualTo(all + " incidents");

        workspace.timeWindowProperty().set(JANUARY_2024);

        assertThat(asked).last().isEqualTo(JANUARY_2024);
        assertThat(viewModel.items()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(row -> assertThat(JANUARY_2024.contains(row.date())).isTrue());
        assertThat(viewModel.summaryProperty().get())
                .isEqualTo(viewModel.items().size() + " incidents in 2024-01-01 – 2024-01-31");
    }

    @Test
    void onceEveryIncidentIsLoadedABrushFiltersThemInMemoryToTheRowsTheQueryGives() {
        workspace.timeWindowProperty().set(JANUARY_2024);
        var queried = viewModel.items().stream().map(IncidentRow::id).toList();
        assertThat(filteredInMemory).isEmpty();

        workspace.loadedIncidentsProperty().set(LoadedIncidents.of(context.incidents().summaries(DateRange.ALL)));

        assertThat(filteredInMemory).containsExactly(JANUARY_2024);
        assertThat(viewModel.items()).extracting(IncidentRow::id).isEqualTo(queried);
        assertThat(shown(viewModel.items()))
                .isEqualTo(shown(IncidentRow.of(context.incidents().summaries(JANUARY_2024), Map.of())));
    }

    /** What a row shows, one line each. */
    private static List<String> shown(List<IncidentRow> rows) {
        return rows.stream().map(row -> row.summary().incident() + " " + row.site() + " "
                + row.summary().reportCount() + " " + row.summary().independentSourceCount() + " "
                + row.summary().conflictCount() + " " + row.state() + " " + row.dateText()).toList();
    }

    @Test
    void aTagNarrowsTheListToTheIncidentsCarryingIt() {
        viewModel.refresh();
        var chosen = viewModel.items().get(1);
        var urgent = context.tags().create("urgent", "#d7301f", 1, "jdoe");
        context.tags().assign(urgent.id(), ItemType.INCIDENT, chosen.id(), "jdoe");
        viewModel.refresh();
        assertThat(viewModel.tags()).extracting(org.crosscheck.model.Tag::name).containsExactly("urgent");

        viewModel.tagFilterProperty().set(urgent);

        assertThat(viewModel.items()).extracting(IncidentRow::id).containsExactly(chosen.id());
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 incident tagged “urgent”");
        viewModel.tagFilterProperty().set(null);
        assertThat(viewModel.items()).hasSizeGreaterThan(1);
    }

    @Test
    void showsTheAnalystsAssessmentBesideTheEvidenceState() {
        viewModel.refresh();
        var first = viewModel.items().get(0);
        context.grades().set(ItemType.INCIDENT, first.id(), "fair", "jdoe");

        viewModel.refresh();

        var row = viewModel.items().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow();
        assertThat(row.assessment()).isEqualTo("fair");
        assertThat(row.state()).endsWith(" · fair");
    }

    @Test
    void tellsTheDateAsPreciselyAsItIsKnown() {
        viewModel.refresh();

        assertThat(viewModel.items()).allSatisfy(row -> assertThat(row.dateText())
                .matches("(week of )?(\\d{1,2} )?[A-Z][a-z]{2} \\d{4}|date unknown"));
    }
}
