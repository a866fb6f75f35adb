package org.crosscheck.ui.compare;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Tag;
import org.crosscheck.ui.common.DialogService;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The side-by-side compare view of one incident: a column per report (outlet, date, speakers, the outlet's
 * reliability), a row per aspect, each cell showing value and quote coloured agree / conflict / alone / not
 * reported. Click a claim to select it (double-click or Enter opens it in the reader at its span), Ctrl-click to
 * select a second one, drag one claim onto another
 * (or press L) to link them; digits 1–9 toggle tags; the links panel accepts or rejects links one by one or in bulk.
 */
public final class CompareView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String NO_GRADE = "—";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CompareViewModel viewModel;
    private final DialogService dialogs;
    private final ComboBox<Incident> incidentPicker = new ComboBox<>();
    private final ComboBox<String> assessment = new ComboBox<>();
    private final Label suggestion = new Label();
    private final FlowPane incidentTags = new FlowPane(6, 4);
    private final GridPane grid = new GridPane();
    private final ScrollPane gridScroll = new ScrollPane(grid);
    /** The corner and the report headers: kept in view at the top while the aspects scroll under them. */
    private final List<Node> stickyHeader = new ArrayList<>();
    /** The aspect names of the first column: kept in view at the left while the reports scroll under them. */
    private final List<Node> stickyAspects = new ArrayList<>();
    private final ListView<CompareModel.LinkRow> linkList = new ListView<>();
    private final LinkGraph linkGraph = new LinkGraph();
    private final TextField linkNote = new TextField();
    private final FlowPane tagBar = new FlowPane(6, 4);
    private final Label status = new Label();
    private boolean updating;
    private Runnable onOpenReader = () -> { };

    public CompareView(CompareViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        getStyleClass().add("compare-view");
        getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        setId("compare-view");
        setTop(header());
        var scroll = gridScroll;
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("compare-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> pinHeader());
        grid.getStyleClass().add("compare-grid");
        grid.setId("compare-grid");
        var split = new SplitPane(scroll, linksPanel());
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
        setBottom(footer());
        viewModel.setOnError(message -> dialogs.showError("That edit was not made", message));
        viewModel.modelProperty().addListener((obs, old, model) -> render(model));
        viewModel.selectedClaims().addListener((ListChangeListener<Long>) change -> render(viewModel.modelProperty().get()));
        viewModel.tags().addListener((ListChangeListener<Tag>) change -> renderTagBar());
        status.textProperty().bind(viewModel.statusProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setFocusTraversable(true);
        setOnMouseClicked(event -> requestFocus());
    }

    /** Loads the incident list and the compared incident again (e.g. after extraction or an import). */
    public void refresh() {
        viewModel.reload();
    }

    /** Called after a claim or article was sent to the reader (double-click, Enter), e.g. to show the reader tab. */
    public void setOnOpenReader(Runnable action) {
        onOpenReader = action;
    }

    public void undo() {
        viewModel.undo();
    }

    public void redo() {
        viewModel.redo();
    }

    private Node header() {
        incidentPicker.setId("compare-incident");
        incidentPicker.setItems(viewModel.incidentChoices());
        incidentPicker.setConverter(converter(incident -> incident == null ? ""
                : incident.location() + " · " + incident.eventDate() + " · #" + incident.id()));
        incidentPicker.setPrefWidth(320);
        incidentPicker.valueProperty().addListener((obs, old, incident) -> {
            if (!updating && incident != null) {
                viewModel.incidentIdProperty().set(incident.id());
            }
        });
        assessment.setId("compare-assessment");
        assessment.getItems().add(NO_GRADE);
        for (var value : Assessment.values()) {
            assessment.getItems().add(value.code());
        }
        assessment.setOnAction(event -> {
            if (!updating) {
                viewModel.assess(NO_GRADE.equals(assessment.getValue()) ? null : assessment.getValue());
            }
        });
        suggestion.setId("compare-suggestion");
        suggestion.getStyleClass().add(Styles.TEXT_MUTED);
        var undo = iconButton(Material2OutlinedMZ.UNDO, "Undo (Ctrl+Z)", viewModel::undo);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        var redo = iconButton(Material2OutlinedMZ.REDO, "Redo (Ctrl+Shift+Z)", viewModel::redo);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        var history = iconButton(Material2OutlinedAL.HISTORY, "History of this incident", () -> {
            var model = viewModel.modelProperty().get();
            if (model != null) {
                showHistory("incident " + model.incident().id(), ItemType.INCIDENT, model.incident().id());
            }
        });
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var incidentLabel = new Label("Incident");
        incidentLabel.getStyleClass().add(Styles.TEXT_BOLD);
        incidentLabel.setMinWidth(Region.USE_PREF_SIZE);
        var top = new HBox(10, incidentLabel, incidentPicker, incidentMenu(), incidentTags, spacer, history, undo,
                redo);
        top.setAlignment(Pos.CENTER_LEFT);
        var assessmentLabel = new Label("Assessment");
        assessmentLabel.getStyleClass().add(Styles.TEXT_BOLD);
        assessmentLabel.setMinWidth(Region.USE_PREF_SIZE);
        assessment.setPrefWidth(160);
        assessment.setMinWidth(Region.USE_PREF_SIZE);
        suggestion.setWrapText(true);
        var grading = new HBox(10, assessmentLabel, assessment, suggestion);
        grading.setAlignment(Pos.CENTER_LEFT);
        var row = new VBox(6, top, grading);
        row.setPadding(new Insets(8, 10, 8, 10));
        row.getStyleClass().add("compare-header");
        return row;
    }

    /** Corrections to the incident as a whole: site, date, merging duplicates and splitting off claims. */
    private MenuButton incidentMenu() {
        var site = new MenuItem("Change site…");
        site.setId("incident-change-site");
        site.setOnAction(event -> withIncident(incident -> dialogs.show(IncidentDialogs.site(incident,
                viewModel.sites())).ifPresent(viewModel::moveIncidentTo)));
        var date = new MenuItem("Change date…");
        date.setId("incident-change-date");
        date.setOnAction(event -> withIncident(incident -> dialogs.show(IncidentDialogs.date(incident))
                .ifPresent(chosen -> viewModel.dateIncident(chosen.date(), chosen.precision()))));
        var merge = new MenuItem("Merge other incidents into this one…");
        merge.setId("incident-merge");
        merge.setOnAction(event -> withIncident(incident -> dialogs.show(IncidentDialogs.merge(incident,
                List.copyOf(viewModel.incidentChoices()))).ifPresent(others ->
                viewModel.mergeIntoCompared(others.stream().map(Incident::id).toList()))));
        var split = new MenuItem("Split the selected claims off into a new incident");
        split.setId("incident-split");
        split.setOnAction(event -> viewModel.splitSelectedClaims());
        split.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selectedClaims()));
        var menu = new MenuButton(null, new FontIcon(Material2OutlinedAL.EDIT), site, date, new SeparatorMenuItem(),
                merge, split);
        menu.setId("incident-menu");
        menu.setTooltip(new Tooltip("Correct this incident: site, date, merge or split"));
        return menu;
    }

    private void withIncident(java.util.function.Consumer<Incident> action) {
        var model = viewModel.modelProperty().get();
        if (model != null) {
            action.accept(model.incident());
        }
    }

    private Node linksPanel() {
        var title = new Label("Links");
        title.getStyleClass().add(Styles.TITLE_4);
        linkList.setId("compare-links");
        linkList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        linkList.setCellFactory(list -> new LinkCell());
        linkList.setPlaceholder(placeholder("No links yet: drag one claim onto another, or select two and press L."));
        VBox.setVgrow(linkList, Priority.ALWAYS);
        linkNote.setPromptText("Note for accept / reject (optional)");
        linkNote.setId("compare-link-note");
        var accept = new Button("Accept", new FontIcon(Material2OutlinedAL.CHECK));
        accept.setId("compare-accept");
        accept.setOnAction(event -> decide(LinkStatus.ACCEPTED));
        var reject = new Button("Reject", new FontIcon(Material2OutlinedAL.CLOSE));
        reject.setId("compare-reject");
        reject.setOnAction(event -> decide(LinkStatus.REJECTED));
        var selectAll = new Button("All suggested");
        selectAll.setOnAction(event -> {
            linkList.getSelectionModel().clearSelection();
            for (int i = 0; i < linkList.getItems().size(); i++) {
                if (linkList.getItems().get(i).link().status() == LinkStatus.SUGGESTED) {
                    linkList.getSelectionModel().select(i);
                }
            }
        });
        accept.disableProperty().bind(linkList.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(linkList.getSelectionModel().selectedItemProperty().isNull());
        var link = new Button("Link selected claims…", new FontIcon(Material2OutlinedAL.LINK));
        link.setId("compare-link");
        link.setOnAction(event -> linkSelected());
        for (var button : List.of(accept, reject, selectAll, link)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        var buttons = new FlowPane(6, 6, accept, reject, selectAll);
        linkGraph.setOnClaim(viewModel::select);
        linkGraph.setOnLink(row -> {
            linkList.getSelectionModel().clearSelection();
            linkList.getSelectionModel().select(row);
            linkList.scrollTo(row);
        });
        linkList.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<CompareModel.LinkRow>) change -> showGraph());
        var graphScroll = new ScrollPane(linkGraph);
        graphScroll.setFitToWidth(true);
        graphScroll.setFitToHeight(true);
        var listTab = new Tab("List", linkList);
        var graphTab = new Tab("Graph", graphScroll);
        graphTab.setId("compare-links-graph-tab");
        var views = new TabPane(listTab, graphTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(views, Priority.ALWAYS);
        var panel = new VBox(8, title, views, linkNote, buttons, link);
        panel.setPadding(new Insets(8));
        panel.setMinWidth(280);
        panel.getStyleClass().add("links-panel");
        return panel;
    }

    /** The graph shows the compared incident's links, the selected claims and the links selected in the list. */
    private void showGraph() {
        var model = viewModel.modelProperty().get();
        linkGraph.show(model, List.copyOf(viewModel.selectedClaims()), linkList.getSelectionModel()
                .getSelectedItems().stream().map(row -> row.link().id()).toList());
    }

    private Node footer() {
        var newTag = new Button("New tag…", new FontIcon(Material2OutlinedAL.LABEL));
        newTag.setId("compare-new-tag");
        newTag.setOnAction(event -> newTag());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId("compare-status");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var tagsLabel = new Label("Tags (keys 1–9)");
        tagsLabel.getStyleClass().add(Styles.TEXT_BOLD);
        var row = new HBox(10, tagsLabel, tagBar, newTag, spacer, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 10, 6, 10));
        row.getStyleClass().add("compare-footer");
        HBox.setHgrow(tagBar, Priority.SOMETIMES);
        return row;
    }

    private void render(CompareModel model) {
        updating = true;
        try {
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            incidentTags.getChildren().clear();
            var choice = model == null ? null : viewModel.incidentChoices().stream()
                    .filter(incident -> incident.id() == model.incident().id()).findFirst().orElse(null);
            incidentPicker.setValue(choice);
            if (model == null) {
                grid.add(new Label("No incident to compare yet: run extraction or import annotations."), 0, 0);
                linkList.getItems().clear();
                showGraph();
                assessment.setValue(NO_GRADE);
                suggestion.setText("");
                return;
            }
            assessment.setValue(model.assessment() == null ? NO_GRADE : model.assessment());
            var suggested = model.assessmentSuggestion();
            suggestion.setText("Suggested: " + suggested.value().code() + " — " + suggested.reason());
            suggestion.setTooltip(new Tooltip("The suggestion is never stored as your assessment."));
            model.incidentTags().forEach(tag -> incidentTags.getChildren().add(tagChip(tag)));
            renderGrid(model);
            pinHeader();
            var selectedIds = linkList.getSelectionModel().getSelectedItems().stream()
                    .map(row -> row.link().id()).toList();
            linkList.getItems().setAll(model.links());
            for (int i = 0; i < model.links().size(); i++) {
                if (selectedIds.contains(model.links().get(i).link().id())) {
                    linkList.getSelectionModel().select(i);
                }
            }
            showGraph();
        } finally {
            updating = false;
        }
    }

    /**
     * Moves the header row down and the aspect names right by the scrolled distances, so outlets, grades and
     * aspects stay in view however far the grid is scrolled.
     */
    private void pinHeader() {
        var down = Math.max(0, -gridScroll.getViewportBounds().getMinY() - grid.snappedTopInset());
        var right = Math.max(0, -gridScroll.getViewportBounds().getMinX() - grid.snappedLeftInset());
        for (var aspect : stickyAspects) {
            aspect.setTranslateX(right);
            aspect.toFront();
        }
        for (var header : stickyHeader) {
            header.setTranslateY(down);
            header.toFront();
        }
        if (!stickyHeader.isEmpty()) {
            stickyHeader.get(0).setTranslateX(right);
        }
    }

    private void renderGrid(CompareModel model) {
        var aspectColumn = new ColumnConstraints(120);
        grid.getColumnConstraints().add(aspectColumn);
        for (int i = 0; i < model.columns().size(); i++) {
            var constraints = new ColumnConstraints(220, 280, Double.MAX_VALUE);
            constraints.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(constraints);
        }
        var reports = model.columns().size();
        var corner = new Label(reports + (reports == 1 ? " report" : " reports"));
        corner.getStyleClass().addAll(Styles.TEXT_MUTED, "corner");
        corner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        grid.add(corner, 0, 0);
        stickyHeader.clear();
        stickyHeader.add(corner);
        corner.getStyleClass().add("sticky");
        for (int c = 0; c < model.columns().size(); c++) {
            var header = columnHeader(model.columns().get(c));
            grid.add(header, c + 1, 0);
            header.getStyleClass().add("sticky");
            stickyHeader.add(header);
        }
        int rowIndex = 1;
        stickyAspects.clear();
        for (var aspect : Aspect.values()) {
            var label = new Label(aspect.code());
            label.getStyleClass().addAll("aspect-label", "sticky");
            label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            stickyAspects.add(label);
            grid.add(label, 0, rowIndex);
            int c = 1;
            for (var column : model.columns()) {
                grid.add(cell(model.row(aspect).get(column.articleId())), c++, rowIndex);
            }
            rowIndex++;
        }
    }

    private Node columnHeader(CompareModel.Column column) {
        var outlet = new Label(column.outlet() == null ? column.fileName() : column.outlet());
        outlet.getStyleClass().addAll(Styles.TEXT_BOLD, "outlet");
        var published = new Label(column.published() == null ? "date unknown" : DATE.format(column.published()));
        published.getStyleClass().add(Styles.TEXT_MUTED);
        var speakers = new Label(String.join(", ", column.speakers()));
        speakers.getStyleClass().addAll(Styles.TEXT_SMALL, "speakers");
        speakers.setWrapText(true);
        var reliability = new ComboBox<String>();
        reliability.getItems().addAll(NO_GRADE, "A", "B", "C", "D", "E", "F");
        reliability.setValue(column.reliability() == null ? NO_GRADE : column.reliability());
        reliability.setId("reliability-" + column.articleId());
        reliability.setTooltip(new Tooltip("Reliability of " + column.outlet() + " (A reliable … E unreliable, "
                + "F cannot be judged)"));
        reliability.setDisable(column.outlet() == null);
        reliability.setOnAction(event -> {
            if (!updating) {
                viewModel.gradeOutlet(column.outlet(),
                        NO_GRADE.equals(reliability.getValue()) ? null : reliability.getValue());
            }
        });
        var newClaim = iconButton(Material2OutlinedAL.ADD_COMMENT, "New claim from a selection of this article",
                () -> newClaim(column.articleId()));
        newClaim.setId("new-claim-" + column.articleId());
        var open = iconButton(Material2OutlinedAL.ARTICLE, "Open in the reader", () -> {
            viewModel.openArticle(column.articleId());
            onOpenReader.run();
        });
        var gradeRow = new HBox(6, new Label("Reliability"), reliability, newClaim, open);
        gradeRow.setAlignment(Pos.CENTER_LEFT);
        var box = new VBox(2, outlet, published, speakers, gradeRow);
        box.getStyleClass().add("column-header");
        return box;
    }

    private Node cell(List<CompareModel.ClaimCell> claims) {
        var box = new VBox(4);
        box.getStyleClass().add("compare-cell");
        if (claims.isEmpty()) {
            var none = new Label("not reported");
            none.getStyleClass().add("not-reported");
            box.getChildren().add(none);
            box.getStyleClass().add("state-not-reported");
            return box;
        }
        box.getStyleClass().add("state-" + claims.get(0).state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        claims.forEach(claim -> box.getChildren().add(claimCard(claim)));
        return box;
    }

    private Node claimCard(CompareModel.ClaimCell cell) {
        var claim = cell.claim();
        var value = new Label(claim.value());
        value.getStyleClass().addAll(Styles.TEXT_BOLD, "claim-value");
        value.setWrapText(true);
        var stance = new Label(claim.stance().code());
        stance.getStyleClass().addAll(Styles.TEXT_SMALL, "stance");
        var top = new HBox(6, value, stance);
        top.setAlignment(Pos.BASELINE_LEFT);
        var quote = new Label("“" + claim.quote() + "”");
        quote.setWrapText(true);
        quote.getStyleClass().addAll(Styles.TEXT_SMALL, "quote");
        quote.setMaxHeight(64);
        var speaker = new Label("— " + claim.attributedTo());
        speaker.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        var credibility = new ComboBox<String>();
        credibility.getItems().addAll(NO_GRADE, "1", "2", "3", "4", "5", "6");
        credibility.setValue(cell.credibility() == null ? NO_GRADE : cell.credibility());
        credibility.setId("credibility-" + claim.id());
        credibility.getStyleClass().add(Styles.SMALL);
        credibility.setOnAction(event -> {
            if (!updating) {
                viewModel.gradeClaim(claim.id(), NO_GRADE.equals(credibility.getValue()) ? null
                        : credibility.getValue());
            }
        });
        var suggested = new Label("suggested " + cell.suggestion().value());
        suggested.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        suggested.setTooltip(new Tooltip(cell.suggestion().reason()));
        var grade = new HBox(6, new Label("Credibility"), credibility, suggested);
        grade.setAlignment(Pos.CENTER_LEFT);
        grade.getStyleClass().add(Styles.TEXT_SMALL);
        var tags = new FlowPane(4, 2);
        cell.tags().forEach(tag -> tags.getChildren().add(tagChip(tag)));
        var card = new VBox(3, top, quote, speaker, grade, tags);
        card.getStyleClass().add("claim-card");
        card.setId("claim-" + claim.id());
        if (viewModel.selectedClaims().contains(claim.id())) {
            card.getStyleClass().add("selected");
        }
        card.setOnMouseClicked(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            viewModel.select(claim.id(), event.isShortcutDown());
            if (event.getClickCount() == 2 && !event.isShortcutDown()) {
                openInReader(claim);
            }
            requestFocus();
            event.consume();
        });
        card.setOnContextMenuRequested(event -> {
            claimMenu(claim).show(card, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        card.setOnDragDetected(event -> {
            var board = card.startDragAndDrop(TransferMode.LINK);
            var content = new ClipboardContent();
            content.putString("claim:" + claim.id());
            board.setContent(content);
            event.consume();
        });
        card.setOnDragOver(event -> {
            var dragged = draggedClaim(event.getDragboard().getString());
            if (dragged != null && dragged != claim.id()) {
                event.acceptTransferModes(TransferMode.LINK);
            }
            event.consume();
        });
        card.setOnDragDropped(event -> {
            var dragged = draggedClaim(event.getDragboard().getString());
            event.setDropCompleted(dragged != null);
            event.consume();
            if (dragged != null) {
                javafx.application.Platform.runLater(() -> linkClaims(dragged, claim.id()));
            }
        });
        return card;
    }

    private void openInReader(Claim claim) {
        viewModel.openInReader(claim);
        onOpenReader.run();
    }

    private static Long draggedClaim(String content) {
        if (content == null || !content.startsWith("claim:")) {
            return null;
        }
        return Long.valueOf(content.substring("claim:".length()));
    }

    private ContextMenu claimMenu(Claim claim) {
        var read = new MenuItem("Open in the reader");
        read.setOnAction(event -> openInReader(claim));
        var edit = new MenuItem("Edit claim…");
        edit.setOnAction(event -> editClaim(claim));
        var link = new MenuItem("Link from selected claim…");
        link.setOnAction(event -> {
            var selected = viewModel.selectedClaims();
            if (!selected.isEmpty() && selected.get(0) != claim.id()) {
                linkClaims(selected.get(0), claim.id());
            }
        });
        var move = new MenuItem("Move to incident…");
        move.setOnAction(event -> moveClaim(claim));
        var history = new MenuItem("History…");
        history.setOnAction(event -> showHistory("claim " + claim.id(), ItemType.CLAIM, claim.id()));
        var delete = new MenuItem("Delete claim");
        delete.setOnAction(event -> viewModel.deleteClaim(claim.id()));
        return new ContextMenu(read, edit, link, move, history, new SeparatorMenuItem(), delete);
    }

    private void onKey(KeyEvent event) {
        if (event.getTarget() instanceof TextField || event.getTarget() instanceof ComboBox) {
            return;
        }
        if (REDO.match(event)) {
            viewModel.redo();
            event.consume();
        } else if (UNDO.match(event)) {
            viewModel.undo();
            event.consume();
        } else if (event.getCode().isDigitKey() && !event.isShortcutDown() && !event.isAltDown()) {
            var digit = event.getText().isEmpty() ? -1 : Character.digit(event.getText().charAt(0), 10);
            if (digit >= 1 && digit <= 9) {
                viewModel.toggleTag(digit);
                event.consume();
            }
        } else if (event.getCode() == KeyCode.ENTER && viewModel.selectedClaims().size() == 1) {
            var claim = claim(viewModel.selectedClaims().get(0));
            if (claim != null) {
                openInReader(claim);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.L && !event.isShortcutDown()) {
            linkSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && viewModel.selectedClaims().size() == 1) {
            viewModel.deleteClaim(viewModel.selectedClaims().get(0));
            event.consume();
        }
    }

    private void linkSelected() {
        var selected = viewModel.selectedClaims();
        if (selected.size() < 2) {
            dialogs.showInformation("Select two claims", "Click one claim, then Ctrl-click the other; or drag one "
                    + "claim onto the other.");
            return;
        }
        linkClaims(selected.get(0), selected.get(1));
    }

    private void linkClaims(long from, long to) {
        var a = claim(from);
        var b = claim(to);
        if (a == null || b == null) {
            return;
        }
        dialogs.show(new LinkDialog(a, b)).ifPresent(choice ->
                viewModel.link(from, to, choice.relation(), choice.note()));
    }

    private Claim claim(long id) {
        var model = viewModel.modelProperty().get();
        return model == null ? null : model.allClaims().stream().map(CompareModel.ClaimCell::claim)
                .filter(claim -> claim.id() == id).findFirst().orElse(null);
    }

    private void decide(LinkStatus status) {
        var ids = linkList.getSelectionModel().getSelectedItems().stream().map(row -> row.link().id()).toList();
        if (viewModel.decide(ids, status, linkNote.getText())) {
            linkNote.clear();
        }
    }

    private void newClaim(long articleId) {
        var article = viewModel.article(articleId);
        dialogs.show(ClaimDialog.create(article)).ifPresent(draft -> viewModel.createClaim(articleId, draft.span(),
                draft.speaker(), draft.aspect(), draft.value(), draft.stance()));
    }

    private void editClaim(Claim claim) {
        dialogs.show(ClaimDialog.edit(viewModel.article(claim.articleId()), claim)).ifPresent(draft ->
                viewModel.editClaim(claim.id(), draft.speaker(), draft.aspect(), draft.value(), draft.stance()));
    }

    private void moveClaim(Claim claim) {
        var choices = viewModel.incidentChoices().stream()
                .filter(incident -> !Long.valueOf(incident.id()).equals(claim.incidentId())).toList();
        var dialog = new javafx.scene.control.ChoiceDialog<>(choices.isEmpty() ? null : choices.get(0), choices);
        dialog.setTitle("Move claim");
        dialog.setHeaderText("Move \"" + claim.value() + "\" to another incident");
        dialogs.show(dialog).ifPresent(incident -> viewModel.moveClaim(claim.id(), incident.id()));
    }

    private void newTag() {
        var used = viewModel.tags().stream().map(Tag::shortcut).filter(java.util.Objects::nonNull).toList();
        int free = 1;
        while (used.contains(free) && free <= 9) {
            free++;
        }
        dialogs.show(new TagDialog(free)).ifPresent(tag -> viewModel.createTag(tag.name(), tag.color(),
                tag.shortcut()));
    }

    private void renderTagBar() {
        tagBar.getChildren().clear();
        for (var tag : viewModel.tags()) {
            var chip = tagChip(tag);
            chip.setOnMouseClicked(event -> viewModel.toggleTag(tag));
            chip.setTooltip(new Tooltip("Put on the selected claims, or on the incident when none is selected"));
            tagBar.getChildren().add(chip);
        }
    }

    private static Label tagChip(Tag tag) {
        var chip = new Label((tag.shortcut() == null ? "" : tag.shortcut() + " ") + tag.name());
        chip.getStyleClass().add("tag-chip");
        chip.setStyle("-fx-background-color: " + tag.color() + ";");
        chip.setId("tag-" + tag.name().replace(' ', '-'));
        return chip;
    }

    private void showHistory(String item, ItemType type, long id) {
        dialogs.show(new AuditDialog(item, viewModel.history(type, id)));
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        var button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** A link in the panel: relation badge, the two values, status and note. */
    private static final class LinkCell extends ListCell<CompareModel.LinkRow> {
        @Override
        protected void updateItem(CompareModel.LinkRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("link-suggested", "link-accepted", "link-rejected");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var relation = new Label(row.link().relation().code());
            relation.getStyleClass().addAll("relation-badge", "relation-" + row.link().relation().code());
            var text = new Label(row.describe());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            var meta = new Label(row.link().status().code() + " · " + row.link().origin().code()
                    + (row.link().note() == null ? "" : " · " + row.link().note()));
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            meta.setWrapText(true);
            meta.maxWidthProperty().bind(text.maxWidthProperty());
            setGraphic(new VBox(2, relation, text, meta));
            setText(null);
            getStyleClass().add("link-" + row.link().status().code());
        }
    }

    /** A muted message for an empty list, wrapped to the list's width (the links panel is narrow). */
    static Label placeholder(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "list-placeholder");
        return label;
    }
}
