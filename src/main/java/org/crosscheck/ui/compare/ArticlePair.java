package org.crosscheck.ui.compare;

import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;

/**
 * Two articles read side by side: each with its claims, and the links that join a claim of one to a claim of the
 * other (oriented left → right whichever way they were stored).
 */
public record ArticlePair(Article left, List<Claim> leftClaims, Article right, List<Claim> rightClaims,
                          List<Crossing> crossings) {

    /** A link between a claim on the left and a claim on the right. */
    public record Crossing(ClaimLink link, Claim left, Claim right) {

        /** "contradicts · 2 rocket ↔ 10 rocket · accepted", for lists and tooltips. */
        public String label() {
            return link.relation().code() + " · " + left.value() + " ↔ " + right.value() + " · "
                    + link.status().code();
        }
    }

    public ArticlePair {
        leftClaims = List.copyOf(leftClaims);
        rightClaims = List.copyOf(rightClaims);
        crossings = List.copyOf(crossings);
    }

    /** The crossings a claim of either side takes part in. */
    public List<Crossing> crossingsOf(long claimId) {
        return crossings.stream()
                .filter(crossing -> crossing.left().id() == claimId || crossing.right().id() == claimId).toList();
    }

    public Optional<Crossing> crossing(long linkId) {
        return crossings.stream().filter(crossing -> crossing.link().id() == linkId).findFirst();
    }
}
