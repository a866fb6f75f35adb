package org.crosscheck.ui.reader;

import java.time.LocalDate;
import java.util.Objects;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.crosscheck.model.Article;
import org.crosscheck.model.Span;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's state: the article the {@link Workspace} points at, its editable header (outlet, title, date) with
 * dirty tracking and save, the span to reveal, the reading direction, and the sites, dates and claims found in it
 * with switches for each kind. Switching to another article saves pending header edits first, so an edit is never
 * lost silently.
 */
public final class ReaderViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderViewModel.class);

    private final ArticleRepository articles;
    private final LongFunction<ArticleMarks> marksOf;
    private final String analyst;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Span> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final StringProperty outlet = new SimpleStringProperty(this, "outlet", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> published = new SimpleObjectProperty<>(this, "published");
    private final ReadOnlyBooleanWrapper rightToLeft = new ReadOnlyBooleanWrapper(this, "rightToLeft");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Article> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final ReadOnlyObjectWrapper<ArticleMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks",
            ArticleMarks.NONE);
    private final BooleanProperty showSites = new SimpleBooleanProperty(this, "showSites", true);
    private final BooleanProperty showDates = new SimpleBooleanProperty(this, "showDates", true);
    private final BooleanProperty showClaims = new SimpleBooleanProperty(this, "showClaims", true);
    private final BooleanBinding dirty;
    private long loadTicket;

    /**
     * @param marksOf loads the mentions and claims of an article; called on {@code background}
     */
    public ReaderViewModel(ArticleRepository articles, LongFunction<ArticleMarks> marksOf, Workspace workspace,
                           String analyst, Executor background, Executor ui) {
        this.articles = articles;
        this.marksOf = marksOf;
        this.analyst = analyst;
        this.background = background;
        this.ui = ui;
        dirty = Bindings.createBooleanBinding(this::computeDirty, article, outlet, title, published);
        workspace.readerTargetProperty().addListener((obs, old, newTarget) -> open(newTarget));
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The span to reveal and highlight in the text, or null. */
    public ReadOnlyObjectProperty<Span> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> publishedProperty() {
        return published;
    }

    /** True when the header fields differ from the stored article. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    /** True for Arabic-script articles, which read right to left. */
    public ReadOnlyBooleanProperty rightToLeftProperty() {
        return rightToLeft.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The last problem as one sentence for the analyst; null when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The article as stored by the last successful save, so lists can refresh. */
    public ReadOnlyObjectProperty<Article> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /** The sites, dates and claims found in the open article; set before the article itself. */
    public ReadOnlyObjectProperty<ArticleMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Whether site mentions are marked. */
    public BooleanProperty showSitesProperty() {
        return showSites;
    }

    /** Whether date mentions are marked. */
    public BooleanProperty showDatesProperty() {
        return showDates;
    }

    /** Whether claims are marked (coloured by aspect). */
    public BooleanProperty showClaimsProperty() {
        return showClaims;
    }

    /** The highlights of the open article's marks that are switched on; none while its marks are not loaded. */
    public List<Highlight> markHighlights() {
        var current = article.get();
        if (current == null || marks.get().articleId() != current.id()) {
            return List.of();
        }
        return ReaderMarks.highlights(marks.get(), showSites.get(), showDates.get(), showClaims.get());
    }

    /** Loads the marks of the open article again, after extraction changed them. */
    public void reloadMarks() {
        var current = article.get();
        if (current == null) {
            return;
        }
        var ticket = loadTicket;
        background.execute(() -> {
            try {
                var loaded = marksOf.apply(current.id());
                ui.execute(() -> {
                    if (ticket == loadTicket) {
                        marks.set(loaded);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Loading the marks of article {} failed", current.id(), e);
            }
        });
    }

    /** Shows the target's article (loading it unless it is already open) and reveals its span. */
    public void open(Workspace.ReaderTarget readerTarget) {
        if (readerTarget == null) {
            return;
        }
        var span = readerTarget.start() >= 0 && readerTarget.end() >= readerTarget.start()
                ? new Span(readerTarget.start(), readerTarget.end()) : null;
        var current = article.get();
        if (current != null && current.id() == readerTarget.articleId()) {
            target.set(span);
            return;
        }
        if (dirty.get()) {
            save();
        }
        var ticket = ++loadTicket;
        background.execute(() -> {
            try {
                var loaded = articles.find(readerTarget.articleId());
                var loadedMarks = loaded.isEmpty() ? ArticleMarks.NONE : marksOf.apply(readerTarget.articleId());
                ui.execute(() -> {
                    if (ticket != loadTicket) {
                        return;
                    }
                    if (loaded.isEmpty()) {
                        error.set("Article " + readerTarget.articleId() + " no longer exists.");
                    } else {
                        marks.set(loadedMarks);
                        show(loaded.get());
                        target.set(span);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("Loading article {} failed", readerTarget.articleId(), e);
                ui.execute(() -> error.set(e.getMessage()));
            }
        });
    }

    /** Stores the edited outlet, title and date, audited under the analyst's name. */
    public void save() {
        var current = article.get();
        if (current == null || !dirty.get()) {
            return;
        }
        var newOutlet = outlet.get();
        var newTitle = title.get();
        var newPublished = published.get();
        saving.set(true);
        background.execute(() -> {
            try {
                var stored = articles.updateHeader(current.id(), newOutlet, newTitle, newPublished, analyst);
                ui.execute(() -> {
                    saving.set(false);
                    var open = article.get();
                    if (open != null && open.id() == stored.id()) {
                        show(stored);
                    }
                    lastSaved.set(stored);
                });
            } catch (RuntimeException e) {
                LOG.error("Saving the header of article {} failed", current.id(), e);
                ui.execute(() -> {
                    saving.set(false);
                    error.set("The header of " + current.fileName() + " was not saved: " + e.getMessage());
                });
            }
        });
    }

    /** Puts the stored values back into the header fields. */
    public void revert() {
        var current = article.get();
        if (current != null) {
            fillHeader(current);
        }
    }

    /** Clears the last error once the analyst has seen it. */
    public void clearError() {
        error.set(null);
    }

    private void show(Article loaded) {
        fillHeader(loaded);
        rightToLeft.set(isRightToLeft(loaded.language(), loaded.text()));
        article.set(loaded);
    }

    private void fillHeader(Article source) {
        outlet.set(Objects.requireNonNullElse(source.outlet(), ""));
        title.set(Objects.requireNonNullElse(source.title(), ""));
        published.set(source.published());
    }

    private boolean computeDirty() {
        var current = article.get();
        return current != null && (!Objects.equals(normalise(outlet.get()), current.outlet())
                || !Objects.equals(normalise(title.get()), current.title())
                || !Objects.equals(published.get(), current.published()));
    }

    private static String normalise(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * True when the article reads right to left: its language is written in Arabic or Hebrew script, or most of
     * the letters at its start are.
     */
    static boolean isRightToLeft(String language, String text) {
        if (language != null && java.util.Set.of("ar", "fa", "ur", "he", "ps", "ku").contains(language)) {
            return true;
        }
        int rtl = 0;
        int letters = 0;
        var sample = text.length() > 2000 ? text.substring(0, 2000) : text;
        for (int i = 0; i < sample.length(); i++) {
            var c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                var direction = Character.getDirectionality(c);
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    rtl++;
                }
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }
}
