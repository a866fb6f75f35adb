package org.crosscheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.export.CsvTable;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Origin;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.ui.reader.ReaderView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 5's annotation session in the real window, mouse and keyboard only: select words in the reader, make a
 * claim of them (Ctrl+M), tag it, link it as contradicting another report's claim, grade it, its outlet and the
 * incident, export, and find exactly that in the exported CSV rows.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationSessionTest {

    private static final String WORDS = "a series of powerful explosions";

    @TempDir
    Path folder;
    private AppContext context;
    private MainWindow window;
    private SeededWindow seeded;

    @Start
    void start(Stage primary) {
        seeded = SeededWindow.open(folder, primary, 1600, 1000);
        context = seeded.context();
        window = seeded.window();
        context.setAnalyst("maya");
    }

    @AfterEach
    void close() throws Exception {
        seeded.close();
    }

    @Test
    void selectClaimTagLinkGradeExport(FxRobot robot) throws Exception {
        waitUntil(() -> context.articles().count(ArticleQuery.all()) == 5 && window.tasks().running().isEmpty()
                && !context.incidents().findAll().isEmpty());
        var tribun = context.articles().find(context.articles().findIdBySha256(sha("000")).orElseThrow())
                .orElseThrow();

        // open the TRIBUNNEWS report and select the words with the mouse
        robot.clickOn(robot.lookup("#article-table .table-row-cell").<TableRow<?>>match(row ->
                row.getItem() != null && row.getItem().toString().contains("TRIBUNNEWS")).<TableRow<?>>query());
        var reader = robot.lookup("#reader").queryAs(ReaderView.class);
        waitUntil(() -> reader.displayedText().contains(WORDS));
        dragOver(robot, reader, WORDS);
        var start = tribun.text().indexOf(WORDS);
        waitUntil(() -> reader.selectionProperty().get() != null);
        assertThat(reader.selectionProperty().get()).isEqualTo(new org.crosscheck.model.Span(start,
                start + WORDS.length()));

        // claim from the selection with the shortcut
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#claim-value").tryQuery().isPresent());
        robot.clickOn("#claim-value").write("explosions");
        ComboBox<Aspect> aspect = robot.lookup("#claim-aspect").queryComboBox();
        robot.interact(() -> aspect.setValue(Aspect.OCCURRENCE));
        robot.clickOn("#claim-ok");
        var claim = context.claims().forArticle(tribun.id()).stream()
                .filter(c -> c.origin() == Origin.ANALYST).findFirst().orElseThrow();
        assertThat(claim).extracting(Claim::quote, Claim::value, Claim::analyst)
                .containsExactly(WORDS, "explosions", "maya");
        assertThat(claim.incidentId()).isNotNull();

        // the compare view shows the claim's incident: tag the claim with a new tag on key 1
        robot.clickOn("#tab-compare");
        waitUntil(() -> robot.lookup("#claim-" + claim.id()).tryQuery().isPresent());
        robot.clickOn("#compare-new-tag");
        robot.clickOn("#tag-name").write("check wording");
        robot.clickOn("#tag-ok");
        waitUntil(() -> context.tags().findByName("check wording").isPresent());
        showAndClick(robot, "#claim-" + claim.id(), false);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> !context.tags().tagsOf(ItemType.CLAIM, claim.id()).isEmpty());

        // link it as contradicting a claim of another report of the incident
        var other = context.claims().forIncident(claim.incidentId()).stream()
                .filter(c -> c.articleId() != tribun.id()).findFirst().orElseThrow();
        showAndClick(robot, "#claim-" + claim.id(), false);
        showAndClick(robot, "#claim-" + other.id(), true);
        robot.type(KeyCode.L);
        robot.clickOn("#relation-contradicts");
        robot.clickOn("#link-note").write("explosions vs nothing happened");
        robot.clickOn("#link-ok");

        // grade the claim, its outlet and the incident
        select(robot, "#credibility-" + claim.id(), "2");
        select(robot, "#reliability-" + tribun.id(), "C");
        select(robot, "#compare-assessment", "contested");
        waitUntil(() -> context.grades().find(ItemType.INCIDENT, claim.incidentId()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("annotation-session.png");

        // export through the window and read the rows back
        var out = folder.resolve("export");
        robot.interact(() -> window.exportTo(out));
        waitUntil(() -> Files.exists(out.resolve("links.csv")) && window.tasks().running().isEmpty());

        var claimRow = row(out, "claims.csv", "claim_id", claim.id());
        assertThat(claimRow).extracting(r -> r.get("quote"), r -> r.get("aspect"), r -> r.get("value"),
                        r -> r.get("origin"), r -> r.get("analyst"), r -> r.get("tags"), r -> r.get("credibility"),
                        r -> r.get("reliability"), r -> r.get("outlet"), r -> r.get("incident_id"))
                .containsExactly(WORDS, "occurrence", "explosions", "analyst", "maya", "check wording", "2", "C",
                        "TRIBUNNEWS.COM", String.valueOf(claim.incidentId()));
        var linkRow = CsvTable.read(out.resolve("links.csv")).rows().stream()
                .filter(r -> r.get("relation").equals("contradicts") && r.get("origin").equals("analyst"))
                .findFirst().orElseThrow();
        assertThat(linkRow).extracting(r -> r.get("claim_a"), r -> r.get("claim_b"), r -> r.get("status"),
                        r -> r.get("note"), r -> r.get("analyst"))
                .containsExactly(String.valueOf(claim.id()), String.valueOf(other.id()), "accepted",
                        "explosions vs nothing happened", "maya");
        var incidentRow = row(out, "incidents.csv", "incident_id", claim.incidentId());
        assertThat(incidentRow.get("assessment")).isEqualTo("contested");
        assertThat(incidentRow.get("claim_ids").split(";")).contains(String.valueOf(claim.id()));
        assertThat(Integer.parseInt(incidentRow.get("conflict_count"))).isPositive();
        assertThat(row(out, "outlets.csv", "outlet", "TRIBUNNEWS.COM").get("reliability")).isEqualTo("C");
    }

    private String sha(String seedPrefix) {
        return context.articles().page(ArticleQuery.all(), 0, 10).stream()
                .filter(summary -> summary.fileName().startsWith(seedPrefix)).findFirst()
                .flatMap(summary -> context.articles().find(summary.id())).orElseThrow().sha256();
    }

    /** Presses the mouse on the first letter of {@code words} in the reader and releases it after the last. */
    private static void dragOver(FxRobot robot, ReaderView reader, String words) {
        var flow = robot.from(reader).lookup(".reader-text").queryAs(TextFlow.class);
        var at = reader.displayedText().indexOf(words);
        var first = flow.localToScreen(band(flow.rangeShape(at, at + 1)).getBoundsInLocal());
        var last = flow.localToScreen(band(flow.rangeShape(at + words.length() - 1, at + words.length()))
                .getBoundsInLocal());
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMaxX() + last.getMaxX()) / 2, last.getCenterY()));
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
    }

    private static javafx.scene.shape.Path band(javafx.scene.shape.PathElement[] elements) {
        return new javafx.scene.shape.Path(elements);
    }

    /** Scrolls a claim card of the compare view into sight, then clicks it (with Ctrl to add it). */
    private static void showAndClick(FxRobot robot, String query, boolean add) {
        var card = robot.lookup(query).query();
        robot.interact(() -> {
            var pane = (javafx.scene.control.ScrollPane) card.getScene().lookup(".compare-scroll");
            var grid = pane.getContent();
            var at = grid.sceneToLocal(card.localToScene(0, 0));
            pane.setVvalue(Math.min(1, at.getY() / Math.max(1, grid.getBoundsInLocal().getHeight()
                    - pane.getViewportBounds().getHeight())));
            pane.setHvalue(Math.min(1, at.getX() / Math.max(1, grid.getBoundsInLocal().getWidth()
                    - pane.getViewportBounds().getWidth())));
            pane.layout();
        });
        if (add) {
            robot.press(KeyCode.CONTROL).clickOn(card).release(KeyCode.CONTROL);
        } else {
            robot.clickOn(card);
        }
    }

    private static void select(FxRobot robot, String query, String value) {
        ComboBox<String> combo = robot.lookup(query).queryComboBox();
        robot.interact(() -> combo.setValue(value));
    }

    private static CsvTable.Row row(Path out, String file, String column, Object value)
            throws Exception {
        return CsvTable.read(out.resolve(file)).rows().stream()
                .filter(r -> r.get(column).equals(String.valueOf(value))).findFirst().orElseThrow();
    }

    private void screenshot(String name) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> seeded.stage().getScene().snapshot(null)).get();
        var shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve(name).toFile());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
