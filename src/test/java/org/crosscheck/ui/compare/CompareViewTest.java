package org.crosscheck.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.crosscheck.AppContext;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.SeedArticles;
import org.crosscheck.ui.common.DialogService;
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

/** An analyst's annotation session in the compare view, on the two Conoco reports of 12 January 2024. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static final String RELAYED = "American air defenses";

    @TempDir
    static Path folder;

    private AppContext context;
    private final Workspace workspace = new Workspace();
    private CompareView view;
    private CompareViewModel viewModel;
    private Stage stage;
    private Article tribun;
    private Article relay;
    private Incident conoco;
    private Claim destroyed;
    private Claim hitTribun;
    private Claim hitRelay;
    private Claim unconfirmed;

    @Start
    void start(Stage primary) throws Exception {
        stage = primary;
        context = AppContext.open(folder.resolve("compare-" + System.nanoTime() + ".mv.db"));
        context.setAnalyst("maya");
        var seeds = SeedArticles.insertInto(context.articles());
        tribun = seeds.get(0);
        relay = context.articles().updateHeader(seeds.get(2).id(), "ZeroHedge", null, LocalDate.of(2024, 1, 12),
                "maya");
        conoco = context.incidents().insert(new Incident(0, "conoco", LocalDate.of(2024, 1, 12), TimePrecision.DAY,
                DateBasis.EXPLICIT, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Islamic Resistance in Iraq", List.of("rocket"), "Conoco gas field", 35.28, 40.29, 1, "Syria",
                "Deir ez-Zor", null, null, Origin.AUTO, false));
        destroyed = claim(tribun, "destroyed the base", "Sputnik correspondents", Aspect.DAMAGE, "destroyed",
                Stance.ASSERTS);
        hitTribun = claim(tribun, RELAYED, "Sputnik correspondents", Aspect.OUTCOME, "not intercepted",
                Stance.ASSERTS);
        hitRelay = claim(relay, RELAYED, "Sputnik's regional correspondent", Aspect.OUTCOME, "not intercepted",
                Stance.ASSERTS);
        unconfirmed = claim(relay, "unconfirmed in other international sources", "ZeroHedge", Aspect.CONFIRMATION,
                "not confirmed", Stance.NOT_CONFIRMED);
        context.links().insert(new ClaimLink(0, hitTribun.id(), hitRelay.id(), Relation.REPEATS, Origin.AUTO,
                LinkStatus.SUGGESTED, null, null, Instant.now()));
        viewModel = new CompareViewModel(context.incidents(), context.claims(), context.links(),
                context.articles(), context.sites(), context.grades(), context.tags(), context.auditLog(),
                context.edits(), workspace, Runnable::run, Runnable::run);
        view = new CompareView(viewModel, new DialogService(stage));
        Theme.LIGHT.apply();
        stage.setScene(new Scene(view, 1500, 950));
        stage.sizeToScene();
        stage.getScene().getStylesheets().add(Theme.appStylesheet());
        stage.show();
        viewModel.incidentIdProperty().set(conoco.id());
    }

    private Claim claim(Article article, String words, String speaker, Aspect aspect, String value, Stance stance) {
        var start = article.text().indexOf(words);
        assertThat(start).as(words).isNotNegative();
        return context.claims().insert(new Claim(0, article.id(), conoco.id(),
                new Span(start, start + words.length()), words, speaker, "said", aspect, value, stance, "test", 0.8,
                Origin.AUTO, null, Instant.now()));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        context.close();
    }

    @Test
    void anAnalystAnnotatesTheConocoReportsAndExportsThem(FxRobot robot) throws Exception {
        // the repeated Sputnik sentence: accept the suggested repeats link
        robot.clickOn(robot.lookup("#compare-links .list-cell").match(cell -> !((javafx.scene.control.ListCell<?>) cell)
                .isEmpty()).<javafx.scene.Node>query());
        robot.clickOn("#compare-accept");
        assertThat(context.links().findAll()).extracting(ClaimLink::status).containsExactly(LinkStatus.ACCEPTED);

        // select text -> claim
        robot.clickOn("#new-claim-" + tribun.id());
        var words = "large rocket attack";
        var start = tribun.text().indexOf(words);
        TextArea text = robot.lookup("#claim-text").queryAs(TextArea.class);
        robot.interact(() -> text.selectRange(start, start + words.length()));
        robot.clickOn("#claim-value").write("rocket");
        ComboBox<Aspect> aspect = robot.lookup("#claim-aspect").queryComboBox();
        robot.interact(() -> aspect.setValue(Aspect.WEAPON));
        robot.clickOn("#claim-ok");
        var made = context.claims().forIncident(conoco.id()).stream().filter(c -> c.origin() == Origin.ANALYST)
                .findFirst().orElseThrow();
        assertThat(made).extracting(Claim::quote, Claim::value, Claim::aspect, Claim::analyst)
                .containsExactly(words, "rocket", Aspect.WEAPON, "maya");

        // tag: a new tag on key 1, put on the new claim with the key
        robot.clickOn("#compare-new-tag");
        robot.clickOn("#tag-name").write("check wording");
        robot.clickOn("#tag-ok");
        var tag = context.tags().findByName("check wording").orElseThrow();
        assertThat(tag.shortcut()).isEqualTo(1);
        robot.doubleClickOn("#claim-" + made.id());
        robot.type(KeyCode.DIGIT1);
        assertThat(context.tags().tagsOf(ItemType.CLAIM, made.id())).extracting(Tag::name)
                .containsExactly("check wording");
        assertThat(workspace.readerTargetProperty().get())
                .isEqualTo(new Workspace.ReaderTarget(tribun.id(), start, start + words.length()));

        // link as contradicts: the damage claim against the relay's "not confirmed"
        robot.clickOn("#claim-" + destroyed.id());
        var unconfirmedCard = robot.lookup("#claim-" + unconfirmed.id()).query();
        robot.interact(() -> scroll(unconfirmedCard));
        robot.press(KeyCode.CONTROL).clickOn(unconfirmedCard).release(KeyCode.CONTROL);
        assertThat(viewModel.selectedClaims()).containsExactly(destroyed.id(), unconfirmed.id());
        robot.type(KeyCode.L);
        robot.clickOn("#relation-contradicts");
        robot.clickOn("#link-note").write("destroyed vs unconfirmed");
        robot.clickOn("#link-ok");
        var contradiction = context.links().findAll().stream()
                .filter(link -> link.relation() == Relation.CONTRADICTS).findFirst().orElseThrow();
        assertThat(contradiction).extracting(ClaimLink::claimA, ClaimLink::claimB, ClaimLink::status,
                        ClaimLink::note)
                .containsExactly(destroyed.id(), unconfirmed.id(), LinkStatus.ACCEPTED, "destroyed vs unconfirmed");

        // grade: both outlets, a claim, the incident as contested (the suggestion agrees)
        select(robot, "#reliability-" + tribun.id(), "D");
        select(robot, "#reliability-" + relay.id(), "E");
        select(robot, "#credibility-" + destroyed.id(), "5");
        assertThat(robot.lookup("#compare-suggestion").queryLabeled().getText())
                .startsWith("Suggested: contested");
        select(robot, "#compare-assessment", "contested");
        assertThat(context.grades().find(ItemType.INCIDENT, conoco.id()).orElseThrow().value())
                .isEqualTo("contested");
        assertThat(context.grades().reliabilityByOutlet()).containsOnlyKeys("TRIBUNNEWS.COM", "ZeroHedge");

        // undo and redo the assessment from the keyboard
        robot.clickOn("#claim-" + destroyed.id());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(context.grades().find(ItemType.INCIDENT, conoco.id())).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(context.grades().find(ItemType.INCIDENT, conoco.id())).isPresent();
        assertThat(context.auditLog().forItem(ItemType.INCIDENT, conoco.id())).extracting(e -> e.analyst())
                .containsOnly("maya");

        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        var shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("compare.png").toFile());

        // export
        var out = folder.resolve("export-" + System.nanoTime());
        context.exporter().exportTo(out, ExportFinish.Options.PLAIN, Progress.NONE);
        assertThat(Files.readString(out.resolve("tags.csv"))).contains("check wording");
        assertThat(Files.readString(out.resolve("outlets.csv"))).contains("TRIBUNNEWS.COM,D", "ZeroHedge,E");
    }

    @Test
    void theLinksGraphDrawsEachLinkBetweenItsClaimsAndSelectsFromIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context.links().insert(new ClaimLink(0, destroyed.id(), unconfirmed.id(), Relation.CONTRADICTS,
                    Origin.ANALYST, LinkStatus.ACCEPTED, "destroyed vs unconfirmed", "maya", Instant.now()));
            view.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Graph");
        WaitForAsyncUtils.waitForFxEvents();

        var links = context.links().findAll();
        for (var link : links) {
            var curve = robot.lookup("#graph-link-" + link.id()).query();
            assertThat(curve.getStyleClass()).contains("relation-" + link.relation().code(),
                    "status-" + link.status().code());
        }
        assertThat(robot.lookup(".graph-claim").queryAll()).hasSize(4);

        robot.clickOn("#graph-claim-" + destroyed.id());
        assertThat(viewModel.selectedClaims()).containsExactly(destroyed.id());
        var contradiction = links.stream().filter(l -> l.relation() == Relation.CONTRADICTS).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#graph-link-" + contradiction.id()).query().getOnMouseClicked()
                .handle(null));
        ListView<CompareModel.LinkRow> list = robot.lookup("#compare-links").queryListView();
        assertThat(list.getSelectionModel().getSelectedItems()).extracting(row -> row.link().id())
                .containsExactly(contradiction.id());
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        var shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("compare-graph.png").toFile());
    }

    @Test
    void rejectsSuggestedLinksInBulk(FxRobot robot) {
        robot.interact(() -> {
            context.links().insert(new ClaimLink(0, destroyed.id(), hitRelay.id(), Relation.CORROBORATES,
                    Origin.AUTO, LinkStatus.SUGGESTED, null, null, Instant.now()));
            view.refresh();
        });
        robot.clickOn("All suggested");
        robot.clickOn("#compare-link-note").write("different statements");
        robot.clickOn("#compare-reject");

        assertThat(context.links().findAll()).extracting(ClaimLink::status, ClaimLink::note)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(LinkStatus.REJECTED, "different statements"));
        ListView<?> list = robot.lookup("#compare-links").queryListView();
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void correctsTheIncidentsDateAndSiteFromTheIncidentMenu(FxRobot robot) {
        robot.clickOn("#incident-menu").clickOn("#incident-change-date");
        javafx.scene.control.DatePicker date = robot.lookup("#incident-date").query();
        ComboBox<TimePrecision> precision = robot.lookup("#incident-precision").queryComboBox();
        robot.interact(() -> {
            date.setValue(LocalDate.of(2024, 1, 11));
            precision.setValue(TimePrecision.WEEK);
        });
        robot.clickOn("#incident-dialog-ok");

        var dated = context.incidents().find(conoco.id()).orElseThrow();
        assertThat(dated.eventDate()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(dated.timePrecision()).isEqualTo(TimePrecision.WEEK);
        assertThat(dated.origin()).isEqualTo(Origin.ANALYST);

        robot.clickOn("#incident-menu").clickOn("#incident-change-site");
        ComboBox<org.crosscheck.model.Site> site = robot.lookup("#incident-site").queryComboBox();
        var omar = site.getItems().stream().filter(candidate -> candidate.name().contains("Omar")).findFirst()
                .orElseThrow();
        robot.interact(() -> site.setValue(omar));
        robot.clickOn("#incident-dialog-ok");

        var moved = context.incidents().find(conoco.id()).orElseThrow();
        assertThat(moved).extracting(Incident::siteId, Incident::location, Incident::latitude)
                .containsExactly(omar.id(), omar.name(), omar.latitude());
        assertThat(robot.lookup("#compare-incident").queryComboBox().getValue()).isEqualTo(moved);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(context.incidents().find(conoco.id()).orElseThrow().siteId()).isEqualTo("conoco");
    }

    @Test
    void splitsSelectedClaimsOffAndMergesThemBack(FxRobot robot) {
        var unconfirmedCard = robot.lookup("#claim-" + unconfirmed.id()).query();
        robot.interact(() -> scroll(unconfirmedCard));
        robot.clickOn(unconfirmedCard);
        robot.clickOn("#incident-menu").clickOn("#incident-split");

        var parts = context.incidents().findAll();
        assertThat(parts).hasSize(2);
        var splitOff = parts.stream().filter(incident -> incident.id() != conoco.id()).findFirst().orElseThrow();
        assertThat(context.claims().forIncident(splitOff.id())).extracting(Claim::id)
                .containsExactly(unconfirmed.id());
        assertThat(splitOff.eventDate()).isEqualTo(conoco.eventDate());

        robot.clickOn("#incident-menu").clickOn("#incident-merge");
        ListView<Incident> choices = robot.lookup("#merge-choices").queryListView();
        assertThat(choices.getItems()).extracting(Incident::id).containsExactly(splitOff.id());
        robot.interact(() -> choices.getSelectionModel().select(0));
        robot.clickOn("#incident-dialog-ok");

        assertThat(context.incidents().findAll()).extracting(Incident::id).containsExactly(conoco.id());
        assertThat(context.claims().forIncident(conoco.id())).extracting(Claim::id)
                .contains(unconfirmed.id(), destroyed.id());
    }

    /** Scrolls the compare grid so the node is on screen (the confirmation row is near the bottom). */
    private static void scroll(javafx.scene.Node node) {
        var pane = (javafx.scene.control.ScrollPane) node.getScene().lookup(".compare-scroll");
        var grid = pane.getContent();
        var y = grid.sceneToLocal(node.localToScene(0, 0)).getY();
        pane.setVvalue(Math.min(1, y / Math.max(1, grid.getBoundsInLocal().getHeight()
                - pane.getViewportBounds().getHeight())));
        pane.layout();
    }

    private static void select(FxRobot robot, String query, String value) {
        ComboBox<String> combo = robot.lookup(query).queryComboBox();
        robot.interact(() -> combo.setValue(value));
    }

    @Test
    void anIncidentWithoutLinksSaysHowToMakeOneInFullInTheNarrowLinksPanel(FxRobot robot) {
        var quiet = context.incidents().insert(new Incident(0, "conoco", LocalDate.of(2024, 2, 1),
                TimePrecision.DAY, DateBasis.EXPLICIT, "Explosions/Remote violence", "Air/drone strike", null,
                List.of("drone"), "Conoco gas field", 35.28, 40.29, 1, "Syria", "Deir ez-Zor", null, null, Origin.AUTO,
                false));

        robot.interact(() -> viewModel.incidentIdProperty().set(quiet.id()));
        WaitForAsyncUtils.waitForFxEvents();

        var placeholder = (Label) robot.lookup("#compare-links").queryAs(ListView.class).getPlaceholder();
        var shown = robot.from(placeholder).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(shown).as("the message as drawn, not cut short with an ellipsis").isEqualTo(placeholder.getText())
                .startsWith("No links yet");
    }
}
