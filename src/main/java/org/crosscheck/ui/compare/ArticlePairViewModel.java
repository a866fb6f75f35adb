package org.crosscheck.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.crosscheck.edit.EditService;
import org.crosscheck.edit.Edits;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Relation;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.LinkRepository;

/**
 * The free two-article compare: any two articles side by side with their claims, the links between the two drawn
 * across, one link selected at a time (both readers scroll to its claims), and a new link made between the claim
 * picked on the left and the one picked on the right.
 */
public final class ArticlePairViewModel {

    /** How many articles the pickers offer (newest first); the article list's "Compare side by side" reaches any. */
    static final int CHOICES = 2_000;

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final LinkRepository links;
    private final EditService edits;
    private final Executor background;
    private final Executor ui;
    private long generation;
    private final ObjectProperty<Long> leftId = new SimpleObjectProperty<>(this, "leftId");
    private final ObjectProperty<Long> rightId = new SimpleObjectProperty<>(this, "rightId");
    private final ReadOnlyObjectWrapper<ArticlePair> pair = new ReadOnlyObjectWrapper<>(this, "pair");
    private final ObjectProperty<ArticlePair.Crossing> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Claim> pickedLeft = new SimpleObjectProperty<>(this, "pickedLeft");
    private final ObjectProperty<Claim> pickedRight = new SimpleObjectProperty<>(this, "pickedRight");
    private final ObservableList<ArticleSummary> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Consumer<String> onError = status::set;
    /** The left and right claim of the link made last, selected once the reload after it arrives. */
    private List<Long> justLinked;

    /**
     * @param background where the database is read
     * @param ui where the answers are applied (the FX thread)
     */
    public ArticlePairViewModel(ArticleRepository articles, ClaimRepository claims, LinkRepository links,
                                EditService edits, Executor background, Executor ui) {
        this.articles = articles;
        this.claims = claims;
        this.links = links;
        this.edits = edits;
        this.background = background;
        this.ui = ui;
        leftId.addListener((obs, old, id) -> reload());
        rightId.addListener((obs, old, id) -> reload());
        edits.addListener(this::reload);
    }

    /** Shows two articles side by side. */
    public void compare(long left, long right) {
        leftId.set(left);
        rightId.set(right);
    }

    /** Puts the right article on the left and the left one on the right. */
    public void swap() {
        var left = leftId.get();
        leftId.set(rightId.get());
        rightId.set(left);
    }

    public ObjectProperty<Long> leftIdProperty() {
        return leftId;
    }

    public ObjectProperty<Long> rightIdProperty() {
        return rightId;
    }

    public ReadOnlyObjectProperty<ArticlePair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    /** The link whose claims both readers show; null when none is selected. */
    public ObjectProperty<ArticlePair.Crossing> selectedProperty() {
        return selected;
    }

    /** The claim picked on the left for a new link. */
    public ObjectProperty<Claim> pickedLeftProperty() {
        return pickedLeft;
    }

    public ObjectProperty<Claim> pickedRightProperty() {
        return pickedRight;
    }

    /** Articles the two pickers offer. */
    public ObservableList<ArticleSummary> choices() {
        return choices;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setOnError(Consumer<String> handler) {
        onError = handler;
    }

    /**
     * A claim was clicked on one side: it becomes that side's pick for a new link, and its first link to the
     * other side (if any) is selected.
     */
    public void pick(Claim claim) {
        var current = pair.get();
        if (current == null) {
            return;
        }
        if (claim.articleId() == current.left().id()) {
            pickedLeft.set(claim);
        } else {
            pickedRight.set(claim);
        }
        current.crossingsOf(claim.id()).stream().findFirst().ifPresent(selected::set);
    }

    /** Links the claim picked on the left to the one picked on the right; false when that was refused. */
    public boolean link(Relation relation, String note) {
        var from = pickedLeft.get();
        var to = pickedRight.get();
        if (from == null || to == null) {
            onError.accept("Click a claim in each article first, then link them.");
            return false;
        }
        try {
            justLinked = List.of(from.id(), to.id());
            edits.perform(Edits.createLink(from.id(), to.id(), relation, note));
            status.set("Linked: " + from.value() + " " + relation.code() + " " + to.value());
            return true;
        } catch (RuntimeException e) {
            justLinked = null;
            onError.accept(e.getMessage());
            return false;
        }
    }

    /** Reloads the article choices and the pair (after an import or extraction). */
    public void refresh() {
        background.execute(() -> {
            var loaded = articles.page(ArticleQuery.all(), 0, CHOICES);
            ui.execute(() -> choices.setAll(loaded));
        });
        reload();
    }

    /** Reads the two articles, their claims and the links between them in the background, then shows them. */
    private void reload() {
        var ticket = ++generation;
        var wantedLeft = leftId.get();
        var wantedRight = rightId.get();
        background.execute(() -> {
            try {
                var loaded = load(wantedLeft, wantedRight);
                ui.execute(() -> {
                    if (ticket == generation) {
                        apply(loaded);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept("The two articles could not be loaded: " + e.getMessage()));
            }
        });
    }

    private ArticlePair load(Long wantedLeft, Long wantedRight) {
        var left = wantedLeft == null ? null : articles.find(wantedLeft).orElse(null);
        var right = wantedRight == null ? null : articles.find(wantedRight).orElse(null);
        if (left == null || right == null) {
            return null;
        }
        var leftClaims = claims.forArticle(left.id());
        var rightClaims = claims.forArticle(right.id());
        var leftById = new HashMap<Long, Claim>();
        leftClaims.forEach(claim -> leftById.put(claim.id(), claim));
        var rightById = new HashMap<Long, Claim>();
        rightClaims.forEach(claim -> rightById.put(claim.id(), claim));
        var crossings = new ArrayList<ArticlePair.Crossing>();
        for (var link : links.forArticle(left.id())) {
            if (leftById.containsKey(link.claimA()) && rightById.containsKey(link.claimB())) {
                crossings.add(new ArticlePair.Crossing(link, leftById.get(link.claimA()),
                        rightById.get(link.claimB())));
            } else if (leftById.containsKey(link.claimB()) && rightById.containsKey(link.claimA())) {
                crossings.add(new ArticlePair.Crossing(link, leftById.get(link.claimB()),
                        rightById.get(link.claimA())));
            }
        }
        return new ArticlePair(left, leftClaims, right, rightClaims, crossings);
    }

    private void apply(ArticlePair next) {
        var previous = selected.get();
        pair.set(next);
        if (next == null) {
            selected.set(null);
            pickedLeft.set(null);
            pickedRight.set(null);
            return;
        }
        var made = justLinked == null ? Optional.<ArticlePair.Crossing>empty() : next.crossings().stream()
                .filter(crossing -> crossing.left().id() == justLinked.get(0)
                        && crossing.right().id() == justLinked.get(1))
                .max(Comparator.comparingLong(crossing -> crossing.link().id()));
        if (made.isPresent()) {
            justLinked = null;
        }
        selected.set(made.orElse(previous == null ? null : next.crossing(previous.link().id()).orElse(null)));
        pickedLeft.set(refreshed(pickedLeft.get(), next.leftClaims()));
        pickedRight.set(refreshed(pickedRight.get(), next.rightClaims()));
    }

    private static Claim refreshed(Claim claim, List<Claim> current) {
        return claim == null ? null : current.stream().filter(c -> c.id() == claim.id()).findFirst().orElse(null);
    }
}
