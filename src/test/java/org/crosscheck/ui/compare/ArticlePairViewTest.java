package org.crosscheck.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.CubicCurve;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two seed articles side by side: the links between their claims are drawn across and listed; picking a link
 * scrolls both texts to its claims; a claim picked on each side is linked as contradicting.
 */
@ExtendWith(ApplicationExtension.class)
class ArticlePairViewTest {

    @TempDir
    Path folder;
    private AppContext context;
    private ArticlePairViewModel viewModel;
    private Stage stage;
    private ClaimLink crossing;
    private long leftArticle;
    private long rightArticle;
    private final ExecutorService queries = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage primary) {
        stage = primary;
        context = AppContext.open(folder.resolve("pair.mv.db"));
        context.setAnalyst("maya");
        context.importer().importSeeds(Progress.NONE);
        context.extractor().extractAll(Progress.NONE);
        crossing = context.links().findAll().stream().filter(link -> articleOf(link.claimA()) != articleOf(link.claimB()))
                .findFirst().orElseThrow();
        leftArticle = articleOf(crossing.claimA());
        rightArticle = articleOf(crossing.claimB());
        viewModel = new ArticlePairViewModel(context.articles(), context.claims(), context.links(), context.edits(),
                queries, Platform::runLater);
        var view = new ArticlePairView(viewModel, new DialogService(stage));
        Theme.LIGHT.apply();
        stage.setScene(new Scene(view, 1100, 760));
        stage.sizeToScene();
        stage.getScene().getStylesheets().add(Theme.appStylesheet());
        stage.show();
        view.refresh();
        view.compare(leftArticle, rightArticle);
    }

    private long articleOf(long claimId) {
        return context.claims().find(claimId).orElseThrow().articleId();
    }

    @AfterEach
    void close() throws Exception {
        queries.shutdownNow();
        WaitForAsyncUtils.asyncFx(stage::close).get();
        context.close();
    }

    @Test
    void theLinksBetweenTheTwoArticlesAreDrawnAndPickingOneScrollsBothTexts(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.pairProperty().get() != null);
        var pair = viewModel.pairProperty().get();
        assertThat(pair.left().id()).isEqualTo(leftArticle);
        assertThat(pair.crossings()).extracting(c -> c.link().id()).contains(crossing.id());
        var list = robot.lookup("#pair-links").<ArticlePair.Crossing>queryListView();
        assertThat(list.getItems()).hasSameSizeAs(pair.crossings());
        waitFor(() -> curves(robot).size() == pair.crossings().size());

        var last = pair.crossings().get(pair.crossings().size() - 1);
        robot.interact(() -> list.getSelectionModel().select(last));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.selectedProperty().get()).isEqualTo(last);
        assertThat(robot.lookup("#pair-left-text .claim-band.marked").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#pair-right-text .claim-band.marked").queryAll()).isNotEmpty();
        assertThat(curves(robot)).filteredOn(curve -> curve.getStyleClass().contains("selected")).hasSize(1);
        for (var side : new String[] {"#pair-left-text", "#pair-right-text"}) {
            var scroll = robot.lookup(side).queryAs(ScrollPane.class);
            var marked = robot.lookup(side + " .claim-band.marked").query();
            var bounds = marked.localToScene(marked.getBoundsInLocal());
            var viewport = scroll.localToScene(scroll.getBoundsInLocal());
            assertThat(bounds.getMinY()).as(side + " shows the claim").isBetween(viewport.getMinY(),
                    viewport.getMaxY());
        }
        screenshot("pair-view.png");
    }

    @Test
    void aClaimPickedOnEachSideIsLinkedAsContradicting(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.pairProperty().get() != null);
        var before = viewModel.pairProperty().get().crossings().size();
        pickFirstClaim(robot, "#pair-left-text");
        pickFirstClaim(robot, "#pair-right-text");
        assertThat(viewModel.pickedLeftProperty().get()).isNotNull();
        assertThat(viewModel.pickedRightProperty().get()).isNotNull();

        robot.clickOn("#pair-link");
        robot.clickOn("#relation-contradicts");
        robot.clickOn("#link-note").write("values differ");
        robot.clickOn("#link-ok");
        waitFor(() -> viewModel.pairProperty().get().crossings().size() == before + 1
                && viewModel.selectedProperty().get() != null);

        var pair = viewModel.pairProperty().get();
        assertThat(pair.crossings()).hasSize(before + 1);
        var made = viewModel.selectedProperty().get().link();
        assertThat(made).extracting(ClaimLink::relation, ClaimLink::status, ClaimLink::note, ClaimLink::analyst)
                .containsExactly(Relation.CONTRADICTS, LinkStatus.ACCEPTED, "values differ", "maya");
        assertThat(robot.lookup("#pair-links").queryListView().getItems()).hasSize(before + 1);
    }

    /** Clicks the first claim in view; where claims share the words, chooses the first the menu offers. */
    private static void pickFirstClaim(FxRobot robot, String side) {
        robot.clickOn(firstBand(robot, side));
        WaitForAsyncUtils.waitForFxEvents();
        var menu = robot.lookup(".context-menu .menu-item").tryQuery();
        if (menu.isPresent()) {
            robot.clickOn(menu.get());
        }
    }

    private static Node firstBand(FxRobot robot, String side) {
        var scroll = robot.lookup(side).queryAs(ScrollPane.class);
        var viewport = scroll.localToScene(scroll.getBoundsInLocal());
        return robot.lookup(side + " .claim-band").queryAll().stream().filter(band -> {
            var bounds = band.localToScene(band.getBoundsInLocal());
            return bounds.getMinY() > viewport.getMinY() && bounds.getMaxY() < viewport.getMaxY();
        }).findFirst().orElseThrow();
    }

    private static java.util.List<CubicCurve> curves(FxRobot robot) {
        return robot.lookup("#pair-gutter").queryAs(Pane.class).getChildren().stream()
                .filter(CubicCurve.class::isInstance).map(CubicCurve.class::cast).toList();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void screenshot(String name) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        var shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve(name).toFile());
    }
}
