package org.crosscheck.ui.reader;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.ui.common.Actions;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The reader: the article's header (outlet, date, title) editable in place with Save and Revert, and its full text
 * wrapped in a readable column, right to left for Arabic, with search hits, the workspace's target span, and the
 * sites, dates and claims the extractor found marked (claims coloured by aspect, explained on hover). A legend under
 * the header names the colours and switches each kind of mark on or off.
 */
public final class ReaderView extends BorderPane {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ReaderViewModel viewModel;
    private final ObjectProperty<String> searchText = new SimpleObjectProperty<>(this, "searchText");
    private final TextField outlet = new TextField();
    private final TextField title = new TextField();
    private final DatePicker published = new DatePicker();
    private final Label language = new Label();
    private final Label basis = new Label();
    private final Label file = new Label();
    private final SpanTextPane text = new SpanTextPane();
    private final ScrollPane scroller = new ScrollPane();
    private final VBox header;
    private final FlowPane aspectLegend = new FlowPane(10, 4);

    public ReaderView(ReaderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("reader");
        setId("reader");
        header = header();
        var page = new StackPane(text);
        page.getStyleClass().add("reader-page");
        StackPane.setAlignment(text, Pos.TOP_CENTER);
        text.setMaxWidth(760);
        scroller.setContent(page);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().addAll("reader-scroller", "edge-to-edge");
        var body = new StackPane(placeholder(), scroller);
        scroller.visibleProperty().bind(viewModel.articleProperty().isNotNull());
        header.visibleProperty().bind(viewModel.articleProperty().isNotNull());
        header.managedProperty().bind(header.visibleProperty());
        setTop(header);
        setCenter(body);

        viewModel.articleProperty().addListener((obs, old, article) -> showText(old, article));
        viewModel.targetProperty().addListener((obs, old, span) -> showText(null, viewModel.articleProperty().get()));
        searchText.addListener((obs, old, search) -> showText(null, viewModel.articleProperty().get()));
        viewModel.marksProperty().addListener((obs, old, marks) -> redrawMarks());
        for (var shown : List.of(viewModel.showSitesProperty(), viewModel.showDatesProperty(),
                viewModel.showClaimsProperty())) {
            shown.addListener((obs, old, on) -> redrawMarks());
        }
    }

    /** The explanation of the highlight under the mouse, as the hover tooltip shows it; null when none. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return text.hoverTextProperty();
    }

    /** The list's search text: its words are marked in the article. */
    public ObjectProperty<String> searchTextProperty() {
        return searchText;
    }

    /** Saves the header if it was edited (Ctrl+S). */
    public void save() {
        commitDate();
        viewModel.save();
    }

    /**
     * The text the analyst selected in the article, as offsets into the article text; null when nothing is
     * selected. Views that act on a selection (making a claim from it) follow this.
     */
    public ReadOnlyObjectProperty<org.crosscheck.model.Span> selectionProperty() {
        return text.selectionProperty();
    }

    /** Adds a command that acts on the selection (e.g. making a claim from it) to the text's context menu. */
    public void addSelectionCommand(MenuItem item) {
        text.addMenuItem(item);
    }

    /** The article text as displayed, for tests and checks. */
    public String displayedText() {
        return text.text();
    }

    private VBox header() {
        outlet.setId("reader-outlet");
        outlet.setPromptText("Outlet not stated");
        outlet.getStyleClass().addAll("inline-field", "outlet-field");
        outlet.textProperty().bindBidirectional(viewModel.outletProperty());
        outlet.prefColumnCountProperty().bind(Bindings.createIntegerBinding(
                () -> Math.max(6, Math.min(30, (int) Math.ceil(shownLength(outlet) * 0.75) + 2)),
                outlet.textProperty()));
        outlet.minWidthProperty().bind(Bindings.when(outlet.textProperty().isEmpty())
                .then(Region.USE_PREF_SIZE).otherwise(90));
        outlet.setTooltip(new Tooltip("Outlet — click to edit"));

        published.setId("reader-published");
        published.setPromptText("Date not stated");
        published.getStyleClass().addAll("inline-field", "date-field");
        published.setConverter(isoDates());
        published.valueProperty().bindBidirectional(viewModel.publishedProperty());
        published.setPrefWidth(185);
        published.setMinWidth(Region.USE_PREF_SIZE);
        published.setTooltip(new Tooltip("Publication date — click to edit"));
        published.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitDate();
            }
        });

        language.setId("reader-language");
        language.getStyleClass().add("language-badge");
        language.managedProperty().bind(language.textProperty().isNotEmpty());
        language.visibleProperty().bind(language.managedProperty());
        language.setMinWidth(Region.USE_PREF_SIZE);
        basis.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        basis.setMinWidth(Region.USE_PREF_SIZE);
        basis.setTooltip(new Tooltip("How the publication date was found"));
        basis.managedProperty().bind(basis.textProperty().isNotEmpty());
        basis.visibleProperty().bind(basis.managedProperty());

        var saveButton = new Button(Actions.SAVE_HEADER.text(), Actions.SAVE_HEADER.newIcon());
        saveButton.setId("reader-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setTooltip(new Tooltip(Actions.SAVE_HEADER.textWithShortcut()));
        saveButton.setOnAction(event -> save());
        saveButton.disableProperty().bind(viewModel.savingProperty());
        var revertButton = new Button(Actions.REVERT_HEADER.text(), Actions.REVERT_HEADER.newIcon());
        revertButton.setId("reader-revert");
        revertButton.getStyleClass().add(Styles.FLAT);
        revertButton.setOnAction(event -> viewModel.revert());
        var edited = new Label("Edited");
        edited.getStyleClass().addAll(Styles.TEXT_SMALL, "edited-label");
        var editBar = new HBox(8, edited, revertButton, saveButton);
        editBar.setAlignment(Pos.CENTER_RIGHT);
        editBar.visibleProperty().bind(viewModel.dirtyProperty().or(viewModel.savingProperty()));
        editBar.managedProperty().bind(editBar.visibleProperty());

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var metaRow = new HBox(10, icon(Material2OutlinedAL.BUSINESS), outlet, icon(Material2OutlinedAL.EVENT),
                published, basis, language, spacer, editBar);
        metaRow.setAlignment(Pos.CENTER_LEFT);

        title.setId("reader-title");
        title.setPromptText("No title stated — click to add one");
        title.getStyleClass().addAll("inline-field", "title-field");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.setTooltip(new Tooltip("Title — click to edit"));

        file.setId("reader-file");
        file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        file.setGraphic(icon(Material2OutlinedAL.INSERT_DRIVE_FILE));

        for (var field : List.of(outlet, title)) {
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    save();
                } else if (event.getCode() == KeyCode.ESCAPE) {
                    viewModel.revert();
                }
            });
        }
        var box = new VBox(6, metaRow, title, file, marksBar());
        box.getStyleClass().add("reader-header");
        return box;
    }

    /** The length of what a field shows: its text, or its prompt while empty. */
    private static int shownLength(TextField field) {
        var shown = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
        return shown == null ? 0 : shown.length();
    }

    /** Switches for sites, dates and claims, and the colours of the aspects the open article's claims speak about. */
    private HBox marksBar() {
        var sites = markToggle("Sites", ReaderMarks.SITE, "reader-show-sites", viewModel.showSitesProperty());
        var dates = markToggle("Dates", ReaderMarks.DATE, "reader-show-dates", viewModel.showDatesProperty());
        var claims = markToggle("Claims", "claim", "reader-show-claims", viewModel.showClaimsProperty());
        aspectLegend.setId("reader-aspect-legend");
        aspectLegend.getStyleClass().add("aspect-legend");
        aspectLegend.setMinWidth(0);
        aspectLegend.setPrefWrapLength(360);
        aspectLegend.disableProperty().bind(viewModel.showClaimsProperty().not());
        HBox.setHgrow(aspectLegend, Priority.ALWAYS);
        var bar = new HBox(6, sites, dates, claims, aspectLegend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("marks-bar");
        HBox.setMargin(aspectLegend, new Insets(0, 0, 0, 10));
        return bar;
    }

    private static ToggleButton markToggle(String name, String style, String id, BooleanProperty shown) {
        var swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style);
        var toggle = new ToggleButton(name, swatch);
        toggle.setId(id);
        toggle.getStyleClass().addAll(Styles.SMALL, "mark-toggle");
        toggle.selectedProperty().bindBidirectional(shown);
        toggle.setFocusTraversable(false);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip("Show or hide the " + name.toLowerCase(Locale.ROOT) + " found in the text"));
        return toggle;
    }

    private void fillAspectLegend(ArticleMarks marks) {
        var article = viewModel.articleProperty().get();
        var present = marks.claims().stream()
                .filter(claim -> article != null && claim.articleId() == article.id())
                .map(Claim::aspect).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Aspect.class)));
        var chips = new ArrayList<Node>();
        for (var aspect : present) {
            var swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", ReaderMarks.claimStyle(aspect));
            var chip = new Label(ReaderMarks.aspectName(aspect), swatch);
            chip.getStyleClass().addAll("aspect-chip", Styles.TEXT_SMALL);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chips.add(chip);
        }
        aspectLegend.getChildren().setAll(chips);
    }

    /** Draws the article again with the current marks, keeping the scroll position. */
    private void redrawMarks() {
        var article = viewModel.articleProperty().get();
        fillAspectLegend(viewModel.marksProperty().get());
        if (article != null) {
            var position = scroller.getVvalue();
            text.setContent(article.text(), highlights(article), viewModel.rightToLeftProperty().get());
            scroller.setVvalue(position);
        }
    }

    private List<Highlight> highlights(Article article) {
        var highlights = new ArrayList<>(viewModel.markHighlights());
        highlights.addAll(Highlight.searchHits(article.text(), searchText.get()));
        var target = viewModel.targetProperty().get();
        if (target != null && target.end() <= article.text().length()) {
            highlights.add(new Highlight(target, Highlight.TARGET, null));
        }
        return highlights;
    }

    private VBox placeholder() {
        var glyph = new FontIcon(Material2OutlinedAL.ARTICLE);
        glyph.getStyleClass().add("placeholder-icon");
        var heading = new Label("No article open");
        heading.getStyleClass().add(Styles.TITLE_4);
        var hint = new Label("Select an article in the list to read it here.\nCtrl+F searches the text of every article.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        var box = new VBox(10, glyph, heading, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("reader-placeholder");
        box.visibleProperty().bind(viewModel.articleProperty().isNull());
        return box;
    }

    private void showText(Article previous, Article article) {
        if (article == null) {
            text.setContent("", List.of(), false);
            return;
        }
        var rightToLeft = viewModel.rightToLeftProperty().get();
        var orientation = rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        title.setNodeOrientation(orientation);
        language.setText(article.language() == null ? "" : article.language().toUpperCase(Locale.ROOT));
        basis.setText(article.publishedBasis() == null ? "" : ReaderMarks.basis(article.publishedBasis()));
        file.setText(article.fileName() + "  ·  " + String.format(Locale.ENGLISH, "%,d", article.charCount())
                + " characters");
        fillAspectLegend(viewModel.marksProperty().get());
        var target = viewModel.targetProperty().get();
        text.setContent(article.text(), highlights(article), rightToLeft);
        if (target != null) {
            revealLater(target);
        } else if (previous == null || previous.id() != article.id()) {
            scroller.setVvalue(0);
        }
    }

    private void revealLater(org.crosscheck.model.Span span) {
        Platform.runLater(() -> {
            scroller.applyCss();
            scroller.layout();
            var bounds = text.boundsOf(span);
            var content = scroller.getContent().getLayoutBounds().getHeight();
            var viewport = scroller.getViewportBounds().getHeight();
            if (bounds == null || content <= viewport) {
                return;
            }
            var inPage = text.localToParent(bounds).getMinY();
            var top = Math.max(0, inPage - viewport / 3);
            scroller.setVvalue(Math.min(1, top / (content - viewport)));
        });
    }

    private void commitDate() {
        var typed = published.getEditor().getText();
        try {
            published.setValue(typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip(), ISO));
        } catch (DateTimeParseException e) {
            published.getEditor().setText(published.getValue() == null ? "" : ISO.format(published.getValue()));
        }
    }

    private static FontIcon icon(org.kordamp.ikonli.Ikon ikon) {
        var icon = new FontIcon(ikon);
        icon.getStyleClass().add("header-icon");
        return icon;
    }

    /** Dates as yyyy-mm-dd; text that is not a date keeps the value as it was. */
    private StringConverter<LocalDate> isoDates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ISO.format(date);
            }

            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.strip(), ISO);
                } catch (DateTimeParseException e) {
                    return published.getValue();
                }
            }
        };
    }

    /** Hands each problem the reader meets (an article that cannot be loaded or saved) to {@code show}, once. */
    public void setOnError(Consumer<String> show) {
        viewModel.errorProperty().addListener((obs, old, message) -> {
            if (message != null) {
                show.accept(message);
                viewModel.clearError();
            }
        });
    }
}
