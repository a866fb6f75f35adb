package org.crosscheck.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Shape;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Claim bands lie under the claim's words, in left-to-right and in right-to-left (Arabic) text alike. */
@ExtendWith(ApplicationExtension.class)
class ClaimTextPaneTest {

    private final ClaimTextPane pane = new ClaimTextPane();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new StackPane(pane), 500, 600));
        stage.show();
    }

    @Test
    void theBandOfAClaimInArabicTextLiesUnderItsWords(FxRobot robot) throws Exception {
        var text = Files.readString(Path.of("src/test/resources/gold/g10_ar_harir.txt"), StandardCharsets.UTF_8);
        assertBandUnderWords(robot, text, true);
    }

    @Test
    void theBandOfAClaimInEnglishTextLiesUnderItsWords(FxRobot robot) throws Exception {
        var text = "Sputnik correspondents reported that the blast wave followed a large rocket attack that hit US "
                + "military facilities in the region. The Pentagon did not confirm it.";
        assertBandUnderWords(robot, text, false);
    }

    private void assertBandUnderWords(FxRobot robot, String text, boolean rightToLeft) throws Exception {
        var span = new Span(text.length() / 3, text.length() / 3 + 12);
        var claim = new Claim(1, 1, null, span, span.of(text), "someone", null, Aspect.OUTCOME, "hit",
                Stance.ASSERTS, "test", 1, Origin.AUTO, null, Instant.now());
        robot.interact(() -> pane.show(text, List.of(claim), rightToLeft));
        WaitForAsyncUtils.waitForFxEvents();

        var band = (Shape) robot.from(pane).lookup(".claim-band").query();
        var flow = robot.from(pane).lookup(".claim-text-flow").queryAs(TextFlow.class);
        var words = flow.localToScene(new javafx.scene.shape.Path(flow.rangeShape(span.start(), span.end()))
                .getBoundsInLocal());
        var drawn = band.localToScene(band.getBoundsInLocal());
        assertThat(drawn.getMinX()).isCloseTo(words.getMinX(), within(2.0));
        assertThat(drawn.getMaxX()).isCloseTo(words.getMaxX(), within(2.0));
        assertThat(drawn.getMinY()).isCloseTo(words.getMinY(), within(2.0));
        var inPane = pane.localToScene(pane.spanBounds(span));
        assertThat(inPane.getMinX()).isCloseTo(words.getMinX(), within(2.0));
        assertThat(inPane.getMaxX()).isCloseTo(words.getMaxX(), within(2.0));
    }
}
