package org.crosscheck.ui.compare;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.edit.Edit;
import org.crosscheck.edit.EditService;
import org.crosscheck.edit.Edits;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.AuditEntry;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.AuditLog;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.store.TagRepository;
import org.crosscheck.ui.common.Workspace;

/**
 * The compare view's state and commands: which incident is compared, its {@link CompareModel}, the claims the
 * analyst has selected (the first one is where a link starts), the tags, and every edit (claims, links, tags,
 * grades) sent through the {@link EditService} so it is stored at once and can be undone. Lives on the FX thread;
 * loading runs on the background executor.
 */
public final class CompareViewModel {

    private final IncidentRepository incidents;
    private final ClaimRepository claims;
    private final LinkRepository links;
    private final ArticleRepository articles;
    private final SiteRepository sites;
    private final GradeRepository grades;
    private final TagRepository tags;
    private final AuditLog auditLog;
    private final EditService edits;
    private final Workspace workspace;
    private final ObjectProperty<Long> incidentId = new SimpleObjectProperty<>(this, "incidentId");
    private final ReadOnlyObjectWrapper<CompareModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<Incident> incidentChoices = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedClaims = FXCollections.observableArrayList();
    private final ObservableList<Tag> allTags = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Consumer<String> onError = message -> status.set(message);
    private final Executor background;
    private final Executor ui;
    private long generation;
    private boolean applying;

    public CompareViewModel(IncidentRepository incidents, ClaimRepository claims, LinkRepository links,
                            ArticleRepository articles, SiteRepository sites, GradeRepository grades, TagRepository tags,
                            AuditLog auditLog, EditService edits, Workspace workspace, Executor background,
                            Executor ui) {
        this.incidents = incidents;
        this.claims = claims;
        this.links = links;
        this.articles = articles;
        this.sites = sites;
        this.grades = grades;
        this.tags = tags;
        this.auditLog = auditLog;
        this.edits = edits;
        this.workspace = workspace;
        this.background = background;
        this.ui = ui;
        incidentId.addListener((obs, old, id) -> {
            if (!applying) {
                selectedClaims.clear();
                reload();
            }
        });
        workspace.selectedIncidentIdProperty().addListener((obs, old, id) -> {
            if (id != null) {
                incidentId.set(id);
            }
        });
        edits.addListener(this::updateHistory);
        updateHistory();
    }

    /** The incident being compared; follows the workspace selection and the view's picker. */
    public ObjectProperty<Long> incidentIdProperty() {
        return incidentId;
    }

    public ReadOnlyObjectProperty<CompareModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Every incident, for the picker. */
    public ObservableList<Incident> incidentChoices() {
        return incidentChoices;
    }

    /** The selected claims in selection order; a link goes from the first to the second. */
    public ObservableList<Long> selectedClaims() {
        return selectedClaims;
    }

    public ObservableList<Tag> tags() {
        return allTags;
    }

    /** The last thing done, for the status line of the view. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Where refused edits are told (one plain sentence); the view shows them in a dialog. */
    public void setOnError(Consumer<String> handler) {
        onError = handler;
    }

    /**
     * Reloads the incident list, the tags and the compared incident from the database in the background; the answer
     * is applied on the UI executor unless a newer reload was asked for meanwhile.
     */
    public void reload() {
        var ticket = ++generation;
        var wanted = incidentId.get();
        background.execute(() -> {
            try {
                var choices = incidents.findAll();
                var tagList = tags.findAll();
                var id = wanted != null ? wanted : choices.isEmpty() ? null : choices.get(0).id();
                var incident = id == null ? null : incidents.find(id).orElse(null);
                var built = incident == null ? null : CompareModel.build(input(incident));
                ui.execute(() -> {
                    if (ticket == generation) {
                        apply(choices, tagList, id, built);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept("The incident could not be loaded: " + e.getMessage()));
            }
        });
    }

    private void apply(List<Incident> choices, List<Tag> tagList, Long id, CompareModel built) {
        incidentChoices.setAll(choices);
        allTags.setAll(tagList);
        if (!java.util.Objects.equals(incidentId.get(), id)) {
            applying = true;
            try {
                incidentId.set(id);
            } finally {
                applying = false;
            }
        }
        model.set(built);
        if (built != null) {
            selectedClaims.removeIf(claimId -> built.allClaims().stream()
                    .noneMatch(cell -> cell.claim().id() == claimId));
        }
    }

    private CompareModel.Input input(Incident incident) {
        var incidentClaims = claims.forIncident(incident.id());
        var articleById = new HashMap<Long, Article>();
        incidentClaims.stream().map(Claim::articleId).distinct()
                .forEach(articleId -> articles.find(articleId).ifPresent(a -> articleById.put(articleId, a)));
        var reliability = new HashMap<String, String>();
        grades.reliabilityByOutlet().forEach((outlet, grade) -> reliability.put(outlet, grade.value()));
        var credibility = new HashMap<Long, String>();
        for (var claim : incidentClaims) {
            grades.find(ItemType.CLAIM, claim.id()).ifPresent(grade -> credibility.put(claim.id(), grade.value()));
        }
        var tagsByClaim = new HashMap<Long, List<Tag>>();
        for (var claim : incidentClaims) {
            tagsByClaim.put(claim.id(), tags.tagsOf(ItemType.CLAIM, claim.id()));
        }
        var assessment = grades.find(ItemType.INCIDENT, incident.id()).map(Grade::value).orElse(null);
        return new CompareModel.Input(incident, incidentClaims, links.forIncident(incident.id()), articleById,
                reliability, credibility, assessment, tagsByClaim, tags.tagsOf(ItemType.INCIDENT, incident.id()));
    }

    /** Selects a claim alone, or adds/removes it when {@code extend} (Ctrl-click). */
    public void select(long claimId, boolean extend) {
        if (!extend) {
            selectedClaims.setAll(claimId);
        } else if (selectedClaims.contains(claimId)) {
            selectedClaims.remove(claimId);
        } else {
            selectedClaims.add(claimId);
        }
    }

    /** Opens the claim's article in the reader with the claim's span highlighted. */
    public void openInReader(Claim claim) {
        workspace.readerTargetProperty().set(new Workspace.ReaderTarget(claim.articleId(), claim.span().start(),
                claim.span().end()));
    }

    /** Opens an article in the reader without a span. */
    public void openArticle(long articleId) {
        workspace.readerTargetProperty().set(Workspace.ReaderTarget.article(articleId));
    }

    public Article article(long articleId) {
        return articles.find(articleId).orElseThrow();
    }

    public List<AuditEntry> history(ItemType type, long itemId) {
        return auditLog.forItem(type, itemId);
    }

    public boolean createClaim(long articleId, Span span, String speaker, Aspect aspect, String value, Stance stance) {
        return perform(() -> Edits.createClaim(article(articleId), span, incidentId.get(), speaker, aspect, value,
                stance));
    }

    public boolean editClaim(long claimId, String speaker, Aspect aspect, String value, Stance stance) {
        return perform(() -> Edits.editClaim(claimId, speaker, aspect, value, stance));
    }

    public boolean deleteClaim(long claimId) {
        return perform(() -> Edits.deleteClaim(claimId));
    }

    public boolean moveClaim(long claimId, Long toIncident) {
        return perform(() -> Edits.moveClaim(claimId, toIncident));
    }

    /** Every gazetteer site, to move the compared incident to. */
    public List<Site> sites() {
        return sites.findAll();
    }

    /** Puts the compared incident at another site. */
    public boolean moveIncidentTo(Site site) {
        var current = model.get();
        return current != null && perform(() -> Edits.moveIncidentToSite(current.incident().id(), site));
    }

    /** Sets the compared incident's date and its precision. */
    public boolean dateIncident(java.time.LocalDate date, TimePrecision precision) {
        var current = model.get();
        return current != null && perform(() -> Edits.setIncidentDate(current.incident().id(), date, precision));
    }

    /** Moves the claims of {@code others} into the compared incident and removes them. */
    public boolean mergeIntoCompared(Collection<Long> others) {
        var current = model.get();
        return current != null && perform(() -> Edits.mergeIncidents(current.incident().id(), others));
    }

    /** Moves the selected claims out of the compared incident into a new one with the same site and date. */
    public boolean splitSelectedClaims() {
        var current = model.get();
        if (current == null || selectedClaims.isEmpty()) {
            onError.accept("Select the claims that belong to the new incident first (click, Ctrl-click).");
            return false;
        }
        return perform(() -> Edits.splitIncident(current.incident().id(), List.copyOf(selectedClaims)));
    }

    /** Links the first selected claim to the second. */
    public boolean linkSelected(Relation relation, String note) {
        if (selectedClaims.size() < 2) {
            onError.accept("Select two claims to link: click one, then Ctrl-click the other.");
            return false;
        }
        return link(selectedClaims.get(0), selectedClaims.get(1), relation, note);
    }

    public boolean link(long claimA, long claimB, Relation relation, String note) {
        return perform(() -> Edits.createLink(claimA, claimB, relation, note));
    }

    public boolean decide(Collection<Long> linkIds, LinkStatus status, String note) {
        return perform(() -> Edits.decideLinks(linkIds, status, note));
    }

    /** The tag with this digit on the selected claims, or on the incident when no claim is selected. */
    public boolean toggleTag(int shortcut) {
        var tag = allTags.stream().filter(candidate -> Integer.valueOf(shortcut).equals(candidate.shortcut()))
                .findFirst();
        if (tag.isEmpty()) {
            onError.accept("No tag has the shortcut " + shortcut + ". Make one with New tag.");
            return false;
        }
        return toggleTag(tag.get());
    }

    public boolean toggleTag(Tag tag) {
        var current = model.get();
        if (current == null) {
            return false;
        }
        if (selectedClaims.isEmpty()) {
            var on = current.incidentTags().stream().noneMatch(t -> t.id() == tag.id());
            return perform(() -> Edits.tag(tag.id(), ItemType.INCIDENT, current.incident().id(), on));
        }
        var ok = true;
        for (var claimId : List.copyOf(selectedClaims)) {
            var on = current.allClaims().stream().filter(cell -> cell.claim().id() == claimId)
                    .flatMap(cell -> cell.tags().stream()).noneMatch(t -> t.id() == tag.id());
            ok &= perform(() -> Edits.tag(tag.id(), ItemType.CLAIM, claimId, on));
        }
        return ok;
    }

    public boolean createTag(String name, String color, Integer shortcut) {
        return perform(() -> Edits.createTag(name, color, shortcut));
    }

    public boolean gradeOutlet(String outlet, String value) {
        var id = grades.outletId(outlet);
        if (id.isEmpty()) {
            onError.accept("The outlet \"" + outlet + "\" is not stored.");
            return false;
        }
        return perform(() -> Edits.grade(ItemType.OUTLET, id.get(), value));
    }

    public boolean gradeClaim(long claimId, String value) {
        return perform(() -> Edits.grade(ItemType.CLAIM, claimId, value));
    }

    public boolean assess(String value) {
        var current = model.get();
        return current != null && perform(() -> Edits.grade(ItemType.INCIDENT, current.incident().id(), value));
    }

    public void undo() {
        try {
            edits.undo().ifPresent(edit -> status.set("Undone: " + edit.description()));
        } catch (RuntimeException e) {
            onError.accept(e.getMessage());
        }
        reload();
    }

    public void redo() {
        try {
            edits.redo().ifPresent(edit -> status.set("Redone: " + edit.description()));
        } catch (RuntimeException e) {
            onError.accept(e.getMessage());
        }
        reload();
    }

    /** Builds and applies one edit; a refused one is told through the error handler and changes nothing. */
    private boolean perform(java.util.function.Supplier<Edit> edit) {
        try {
            var done = edits.perform(edit.get());
            status.set(done.description());
            return true;
        } catch (RuntimeException e) {
            onError.accept(e.getMessage());
            return false;
        } finally {
            reload();
        }
    }

    private void updateHistory() {
        canUndo.set(edits.canUndo());
        canRedo.set(edits.canRedo());
    }
}
