package org.crosscheck.grading;

import java.util.ArrayList;
import java.util.Locale;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;

/**
 * Suggests the credibility of a claim on the Admiralty scale (1 confirmed … 5 improbable, 6 cannot be judged) from
 * what other independent sources say about the same thing. Repetition of the same original source counts for
 * nothing; the outlet's reliability is deliberately not used (the two are judged independently).
 * <ul>
 *   <li>1 — confirmed by two or more other independent sources, contradicted by none;</li>
 *   <li>2 — corroborated by one other independent source, contradicted by none;</li>
 *   <li>3 — both corroborated and contradicted by independent sources;</li>
 *   <li>4 — contradicted by one independent source, corroborated by none;</li>
 *   <li>5 — contradicted by two or more independent sources, corroborated by none;</li>
 *   <li>6 — no independent source speaks to it.</li>
 * </ul>
 * A claim is corroborated by a {@code corroborates} link, or by a claim on the same aspect with the same value and
 * stance; it is contradicted by a {@code contradicts} link. Links the analyst rejected are ignored.
 */
public final class CredibilitySuggester {

    public Suggestion<Integer> suggest(Claim target, Evidence evidence) {
        var groups = new SourceGroups(evidence);
        var ownSource = groups.sourceOf(target.id());
        var supporting = new ArrayList<Long>();
        var contradicting = new ArrayList<Long>();
        var relays = 0;
        for (var other : evidence.claims()) {
            if (other.id() == target.id()) {
                continue;
            }
            if (groups.sourceOf(other.id()) == ownSource) {
                relays += other.articleId() != target.articleId() ? 1 : 0;
                continue;
            }
            if (agrees(target, other)) {
                supporting.add(other.id());
            }
        }
        for (var link : evidence.links()) {
            if (link.status() == LinkStatus.REJECTED || !touches(link, target.id())) {
                continue;
            }
            var other = link.claimA() == target.id() ? link.claimB() : link.claimA();
            if (groups.sourceOf(other) == ownSource) {
                continue;
            }
            if (link.relation() == Relation.CORROBORATES) {
                supporting.add(other);
            } else if (link.relation() == Relation.CONTRADICTS) {
                contradicting.add(other);
            }
        }
        int support = groups.sourcesOf(supporting).size();
        int against = groups.sourcesOf(contradicting).size();
        if (support > 0 && against > 0) {
            return new Suggestion<>(3, "corroborated by " + sources(support) + ", contradicted by "
                    + sources(against));
        }
        if (support >= 2) {
            return new Suggestion<>(1, "confirmed by " + support + " other independent sources");
        }
        if (support == 1) {
            return new Suggestion<>(2, "corroborated by 2 independent sources");
        }
        if (against >= 2) {
            return new Suggestion<>(5, "contradicted by " + sources(against));
        }
        if (against == 1) {
            return new Suggestion<>(4, "contradicted by 1 independent source");
        }
        return new Suggestion<>(6, relays > 0
                ? "cannot be judged: only relayed by " + relays + (relays == 1 ? " report" : " reports")
                        + " of the same source"
                : "cannot be judged: no independent source speaks to it");
    }

    private static boolean agrees(Claim target, Claim other) {
        return other.aspect() == target.aspect() && other.stance() == target.stance()
                && normalised(other.value()).equals(normalised(target.value())) && !normalised(target.value()).isEmpty();
    }

    private static boolean touches(ClaimLink link, long claimId) {
        return link.claimA() == claimId || link.claimB() == claimId;
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String sources(int count) {
        return count + (count == 1 ? " independent source" : " independent sources");
    }
}
