package org.crosscheck.ui.status;

import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crosscheck.store.StatsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The status bar's numbers (articles, incidents, claims) and its one-line message about the last thing done. */
public final class StatusBarViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBarViewModel.class);

    private final StatsRepository stats;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyLongWrapper articles = new ReadOnlyLongWrapper(this, "articles");
    private final ReadOnlyLongWrapper incidents = new ReadOnlyLongWrapper(this, "incidents");
    private final ReadOnlyLongWrapper claims = new ReadOnlyLongWrapper(this, "claims");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");

    public StatusBarViewModel(StatsRepository stats, Executor background, Executor ui) {
        this.stats = stats;
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyLongProperty articlesProperty() {
        return articles.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty incidentsProperty() {
        return incidents.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty claimsProperty() {
        return claims.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows a short note about what just happened, e.g. "Saved the header of 000.txt". */
    public void say(String text) {
        message.set(text);
    }

    /** Counts the rows again in the background. */
    public void refresh() {
        background.execute(() -> {
            try {
                var counts = stats.counts();
                ui.execute(() -> show(counts));
            } catch (RuntimeException e) {
                LOG.warn("Counting rows failed", e);
            }
        });
    }

    private void show(Map<String, Long> counts) {
        articles.set(counts.getOrDefault("articles", 0L));
        incidents.set(counts.getOrDefault("incidents", 0L));
        claims.set(counts.getOrDefault("claims", 0L));
    }

    /** "1 article", "12 claims": a count with its noun in the right number. */
    public static String plural(long count, String noun) {
        return String.format(java.util.Locale.ENGLISH, "%,d %s", count, count == 1 ? noun : noun + "s");
    }
}
