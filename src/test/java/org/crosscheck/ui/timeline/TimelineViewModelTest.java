package org.crosscheck.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineItem;
import org.crosscheck.render.timeline.TimelineSamples;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private static final DateRange JANUARY = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    private final Workspace workspace = new Workspace();

    private TimelineViewModel viewModel(TimelineViewModel.Source source) {
        return new TimelineViewModel(source, workspace, Runnable::run, Runnable::run);
    }

    @Test
    void refreshLoadsTheIncidents() {
        var viewModel = viewModel(TimelineSamples::seedLike);
        viewModel.refresh();

        assertThat(viewModel.items()).hasSize(6);
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEmpty();
    }

    @Test
    void loadsAnEmptyDatabaseWithoutComplaint() {
        var viewModel = viewModel(List::<TimelineItem>of);
        viewModel.refresh();

        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.brushTextProperty().get()).startsWith("Drag on the histogram strip");
    }

    @Test
    void reportsALoadFailureInOneSentence() {
        var viewModel = viewModel(() -> {
            throw new IllegalStateException("the database is closed");
        });
        viewModel.refresh();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Could not load the incidents: the database is closed");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void brushSetsTheWorkspaceWindowAndDescribesIt() {
        var viewModel = viewModel(TimelineSamples::seedLike);
        viewModel.refresh();
        viewModel.brush(JANUARY);

        assertThat(workspace.timeWindowProperty().get()).isEqualTo(JANUARY);
        assertThat(viewModel.brushedProperty().get()).isTrue();
        assertThat(viewModel.brushTextProperty().get()).isEqualTo("Brush 1 Jan – 31 Jan 2024: 2 of 6 incidents");

        viewModel.clearBrush();

        assertThat(workspace.timeWindowProperty().get()).isEqualTo(DateRange.ALL);
        assertThat(viewModel.brushedProperty().get()).isFalse();
    }

    @Test
    void followsTheWorkspaceSelectionBothWays() {
        var viewModel = viewModel(TimelineSamples::seedLike);

        workspace.selectedIncidentIdProperty().set(4L);
        assertThat(viewModel.selectedIncidentIdProperty().get()).isEqualTo(4L);

        viewModel.selectedIncidentIdProperty().set(3L);
        assertThat(workspace.selectedIncidentIdProperty().get()).isEqualTo(3L);
    }

    @Test
    void followsAWindowSetElsewhere() {
        var viewModel = viewModel(TimelineSamples::seedLike);
        viewModel.refresh();
        workspace.timeWindowProperty().set(JANUARY);

        assertThat(viewModel.brushTextProperty().get()).contains("2 of 6");
    }
}
