package org.crosscheck.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.crosscheck.edit.EditService;
import org.crosscheck.edit.Edits;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.IncidentRepository;

/**
 * Makes an analyst claim from the words selected in the reader: offers the incidents the article reports (the one
 * whose claims the selection touches first, else the one selected elsewhere), then stores the claim as one
 * undoable edit.
 */
public final class SelectionClaimViewModel {

    /** What the dialog needs: the article, the selection and the incidents to choose from. */
    public record Request(Article article, Span selection, List<Incident> incidents, Incident suggested) {
    }

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final IncidentRepository incidents;
    private final EditService edits;

    public SelectionClaimViewModel(ArticleRepository articles, ClaimRepository claims, IncidentRepository incidents,
                                   EditService edits) {
        this.articles = articles;
        this.claims = claims;
        this.incidents = incidents;
        this.edits = edits;
    }

    /**
     * The request for a claim on {@code selection} of an article; empty when the article is gone or nothing is
     * selected. {@code selectedIncident} (may be null) is the incident chosen elsewhere in the window.
     */
    public Optional<Request> request(long articleId, Span selection, Long selectedIncident) {
        if (selection == null || selection.length() == 0) {
            return Optional.empty();
        }
        return articles.find(articleId).map(article -> {
            var articleClaims = claims.forArticle(articleId);
            var ids = new LinkedHashSet<Long>();
            articleClaims.stream().map(Claim::incidentId).filter(id -> id != null).forEach(ids::add);
            if (selectedIncident != null) {
                ids.add(selectedIncident);
            }
            var offered = new ArrayList<Incident>();
            ids.forEach(id -> incidents.find(id).ifPresent(offered::add));
            var touched = articleClaims.stream()
                    .filter(claim -> claim.incidentId() != null && claim.span().overlaps(selection))
                    .map(Claim::incidentId).findFirst()
                    .or(() -> Optional.ofNullable(selectedIncident).filter(ids::contains))
                    .or(() -> offered.stream().findFirst().map(Incident::id));
            var suggested = touched.flatMap(id -> offered.stream().filter(i -> i.id() == id).findFirst())
                    .orElse(null);
            return new Request(article, selection, offered, suggested);
        });
    }

    /** Stores the claim; throws IllegalArgumentException with a plain sentence when it cannot be made. */
    public Claim create(Article article, Span span, Long incidentId, String speaker, Aspect aspect, String value,
                        Stance stance) {
        edits.perform(Edits.createClaim(article, span, incidentId, speaker, aspect, value, stance));
        return claims.forArticle(article.id()).stream()
                .filter(claim -> claim.span().equals(span) && claim.value().equals(value.strip())
                        && claim.aspect() == aspect)
                .max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
    }
}
