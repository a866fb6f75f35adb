package org.crosscheck.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.crosscheck.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long article with thousands of marks is drawn with one text node per paragraph and one shape per mark, never a
 * node per character.
 */
@ExtendWith(ApplicationExtension.class)
class LongArticleTest {

    private static final String SENTENCE = "Drones struck the Conoco base on Friday, local sources said, and two were "
            + "intercepted.\n";

    private SpanTextPane pane;

    @Start
    void start(Stage stage) {
        pane = new SpanTextPane();
        var scroller = new ScrollPane(pane);
        scroller.setFitToWidth(true);
        stage.setScene(new Scene(scroller, 900, 700));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void thousandsOfMarksMakeRunsNotCharacters(FxRobot robot) {
        var text = SENTENCE.repeat(2_000);
        var highlights = new ArrayList<Highlight>();
        for (int at = 0; at < text.length(); at += SENTENCE.length()) {
            highlights.add(new Highlight(new Span(at, at + SENTENCE.length() - 1), "claim-outcome", "claim",
                    Highlight.Mark.TINT));
            var site = at + SENTENCE.indexOf("Conoco");
            highlights.add(new Highlight(new Span(site, site + 6), ReaderMarks.SITE, "site", Highlight.Mark.UNDERLINE));
        }

        long bare = System.nanoTime();
        robot.interact(() -> {
            pane.setContent(text, List.of(), false);
            pane.applyCss();
            pane.getScene().getRoot().layout();
        });
        System.out.printf("long article without marks: %d ms%n", (System.nanoTime() - bare) / 1_000_000);
        robot.interact(() -> pane.setContent("", List.of(), false));
        long started = System.nanoTime();
        robot.interact(() -> {
            pane.setContent(text, highlights, false);
            pane.applyCss();
            pane.getScene().getRoot().layout();
        });
        System.out.printf("long article: %,d characters, %,d marks drawn in %d ms%n", text.length(),
                highlights.size(), (System.nanoTime() - started) / 1_000_000);

        var textNodes = pane.lookupAll(".reader-run").size();
        assertThat(textNodes).isLessThanOrEqualTo(2_000 + 1);
        assertThat(pane.text()).isEqualTo(text);
        assertThat(pane.lookupAll(".highlight-band").size() + pane.lookupAll(".highlight-line").size())
                .isLessThanOrEqualTo(highlights.size());
    }
}
