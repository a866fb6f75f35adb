package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.model.Claim;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Span;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.ui.SeededWindow;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reader marks the extracted sites, dates and claims of a seed article and explains each on hover and click. */
@ExtendWith(ApplicationExtension.class)
class ReaderHighlightsTest {

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
    void hoveringAClaimShowsItsValueSpeakerRuleAndConfidence(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        var claim = firstClaimOfAnArticle();
        openAt(robot, claim.articleId(), claim.span());
        var pane = robot.lookup(".span-text").queryAs(SpanTextPane.class);
        SeededWindow.waitUntil(() -> robot.lookup("." + ReaderMarks.claimStyle(claim.aspect()) + "-band")
                .tryQuery().isPresent());

        robot.moveTo(pointOf(pane, claim.span().start()));

        SeededWindow.waitUntil(() -> robot.lookup(".reader-tip").tryQuery().isPresent());
        var tip = robot.lookup(".reader-tip").query();
        var picture = WaitForAsyncUtils.asyncFx(() -> tip.getScene().snapshot(null)).get();
        var folder = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png", folder.resolve("reader-tooltip.png").toFile());
        var explained = reader(robot).hoverTextProperty().get();
        assertThat(explained).contains(ReaderMarks.aspectName(claim.aspect()) + " claim: " + claim.value(),
                "Speaker: " + claim.attributedTo(), claim.stance().code(), "Rule: " + claim.rule(),
                String.format(Locale.ROOT, "confidence %.2f", claim.confidence()));
    }

    @Test
    void clickingADateShowsItsPrecisionAndBasisAtOnce(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        var date = seeded.context().articles().page(ArticleQuery.all(), 0, 5).stream()
                .flatMap(article -> seeded.context().mentions().forArticle(article.id()).stream())
                .filter(mention -> mention.kind() == MentionKind.DATE).findFirst().orElseThrow();
        openAt(robot, date.articleId(), date.span());
        var pane = robot.lookup(".span-text").queryAs(SpanTextPane.class);
        SeededWindow.waitUntil(() -> robot.lookup(".mention-date-line").tryQuery().isPresent());

        robot.clickOn(pointOf(pane, date.span().start()));

        assertThat(reader(robot).hoverTextProperty().get()).contains("Date: " + date.value(),
                "Precision: " + ReaderMarks.precision(date.precision()), "basis: " + ReaderMarks.basis(date.basis()),
                "Rule: " + date.rule());
    }

    @Test
    void theClaimsSwitchRemovesTheClaimBands(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        var claim = firstClaimOfAnArticle();
        openAt(robot, claim.articleId(), null);
        SeededWindow.waitUntil(() -> robot.lookup(".claim-" + claim.aspect().code() + "-band").tryQuery().isPresent());
        assertThat(robot.lookup("#reader-aspect-legend .aspect-chip").queryAll()).isNotEmpty();

        robot.clickOn("#reader-show-claims");

        assertThat(robot.lookup("#reader-show-claims").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup(".highlight-band").queryAll()).isEmpty();
        assertThat(robot.lookup(".mention-site-line").queryAll()).isNotEmpty();
    }

    @Test
    void anArticleWithoutOutletOrDateShowsTheirPromptsWhole(FxRobot robot) throws Exception {
        seeded.awaitSeeds(robot);
        var undated = seeded.context().articles().page(ArticleQuery.all(), 0, 5).stream()
                .filter(article -> article.outlet() == null && article.published() == null).findFirst().orElseThrow();
        robot.interact(() -> seeded.stage().setWidth(1280));

        openAt(robot, undated.id(), null);

        var outlet = robot.lookup("#reader-outlet").queryAs(TextField.class);
        var date = robot.lookup("#reader-published").queryAs(DatePicker.class).getEditor();
        for (var field : List.of(outlet, date)) {
            var prompt = new Text(field.getPromptText());
            prompt.setFont(field.getFont());
            assertThat(field.getText()).isEmpty();
            assertThat(field.getWidth() - field.snappedLeftInset() - field.snappedRightInset())
                    .as(field.getPromptText()).isGreaterThanOrEqualTo(prompt.getLayoutBounds().getWidth());
        }
        var header = robot.lookup(".reader-header").query();
        var picture = WaitForAsyncUtils.asyncFx(() -> header.snapshot(null, null)).get();
        var folder = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png",
                folder.resolve("reader-header-empty.png").toFile());
    }

    private Claim firstClaimOfAnArticle() {
        return seeded.context().claims().findAll().stream()
                .filter(claim -> claim.span() != null && claim.span().length() > 3)
                .min(Comparator.comparingLong(Claim::articleId).thenComparingInt(claim -> claim.span().start()))
                .orElseThrow();
    }

    private void openAt(FxRobot robot, long articleId, Span span) throws Exception {
        robot.clickOn("#tab-reader");
        robot.interact(() -> seeded.window().workspace().readerTargetProperty().set(span == null
                ? Workspace.ReaderTarget.article(articleId)
                : new Workspace.ReaderTarget(articleId, span.start(), span.end())));
        var text = seeded.context().articles().find(articleId).orElseThrow().text();
        SeededWindow.waitUntil(() -> reader(robot).displayedText().equals(text));
    }

    /** The screen point in the middle of the character at {@code offset}. */
    private static Point2D pointOf(SpanTextPane pane, int offset) {
        var bounds = pane.boundsOf(new Span(offset, offset + 1));
        return pane.localToScreen(bounds.getCenterX(), bounds.getCenterY());
    }

    private static ReaderView reader(FxRobot robot) {
        return robot.lookup("#reader").queryAs(ReaderView.class);
    }
}
