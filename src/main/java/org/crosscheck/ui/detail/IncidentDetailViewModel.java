package org.crosscheck.ui.detail;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Span;
import org.crosscheck.ui.common.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail panel's state: the {@link IncidentDetail} of the incident selected in the workspace (loaded off the FX
 * thread each time the selection changes), and the commands that open a report or a claim in the reader at the
 * claim's span.
 */
public final class IncidentDetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentDetailViewModel.class);

    private final LongFunction<Optional<IncidentDetail>> load;
    private final Workspace workspace;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<IncidentDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private long generation;

    /**
     * @param load the detail of an incident, empty when it does not exist; called on {@code background}
     */
    public IncidentDetailViewModel(LongFunction<Optional<IncidentDetail>> load, Workspace workspace,
                                   Executor background, Executor ui) {
        this.load = load;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        workspace.selectedIncidentIdProperty().addListener((obs, old, id) -> refresh());
    }

    /** The selected incident's detail; null when none is selected (or it no longer exists). */
    public ReadOnlyObjectProperty<IncidentDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Loads the selected incident again (after an edit or an import). */
    public void refresh() {
        var id = workspace.selectedIncidentIdProperty().get();
        var ticket = ++generation;
        if (id == null) {
            detail.set(null);
            return;
        }
        background.execute(() -> {
            try {
                var loaded = load.apply(id);
                ui.execute(() -> {
                    if (ticket == generation) {
                        detail.set(loaded.orElse(null));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Loading incident {} failed", id, e);
                ui.execute(() -> {
                    if (ticket == generation) {
                        detail.set(null);
                    }
                });
            }
        });
    }

    /** Opens the report in the reader at its first claim about the incident. */
    public void open(IncidentDetail.Report report) {
        openAt(report.articleId(), report.firstClaim());
    }

    /** Opens the claim's article in the reader at the claim. */
    public void open(Claim claim) {
        openAt(claim.articleId(), claim.span());
    }

    /** Clears the selection, which closes the panel. */
    public void close() {
        workspace.selectedIncidentIdProperty().set(null);
    }

    private void openAt(long articleId, Span span) {
        workspace.readerTargetProperty().set(span == null ? Workspace.ReaderTarget.article(articleId)
                : new Workspace.ReaderTarget(articleId, span.start(), span.end()));
    }
}
