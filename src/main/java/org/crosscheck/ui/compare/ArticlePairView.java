package org.crosscheck.ui.compare;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.ui.common.DialogService;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Two articles side by side: each text with its claims highlighted, the links between their claims drawn as
 * curves across the gap (coloured by relation; dashed while only suggested, faint when rejected) and listed below.
 * Clicking a curve, a list row or a linked claim scrolls both texts to the two claims; clicking a claim on each
 * side and then "Link…" makes a new link between them.
 */
public final class ArticlePairView extends BorderPane {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");
    private static final double GUTTER_WIDTH = 110;

    private final ArticlePairViewModel viewModel;
    private final DialogService dialogs;
    private final ComboBox<ArticleSummary> leftPicker = new ComboBox<>();
    private final ComboBox<ArticleSummary> rightPicker = new ComboBox<>();
    private final Side left = new Side("left");
    private final Side right = new Side("right");
    private final Pane gutter = new Pane();
    private final ListView<ArticlePair.Crossing> crossingList = new ListView<>();
    private final Label picked = new Label();
    private boolean linesDirty;
    private boolean scrollPending;
    private boolean updating;
    private final Runnable afterLayout = this::afterLayout;

    public ArticlePairView(ArticlePairViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        setId("pair-view");
        getStyleClass().addAll("compare-view", "pair-view");
        getStylesheets().add(ArticlePairView.class.getResource("compare.css").toExternalForm());
        getStylesheets().add(ArticlePairView.class.getResource("pair.css").toExternalForm());
        setTop(header());
        var links = linksPanel();
        var split = new SplitPane(texts(), links);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(links, false);
        setCenter(split);
        viewModel.setOnError(message -> dialogs.showError("That link was not made", message));
        viewModel.pairProperty().addListener((obs, old, pair) -> render(pair));
        viewModel.selectedProperty().addListener((obs, old, crossing) -> select(crossing));
        viewModel.pickedLeftProperty().addListener((obs, old, claim) -> showPicked());
        viewModel.pickedRightProperty().addListener((obs, old, claim) -> showPicked());
        sceneProperty().addListener((obs, old, scene) -> follow(old, scene));
    }

    /** Reloads the article choices and both texts (after an import or extraction). */
    public void refresh() {
        viewModel.refresh();
    }

    /** Shows two articles side by side. */
    public void compare(long leftArticle, long rightArticle) {
        viewModel.compare(leftArticle, rightArticle);
    }

    private Node header() {
        configure(leftPicker, "pair-left-article", viewModel.leftIdProperty());
        configure(rightPicker, "pair-right-article", viewModel.rightIdProperty());
        var swap = new Button(null, new FontIcon(Material2OutlinedMZ.SWAP_HORIZ));
        swap.setId("pair-swap");
        swap.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        swap.setTooltip(new Tooltip("Swap the two articles"));
        swap.setOnAction(event -> viewModel.swap());
        var bar = new HBox(8, leftPicker, swap, rightPicker);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(leftPicker, Priority.ALWAYS);
        HBox.setHgrow(rightPicker, Priority.ALWAYS);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("compare-header");
        return bar;
    }

    private void configure(ComboBox<ArticleSummary> picker, String nodeId, ObjectProperty<Long> articleId) {
        picker.setId(nodeId);
        picker.setItems(viewModel.choices());
        picker.setPromptText("Choose an article");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPrefWidth(200);
        picker.setVisibleRowCount(14);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(ArticleSummary summary) {
                return summary == null ? "" : describe(summary);
            }

            @Override
            public ArticleSummary fromString(String text) {
                return null;
            }
        });
        picker.valueProperty().addListener((obs, old, summary) -> {
            if (!updating && summary != null) {
                articleId.set(summary.id());
            }
        });
        articleId.addListener((obs, old, id) -> choose(picker, id));
        viewModel.choices().addListener((ListChangeListener<ArticleSummary>) change ->
                choose(picker, articleId.get()));
    }

    private void choose(ComboBox<ArticleSummary> picker, Long id) {
        updating = true;
        try {
            picker.setValue(id == null ? null : viewModel.choices().stream().filter(s -> s.id() == id).findFirst()
                    .orElse(null));
        } finally {
            updating = false;
        }
    }

    private static String describe(ArticleSummary summary) {
        var outlet = summary.outlet() == null ? summary.fileName() : summary.outlet();
        var date = summary.published() == null ? "" : " · " + DATE.format(summary.published());
        var title = summary.title() == null ? "" : " · " + summary.title();
        return outlet + date + title;
    }

    private Node texts() {
        gutter.setId("pair-gutter");
        gutter.getStyleClass().add("pair-gutter");
        gutter.setMinWidth(GUTTER_WIDTH);
        gutter.setPrefWidth(GUTTER_WIDTH);
        gutter.setMaxWidth(GUTTER_WIDTH);
        var clip = new Rectangle();
        clip.widthProperty().bind(gutter.widthProperty());
        clip.heightProperty().bind(gutter.heightProperty());
        gutter.setClip(clip);
        var grid = new GridPane();
        grid.setId("pair-texts");
        var side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setMinWidth(240);
        var middle = new ColumnConstraints(GUTTER_WIDTH, GUTTER_WIDTH, GUTTER_WIDTH);
        var otherSide = new ColumnConstraints();
        otherSide.setHgrow(Priority.ALWAYS);
        otherSide.setMinWidth(240);
        grid.getColumnConstraints().setAll(side, middle, otherSide);
        var headers = new RowConstraints();
        var body = new RowConstraints();
        body.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(headers, body);
        grid.add(left.header, 0, 0);
        grid.add(right.header, 2, 0);
        grid.add(left.scroll, 0, 1);
        grid.add(gutter, 1, 1);
        grid.add(right.scroll, 2, 1);
        var legend = new Label("links");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.setMaxWidth(Double.MAX_VALUE);
        legend.setAlignment(Pos.BOTTOM_CENTER);
        grid.add(legend, 1, 0);
        left.text.setOnPick(viewModel::pick);
        right.text.setOnPick(viewModel::pick);
        for (var scroll : List.of(left.scroll, right.scroll)) {
            scroll.vvalueProperty().addListener((obs, old, value) -> linesChanged());
            scroll.viewportBoundsProperty().addListener((obs, old, value) -> linesChanged());
        }
        gutter.heightProperty().addListener((obs, old, value) -> linesChanged());
        return grid;
    }

    private Node linksPanel() {
        crossingList.setId("pair-links");
        crossingList.setPrefHeight(110);
        crossingList.setMinHeight(36);
        crossingList.setPlaceholder(CompareView.placeholder("No link joins a claim of one article to a claim of the "
                + "other. Click a claim on each side, then Link…"));
        crossingList.setCellFactory(view -> new CrossingCell());
        crossingList.getSelectionModel().selectedItemProperty().addListener((obs, old, crossing) -> {
            if (!updating && crossing != null) {
                viewModel.selectedProperty().set(crossing);
            }
        });
        picked.setId("pair-picked");
        picked.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        picked.setWrapText(true);
        var link = new Button("Link…", new FontIcon(Material2OutlinedAL.LINK));
        link.setId("pair-link");
        link.disableProperty().bind(viewModel.pickedLeftProperty().isNull()
                .or(viewModel.pickedRightProperty().isNull()));
        link.setOnAction(event -> linkPicked());
        var title = new Label("Links between the two articles");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(10, title, picked, spacer, link);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(picked, Priority.SOMETIMES);
        var panel = new VBox(6, bar, crossingList);
        panel.setPadding(new Insets(8, 10, 8, 10));
        panel.getStyleClass().add("compare-footer");
        return panel;
    }

    private void linkPicked() {
        var from = viewModel.pickedLeftProperty().get();
        var to = viewModel.pickedRightProperty().get();
        if (from != null && to != null) {
            dialogs.show(new LinkDialog(from, to)).ifPresent(choice -> viewModel.link(choice.relation(),
                    choice.note()));
        }
    }

    private void showPicked() {
        var from = viewModel.pickedLeftProperty().get();
        var to = viewModel.pickedRightProperty().get();
        picked.setText(from == null && to == null ? "Click a claim on each side to link them."
                : "Picked: " + (from == null ? "—" : "\"" + from.value() + "\"") + " ↔ "
                        + (to == null ? "—" : "\"" + to.value() + "\""));
    }

    private void render(ArticlePair pair) {
        left.show(pair == null ? null : pair.left(), pair == null ? List.of() : pair.leftClaims());
        right.show(pair == null ? null : pair.right(), pair == null ? List.of() : pair.rightClaims());
        updating = true;
        try {
            crossingList.getItems().setAll(pair == null ? List.of() : pair.crossings());
        } finally {
            updating = false;
        }
        showPicked();
        select(viewModel.selectedProperty().get());
        linesChanged();
    }

    private void select(ArticlePair.Crossing crossing) {
        left.text.mark(crossing == null ? List.of() : List.of(crossing.left().id()));
        right.text.mark(crossing == null ? List.of() : List.of(crossing.right().id()));
        updating = true;
        try {
            if (crossing == null) {
                crossingList.getSelectionModel().clearSelection();
            } else {
                crossingList.getSelectionModel().select(crossing);
                crossingList.scrollTo(crossing);
            }
        } finally {
            updating = false;
        }
        scrollPending = crossing != null;
        linesChanged();
    }

    private void linesChanged() {
        linesDirty = true;
        gutter.requestLayout();
    }

    private void follow(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** After each layout pass: scroll to the selected link's claims if asked, and redraw the curves if needed. */
    private void afterLayout() {
        if (scrollPending) {
            scrollPending = false;
            var crossing = viewModel.selectedProperty().get();
            if (crossing != null) {
                left.scrollTo(crossing.left());
                right.scrollTo(crossing.right());
            }
        }
        if (linesDirty) {
            linesDirty = false;
            drawLines();
        }
    }

    private void drawLines() {
        var pair = viewModel.pairProperty().get();
        var curves = new ArrayList<Node>();
        if (pair != null && gutter.getScene() != null) {
            var height = gutter.getHeight();
            var width = gutter.getWidth();
            for (var crossing : pair.crossings()) {
                var from = left.centreY(crossing.left(), gutter);
                var to = right.centreY(crossing.right(), gutter);
                if (Double.isNaN(from) || Double.isNaN(to)) {
                    continue;
                }
                var curve = new CubicCurve(0, clamp(from, height), width / 2, clamp(from, height), width / 2,
                        clamp(to, height), width, clamp(to, height));
                curve.setManaged(false);
                curve.getStyleClass().addAll("crossing", "relation-" + crossing.link().relation().code(),
                        "status-" + crossing.link().status().code());
                if (from < 0 || from > height || to < 0 || to > height) {
                    curve.getStyleClass().add("off-screen");
                }
                if (crossing.equals(viewModel.selectedProperty().get())) {
                    curve.getStyleClass().add("selected");
                }
                var tooltip = new Tooltip(crossing.label() + (crossing.link().note() == null ? ""
                        : "\n" + crossing.link().note()));
                tooltip.setShowDelay(Duration.millis(200));
                Tooltip.install(curve, tooltip);
                curve.setOnMouseClicked(event -> viewModel.selectedProperty().set(crossing));
                curves.add(curve);
            }
        }
        curves.sort((a, b) -> Boolean.compare(a.getStyleClass().contains("selected"),
                b.getStyleClass().contains("selected")));
        gutter.getChildren().setAll(curves);
    }

    private static double clamp(double y, double height) {
        return Math.max(2, Math.min(height - 2, y));
    }

    /** One side: the article's header line and its text in a scroll pane. */
    private static final class Side {
        final Label header = new Label();
        final ClaimTextPane text = new ClaimTextPane();
        final ScrollPane scroll = new ScrollPane(text);

        Side(String name) {
            header.setId("pair-" + name + "-header");
            header.getStyleClass().addAll(Styles.TEXT_BOLD, "pair-article-header");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setMinHeight(Region.USE_PREF_SIZE);
            header.setWrapText(true);
            scroll.setId("pair-" + name + "-text");
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("pair-text-scroll");
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        }

        void show(Article article, List<Claim> claims) {
            if (article == null) {
                header.setText("Choose an article above");
                text.show("", List.of(), false);
                return;
            }
            var outlet = article.outlet() == null ? article.fileName() : article.outlet();
            var date = article.published() == null ? "date unknown" : DATE.format(article.published());
            header.setText(outlet + " · " + date + " · " + claims.size() + (claims.size() == 1 ? " claim" : " claims")
                    + (article.title() == null ? "" : "\n" + article.title()));
            text.show(article.text(), claims, article.language() != null
                    && RIGHT_TO_LEFT.contains(article.language()));
            scroll.setVvalue(0);
        }

        /** The vertical centre of a claim's span in the coordinates of {@code target}; NaN when not shown. */
        double centreY(Claim claim, Node target) {
            var bounds = text.spanBounds(claim.span());
            if (bounds == null) {
                return Double.NaN;
            }
            var inScene = text.localToScene(bounds);
            var local = target.sceneToLocal(inScene);
            return local == null ? Double.NaN : (local.getMinY() + local.getMaxY()) / 2;
        }

        /** Scrolls so that the claim's span sits about a third down the visible part. */
        void scrollTo(Claim claim) {
            var bounds = text.spanBounds(claim.span());
            var viewport = scroll.getViewportBounds().getHeight();
            var content = text.getHeight();
            if (bounds == null || content <= viewport) {
                return;
            }
            var top = bounds.getMinY() - viewport / 3;
            scroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
        }
    }

    /** One link: its relation as a coloured badge, the two values with their speakers, and its status. */
    private static final class CrossingCell extends ListCell<ArticlePair.Crossing> {

        @Override
        protected void updateItem(ArticlePair.Crossing crossing, boolean empty) {
            super.updateItem(crossing, empty);
            if (empty || crossing == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            var link = crossing.link();
            var relation = new Label(link.relation().code());
            relation.getStyleClass().addAll("relation-badge", "relation-" + link.relation().code());
            relation.setMinWidth(Region.USE_PREF_SIZE);
            var values = new Label("\"" + crossing.left().value() + "\" (" + crossing.left().attributedTo()
                    + ")  ↔  \"" + crossing.right().value() + "\" (" + crossing.right().attributedTo() + ")");
            values.setMinWidth(0);
            HBox.setHgrow(values, Priority.ALWAYS);
            var status = new Label(link.status().code() + (link.note() == null ? "" : " · " + link.note()));
            status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            status.setMinWidth(0);
            status.setMaxWidth(360);
            var row = new HBox(10, relation, values, status);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            if (link.status() == LinkStatus.REJECTED) {
                row.getStyleClass().add("link-rejected");
            }
            setText(null);
            setGraphic(row);
        }
    }
}
