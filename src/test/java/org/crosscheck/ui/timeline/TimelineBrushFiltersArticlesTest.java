package org.crosscheck.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.TimelineSamples;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.articles.ArticleListView;
import org.crosscheck.ui.articles.ArticleListViewModel;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The brush drawn on the timeline reaches the article list through the shared workspace, as in the main window. */
@ExtendWith(ApplicationExtension.class)
class TimelineBrushFiltersArticlesTest {

    private static final DateRange JULY_2024 = new DateRange(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31));

    @TempDir
    static Path folder;

    private final Workspace workspace = new Workspace();
    private AppContext context;
    private ArticleListViewModel articles;
    private TimelinePane timeline;

    @Start
    void start(Stage stage) {
        context = AppContext.open(folder.resolve("seeds-" + System.nanoTime() + ".mv.db"));
        context.importer().importSeeds(Progress.NONE);
        articles = new ArticleListViewModel(context.articles(), context.tags(), context.edits(), workspace,
                Runnable::run, Runnable::run);
        timeline = new TimelinePane(new TimelineViewModel(TimelineSamples::seedLike, workspace, Runnable::run,
                Runnable::run));
        timeline.refresh();
        articles.refresh();
        var root = new BorderPane(timeline);
        root.setLeft(new ArticleListView(articles));
        stage.setScene(new Scene(root, 1500, 500));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        context.close();
    }

    @Test
    void brushingJulyLeavesOnlyTheArticlesPublishedInJulyOrReportingItsIncidents(FxRobot robot) {
        assertThat(articles.itemsProperty().get()).hasSize(5);
        var geometry = ((TimelineSkin) timeline.timeline().getSkin()).geometry();
        var stripY = (geometry.histogramTop() + geometry.histogramBottom()) / 2;
        var canvas = timeline.timeline();

        robot.drag(canvas.localToScreen(geometry.x(JULY_2024.from().toEpochDay() + 0.5), stripY), MouseButton.PRIMARY)
                .moveTo(canvas.localToScreen(geometry.x(JULY_2024.to().toEpochDay() + 0.5), stripY))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.timeWindowProperty().get()).isEqualTo(JULY_2024);
        var publishedInJuly = context.articles()
                .page(ArticleQuery.all().withWindow(JULY_2024.from(), JULY_2024.to()), 0, 10);
        assertThat(publishedInJuly).extracting(ArticleSummary::outlet).contains("The Cradle");
        assertThat(articles.itemsProperty().get()).extracting(ArticleSummary::id)
                .containsExactlyInAnyOrderElementsOf(publishedInJuly.stream().map(ArticleSummary::id).toList())
                .hasSizeLessThan(5);

        robot.clickOn("#clear-brush");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(articles.itemsProperty().get()).hasSize(5);
    }
}
