package org.crosscheck.ui.detail;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.crosscheck.AppContext;
import org.crosscheck.model.Claim;
import org.crosscheck.render.IncidentMarkers;
import org.crosscheck.ui.common.Workspace;
import org.crosscheck.ui.reader.ReaderMarks;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The incident detail panel beside the centre views: shown while an incident is selected (on the map, the timeline
 * or the incidents list), it tells the site, the date with its precision and basis, the event, the counts of
 * reports, independent sources and conflicts, the reports (outlet, published) and the claims grouped by aspect.
 * Clicking a report or a claim (or Enter on it) opens its article in the reader at the claim.
 */
public final class IncidentDetailView extends BorderPane {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final double WIDTH = 310;

    private final IncidentDetailViewModel viewModel;
    private final VBox content = new VBox(14);
    private Runnable onOpenReader = () -> { };

    public IncidentDetailView(IncidentDetailViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("incident-detail");
        setId("incident-detail");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        content.getStyleClass().add("detail-content");
        content.setFillWidth(true);
        var scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().addAll("detail-scroller", "edge-to-edge");
        setCenter(scroller);
        visibleProperty().bind(viewModel.detailProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        viewModel.detailProperty().addListener((obs, old, detail) -> show(detail));
    }

    /** The panel of the database's incidents, following {@code workspace}. */
    public static IncidentDetailView of(AppContext context, Workspace workspace, Executor background) {
        return new IncidentDetailView(new IncidentDetailViewModel(id -> IncidentDetail.load(context, id), workspace,
                background, Platform::runLater));
    }

    /** Runs after a report or claim was opened, so the window can bring the reader to the front. */
    public void setOnOpenReader(Runnable action) {
        onOpenReader = action;
    }

    /** Loads the shown incident again (after an import or an edit). */
    public void refresh() {
        viewModel.refresh();
    }

    private void show(IncidentDetail detail) {
        if (detail == null) {
            content.getChildren().clear();
            return;
        }
        var nodes = new ArrayList<Node>();
        nodes.add(heading(detail));
        nodes.add(facts(detail));
        nodes.add(counts(detail));
        nodes.add(section("Reports", detail.reports().size()));
        for (var report : detail.reports()) {
            nodes.add(reportRow(report));
        }
        nodes.add(section("Claims", detail.claims().size()));
        detail.claimsByAspect().forEach((aspect, claims) -> {
            var swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", ReaderMarks.claimStyle(aspect));
            var name = new Label(ReaderMarks.aspectName(aspect) + "  ·  " + claims.size(), swatch);
            name.getStyleClass().add("aspect-heading");
            var group = new VBox(4, name);
            claims.forEach(claim -> group.getChildren().add(claimRow(detail, claim)));
            nodes.add(group);
        });
        content.getChildren().setAll(nodes);
    }

    private Node heading(IncidentDetail detail) {
        var site = new Label(detail.siteName());
        site.setId("detail-site");
        site.getStyleClass().addAll(Styles.TITLE_4, "detail-site");
        site.setWrapText(true);
        site.setMinHeight(Region.USE_PREF_SIZE);
        var close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.setId("detail-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip("Close (clears the selected incident)"));
        close.setOnAction(event -> viewModel.close());
        HBox.setHgrow(site, Priority.ALWAYS);
        site.setMaxWidth(Double.MAX_VALUE);
        var row = new HBox(6, site, close);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node facts(IncidentDetail detail) {
        var incident = detail.incident();
        var date = new Label(IncidentMarkers.dateText(incident), icon(Material2OutlinedAL.EVENT));
        date.setId("detail-date");
        date.getStyleClass().add("detail-date");
        var precision = muted("Known to the " + ReaderMarks.precision(incident.timePrecision()) + " · "
                + ReaderMarks.basis(incident.dateBasis()));
        precision.setId("detail-date-basis");
        var facts = new VBox(3, date, precision);
        var event = joined(" — ", incident.eventType(), incident.subEventType());
        if (!event.isEmpty()) {
            facts.getChildren().add(wrapped(event, Material2OutlinedAL.FLASH_ON));
        }
        if (!incident.weapons().isEmpty()) {
            facts.getChildren().add(wrapped("Weapons: " + String.join(", ", incident.weapons()),
                    Material2OutlinedMZ.TRACK_CHANGES));
        }
        if (incident.actor1() != null && !incident.actor1().isBlank()) {
            facts.getChildren().add(wrapped("Claimed by " + incident.actor1(), Material2OutlinedMZ.PERSON_OUTLINE));
        }
        return facts;
    }

    private Node counts(IncidentDetail detail) {
        var reports = count(detail.reports().size(), "report", "reports", "detail-reports");
        var independent = count(detail.independentSourceCount(), "source", "sources", "detail-independent");
        Tooltip.install(independent, new Tooltip("Independent sources: the speakers quoted, with relayed repeats of "
                + "one statement counted once"));
        var conflicts = count(detail.conflictCount(), "conflict", "conflicts", "detail-conflicts");
        if (detail.conflictCount() > 0) {
            conflicts.getStyleClass().add("has-conflicts");
        }
        var row = new HBox(8, reports, independent, conflicts);
        row.getChildren().forEach(tile -> HBox.setHgrow(tile, Priority.ALWAYS));
        return row;
    }

    private static VBox count(int value, String one, String many, String id) {
        var number = new Label(Integer.toString(value));
        number.getStyleClass().addAll(Styles.TITLE_3, "count-number");
        var name = new Label(value == 1 ? one : many);
        name.getStyleClass().addAll(Styles.TEXT_SMALL, "count-name");
        var tile = new VBox(0, number, name);
        tile.setId(id);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().add("count-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private static Node section(String title, int size) {
        var label = new Label(title.toUpperCase(Locale.ROOT) + "  " + size);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "detail-section");
        return label;
    }

    private Node reportRow(IncidentDetail.Report report) {
        var source = new Label(report.source());
        source.getStyleClass().add("report-source");
        var published = new Label(report.published() == null ? "date not stated" : PUBLISHED.format(report.published()));
        published.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        published.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(6, source, spacer, published);
        top.setAlignment(Pos.BASELINE_LEFT);
        var box = new VBox(2, top);
        if (report.title() != null && !report.title().isBlank()) {
            var title = new Label(report.title());
            title.getStyleClass().addAll(Styles.TEXT_SMALL, "report-title");
            title.setWrapText(true);
            box.getChildren().add(title);
        }
        box.setId("detail-report-" + report.articleId());
        return clickable(box, "Open in the reader at its claim", () -> viewModel.open(report));
    }

    private Node claimRow(IncidentDetail detail, Claim claim) {
        var value = new Label(claim.value() == null || claim.value().isBlank() ? claim.quote() : claim.value());
        value.getStyleClass().add("claim-value");
        value.setWrapText(true);
        var who = joined(" · ", claim.attributedTo(), claim.cue(), claim.stance() == null ? null : claim.stance().code());
        var source = detail.reportOf(claim).map(IncidentDetail.Report::source)
                .filter(s -> !s.equalsIgnoreCase(claim.attributedTo()));
        var said = muted(source.map(s -> who + "  —  in " + s).orElse(who));
        said.setWrapText(true);
        var box = new VBox(1, value, said);
        box.setId("detail-claim-" + claim.id());
        var quote = Optional.ofNullable(claim.quote()).filter(q -> !q.isBlank()).map(q -> "“" + q + "”\n\n")
                .orElse("");
        return clickable(box, quote + "Open in the reader at this claim", () -> viewModel.open(claim));
    }

    private Node clickable(VBox box, String tip, Runnable action) {
        box.getStyleClass().add("detail-item");
        box.setCursor(Cursor.HAND);
        var tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        Tooltip.install(box, tooltip);
        box.setFocusTraversable(true);
        box.setOnMouseClicked(event -> {
            action.run();
            onOpenReader.run();
        });
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                action.run();
                onOpenReader.run();
                event.consume();
            }
        });
        return box;
    }

    private static Label wrapped(String text, Ikon ikon) {
        var label = new Label(text, icon(ikon));
        label.setWrapText(true);
        label.getStyleClass().add("detail-fact");
        return label;
    }

    private static Label muted(String text) {
        var label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static FontIcon icon(Ikon ikon) {
        var icon = new FontIcon(ikon);
        icon.getStyleClass().add("detail-icon");
        return icon;
    }

    private static String joined(String separator, String... parts) {
        var kept = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return String.join(separator, kept);
    }
}
