package org.crosscheck.grading;

import java.util.LinkedHashSet;
import java.util.Locale;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Claim;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Stance;

/**
 * Suggests an incident's assessment on Airwars' scale from its independent sources and open conflicts, first rule
 * that holds:
 * <ol>
 *   <li>Discounted — the occurrence is denied and no independent source asserts it;</li>
 *   <li>Contested — open conflicts: {@code contradicts} links not rejected between different sources, or the
 *       occurrence both asserted and denied;</li>
 *   <li>Confirmed — a speaker confirms the attack (a confirmation claim asserted, not "not confirmed");</li>
 *   <li>Fair — two or more independent sources, no open conflict;</li>
 *   <li>Weak — several reports that all relay one source;</li>
 *   <li>Single source — one report.</li>
 * </ol>
 */
public final class AssessmentSuggester {

    public Suggestion<Assessment> suggest(Evidence evidence) {
        var groups = new SourceGroups(evidence);
        var asserting = new LinkedHashSet<Long>();
        var denying = new LinkedHashSet<String>();
        for (var claim : evidence.claims()) {
            if (claim.aspect() == Aspect.OCCURRENCE && claim.stance() == Stance.DENIES) {
                denying.add(claim.attributedTo());
            } else if (claim.stance() == Stance.ASSERTS) {
                asserting.add(groups.sourceOf(claim.id()));
            }
        }
        if (!denying.isEmpty() && asserting.isEmpty()) {
            return new Suggestion<>(Assessment.DISCOUNTED, "occurrence denied by " + String.join(", ", denying)
                    + " and asserted by no independent source");
        }
        long conflicts = evidence.links().stream()
                .filter(link -> link.relation() == Relation.CONTRADICTS && link.status() != LinkStatus.REJECTED)
                .filter(link -> !groups.sameSource(link.claimA(), link.claimB()))
                .count();
        if (conflicts > 0 || !denying.isEmpty()) {
            var reason = conflicts > 0 ? conflicts + (conflicts == 1 ? " open conflict" : " open conflicts")
                    + " between independent sources" : "";
            if (!denying.isEmpty()) {
                reason += (reason.isEmpty() ? "" : "; ") + "occurrence denied by " + String.join(", ", denying);
            }
            return new Suggestion<>(Assessment.CONTESTED, reason);
        }
        var confirmer = evidence.claims().stream().filter(AssessmentSuggester::confirms).findFirst();
        if (confirmer.isPresent()) {
            return new Suggestion<>(Assessment.CONFIRMED, "confirmed by " + confirmer.get().attributedTo());
        }
        int independent = groups.independentSourceCount(evidence);
        int reports = reportCount(evidence);
        if (independent >= 2) {
            return new Suggestion<>(Assessment.FAIR, "reported by " + independent
                    + " independent sources, no open conflict");
        }
        if (reports >= 2) {
            return new Suggestion<>(Assessment.WEAK, reports + " reports, all relaying one source");
        }
        return new Suggestion<>(Assessment.SINGLE_SOURCE, reports == 0 ? "no report yet" : "one report");
    }

    private static boolean confirms(Claim claim) {
        if (claim.aspect() != Aspect.CONFIRMATION || claim.stance() != Stance.ASSERTS) {
            return false;
        }
        var value = claim.value() == null ? "" : claim.value().toLowerCase(Locale.ROOT);
        return value.contains("confirm") && !value.contains("not") && !value.contains("unconfirm");
    }

    private static int reportCount(Evidence evidence) {
        var articles = new LinkedHashSet<>(evidence.reportArticleIds());
        evidence.claims().forEach(claim -> articles.add(claim.articleId()));
        return articles.size();
    }
}
