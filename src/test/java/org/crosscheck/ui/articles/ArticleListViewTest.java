package org.crosscheck.ui.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Tag;
import org.crosscheck.ui.SeedArticles;
import org.crosscheck.ui.common.Theme;
import org.crosscheck.ui.common.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The article list in a real window: tagging the selected article with a digit key, then filtering by the tag. */
@ExtendWith(ApplicationExtension.class)
class ArticleListViewTest {

    @TempDir
    static Path folder;

    private AppContext context;
    private ArticleListViewModel viewModel;
    private Tag urgent;
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        context = AppContext.open(folder.resolve("list-" + System.nanoTime() + ".mv.db"));
        SeedArticles.insertInto(context.articles());
        urgent = context.tags().create("urgent", "#d7301f", 1, "maya");
        viewModel = new ArticleListViewModel(context.articles(), context.tags(), context.edits(), new Workspace(),
                Runnable::run, Runnable::run);
        Theme.LIGHT.apply();
        stage.setScene(new Scene(new ArticleListView(viewModel), 700, 500));
        stage.sizeToScene();
        stage.getScene().getStylesheets().add(Theme.appStylesheet());
        stage.show();
        viewModel.refresh();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        context.close();
    }

    @Test
    void theDigitKeyTagsTheSelectedArticleAndTheFilterShowsOnlyTaggedOnes(FxRobot robot) {
        TableView<ArticleSummary> table = robot.lookup("#article-table").queryTableView();
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).<javafx.scene.Node>query());
        var chosen = table.getSelectionModel().getSelectedItem();

        robot.type(KeyCode.DIGIT1);

        assertThat(context.tags().itemsWithTag(urgent.id(), ItemType.ARTICLE)).containsExactly(chosen.id());

        ComboBox<Tag> filter = robot.lookup("#article-tag-filter").queryComboBox();
        assertThat(filter.isVisible()).isTrue();
        robot.interact(() -> filter.setValue(filter.getItems().get(1)));

        assertThat(table.getItems()).extracting(ArticleSummary::id).containsExactly(chosen.id());
        assertThat(robot.lookup("#article-summary").queryLabeled().getText())
                .isEqualTo("1 of 5 articles tagged “urgent”");
    }
}
