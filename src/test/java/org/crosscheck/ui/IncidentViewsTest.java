package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Span;
import org.crosscheck.ui.common.Workspace;
import org.crosscheck.ui.detail.IncidentDetailView;
import org.crosscheck.ui.incidents.IncidentRow;
import org.crosscheck.ui.reader.ReaderView;
import org.crosscheck.ui.timeline.TimelinePane;
import org.crosscheck.ui.timeline.TimelineSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The incidents list, the detail panel and the brush in the real main window on the extracted seed articles: what
 * an analyst does to go from an incident to the reports and claims behind it.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentViewsTest {

    private static final DateRange JANUARY_2024 = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    @TempDir
    Path folder;

    private SeededWindow seeded;

    @Start
    void start(Stage stage) {
        seeded = SeededWindow.open(folder, stage, 1600, 1000);
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void selectingAnIncidentInTheListShowsItsDetail(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-incidents");
        var conoco = rowWhere(robot, row -> row.site().startsWith("Conoco")
                && LocalDate.of(2024, 1, 12).equals(row.date()));

        robot.clickOn(conoco);

        var id = conoco.getItem().id();
        assertThat(seeded.window().workspace().selectedIncidentIdProperty().get()).isEqualTo(id);
        SeededWindow.waitUntil(() -> robot.lookup("#incident-detail").queryAs(IncidentDetailView.class).isVisible()
                && robot.lookup("#detail-site").tryQuery().isPresent());
        assertThat(label(robot, "#detail-site")).startsWith("Conoco");
        assertThat(label(robot, "#detail-date")).isEqualTo("12 Jan 2024");
        var reports = seeded.context().claims().forIncident(id).stream().map(c -> c.articleId()).distinct().toList();
        assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reports).allSatisfy(articleId ->
                assertThat(robot.lookup("#detail-report-" + articleId).tryQuery()).isPresent());
    }

    @Test
    void clickingAColumnHeaderSortsTheIncidents(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-incidents");

        robot.clickOn("Reports");
        robot.clickOn("Reports");

        var counts = incidents(robot).getItems().stream().map(row -> row.summary().reportCount()).toList();
        assertThat(counts).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(counts.get(0)).isGreaterThan(counts.get(counts.size() - 1));
        var picture = WaitForAsyncUtils.asyncFx(() -> seeded.stage().getScene().snapshot(null)).get();
        ScreenshotTest.write(picture, ScreenshotTest.screenshotFolder().resolve("incidents-list-1600x1000.png"));
    }

    @Test
    void anIncidentSelectedElsewhereIsSelectedInTheList(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-incidents");
        var last = incidents(robot).getItems().get(incidents(robot).getItems().size() - 1);

        robot.interact(() -> seeded.window().workspace().selectedIncidentIdProperty().set(last.id()));

        assertThat(incidents(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(last.id());
    }

    @Test
    void brushingJanuaryLeavesOnlyJanuaryInBothLists(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-incidents");
        var before = incidents(robot).getItems().size();
        var timeline = robot.lookup(".timeline-pane").queryAs(TimelinePane.class).timeline();
        var geometry = ((TimelineSkin) timeline.getSkin()).geometry();
        var stripY = (geometry.histogramTop() + geometry.histogramBottom()) / 2;

        robot.drag(timeline.localToScreen(geometry.x(JANUARY_2024.from().toEpochDay() + 0.5), stripY),
                        MouseButton.PRIMARY)
                .moveTo(timeline.localToScreen(geometry.x(JANUARY_2024.to().toEpochDay() + 0.5), stripY))
                .release(MouseButton.PRIMARY);

        SeededWindow.waitUntil(() -> JANUARY_2024.equals(seeded.window().workspace().timeWindowProperty().get())
                && label(robot, "#incident-summary").contains("2024-01-01"));
        assertThat(incidents(robot).getItems()).isNotEmpty().hasSizeLessThan(before)
                .allSatisfy(row -> assertThat(JANUARY_2024.contains(row.date())).isTrue());
        SeededWindow.waitUntil(() -> label(robot, "#article-summary").contains("2024-01-01"));
        var articles = articleTable(robot).getItems();
        assertThat(articles).isNotEmpty().hasSizeLessThan(5);
        assertThat(articles.stream().filter(a -> a != null)).allSatisfy(article -> assertThat(
                JANUARY_2024.contains(article.published()) || reportsAnIncidentIn(article.id(), JANUARY_2024))
                .as(article.fileName()).isTrue());
    }

    private boolean reportsAnIncidentIn(long articleId, DateRange window) {
        return seeded.context().claims().forArticle(articleId).stream()
                .map(claim -> claim.incidentId()).filter(java.util.Objects::nonNull).distinct()
                .map(id -> seeded.context().incidents().find(id).orElseThrow())
                .anyMatch(incident -> window.contains(incident.eventDate()));
    }

    @Test
    void clickingAReportOpensTheReaderAtItsClaim(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        robot.clickOn("#tab-incidents");
        var conoco = rowWhere(robot, row -> row.site().startsWith("Conoco")
                && LocalDate.of(2024, 1, 12).equals(row.date()));
        robot.clickOn(conoco);
        var id = conoco.getItem().id();
        SeededWindow.waitUntil(() -> robot.lookup("#detail-site").tryQuery().isPresent());
        var claim = seeded.context().claims().forIncident(id).stream()
                .min(Comparator.comparingLong((Claim c) -> c.articleId())
                        .thenComparingInt(c -> c.span().start()))
                .orElseThrow();
        var firstClaimOfArticle = seeded.context().claims().forIncident(id).stream()
                .filter(c -> c.articleId() == claim.articleId())
                .min(Comparator.comparingInt(c -> c.span().start())).orElseThrow();

        robot.clickOn("#detail-report-" + claim.articleId());

        var target = seeded.window().workspace().readerTargetProperty().get();
        assertThat(target).isEqualTo(new Workspace.ReaderTarget(claim.articleId(), firstClaimOfArticle.span().start(),
                firstClaimOfArticle.span().end()));
        assertThat(robot.lookup("#center-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-reader");
        var reader = robot.lookup("#reader").queryAs(ReaderView.class);
        var text = seeded.context().articles().find(claim.articleId()).orElseThrow().text();
        SeededWindow.waitUntil(() -> reader.displayedText().equals(text));
        assertThat(firstClaimOfArticle.span()).isEqualTo(new Span(target.start(), target.end()));
        assertThat(robot.lookup(".reader-target-band").tryQuery()).isPresent();
    }

    @Test
    void writesThePictureOfTheReaderWithMarksAndTheDetailPanel(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        for (var size : new int[][] {{1600, 1000}, {1280, 800}, {1280, 800, 1}}) {
            if (size.length > 2) {
                robot.clickOn("#tool-theme");
            }
            robot.interact(() -> {
                seeded.stage().setWidth(size[0]);
                seeded.stage().setHeight(size[1]);
            });
            robot.clickOn("#tab-incidents");
            var conoco = rowWhere(robot, row -> row.site().startsWith("Conoco")
                    && LocalDate.of(2024, 1, 12).equals(row.date()));
            robot.clickOn(conoco);
            SeededWindow.waitUntil(() -> robot.lookup("#detail-site").tryQuery().isPresent());
            var report = seeded.context().claims().forIncident(conoco.getItem().id()).get(0).articleId();
            robot.clickOn("#detail-report-" + report);
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            var image = WaitForAsyncUtils.asyncFx(() -> seeded.stage().getScene().snapshot(null)).get();
            var file = ScreenshotTest.screenshotFolder().resolve("reader-marks-detail-" + size[0] + "x" + size[1]
                    + (size.length > 2 ? "-dark" : "") + ".png");
            ScreenshotTest.write(image, file);
            assertThat(Files.size(file)).isGreaterThan(10_000);
            assertThat(robot.lookup(".highlight-band").queryAll()).hasSizeGreaterThan(1);
            assertThat(robot.lookup(".mention-site-line").queryAll()).isNotEmpty();
        }
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<IncidentRow> incidents(FxRobot robot) {
        return robot.lookup("#incident-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleSummary> articleTable(FxRobot robot) {
        return robot.lookup("#article-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableRow<IncidentRow> rowWhere(FxRobot robot, Predicate<IncidentRow> test) {
        return robot.lookup("#incident-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && test.test((IncidentRow) r.getItem()))
                .findFirst().orElseThrow(() -> new AssertionError("no such incident row"));
    }
}
