package org.crosscheck.grading;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;

/**
 * Which claims go back to the same original source, so repetition is not counted as corroboration. Two claims share
 * a source when a {@code repeats} link that the analyst has not rejected joins them (directly or through other
 * claims), or when they name the same speaker ("the Pentagon" in two outlets is one source). Vague speakers
 * ("local sources") only join within one outlet, and an article's own unattributed reporting is its outlet's.
 */
public final class SourceGroups {

    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Long> articleOfClaim = new HashMap<>();
    private final Map<Long, String> outletByArticle;

    public SourceGroups(Evidence evidence) {
        this.outletByArticle = evidence.outletByArticle();
        var claimBySpeaker = new HashMap<String, Long>();
        for (var claim : evidence.claims()) {
            parent.put(claim.id(), claim.id());
            articleOfClaim.put(claim.id(), claim.articleId());
        }
        for (var claim : evidence.claims()) {
            var first = claimBySpeaker.putIfAbsent(speakerKey(claim), claim.id());
            if (first != null) {
                union(first, claim.id());
            }
        }
        for (var link : evidence.links()) {
            if (link.relation() == Relation.REPEATS && link.status() != LinkStatus.REJECTED
                    && parent.containsKey(link.claimA()) && parent.containsKey(link.claimB())) {
                union(link.claimA(), link.claimB());
            }
        }
    }

    /** The source of a claim: equal for claims that go back to the same original statement or speaker. */
    public long sourceOf(long claimId) {
        var root = claimId;
        while (parent.containsKey(root) && parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    public boolean sameSource(long claimA, long claimB) {
        return sourceOf(claimA) == sourceOf(claimB);
    }

    /**
     * How many independent sources report the incident: the distinct sources of its claims, plus one per reporting
     * article that has no claim in it and whose outlet brings no source already counted.
     */
    public int independentSourceCount(Evidence evidence) {
        var sources = new HashSet<Long>();
        var articlesWithClaims = new HashSet<Long>();
        var outletsCounted = new HashSet<String>();
        for (var claim : evidence.claims()) {
            sources.add(sourceOf(claim.id()));
            articlesWithClaims.add(claim.articleId());
            outletsCounted.add(outletKey(claim.articleId()));
        }
        int count = sources.size();
        for (var articleId : evidence.reportArticleIds()) {
            if (!articlesWithClaims.contains(articleId) && outletsCounted.add(outletKey(articleId))) {
                count++;
            }
        }
        return count;
    }

    /** The distinct sources among some claims. */
    public Set<Long> sourcesOf(Iterable<Long> claimIds) {
        var result = new HashSet<Long>();
        claimIds.forEach(id -> result.add(sourceOf(id)));
        return result;
    }

    private void union(long a, long b) {
        var rootA = sourceOf(a);
        var rootB = sourceOf(b);
        if (rootA != rootB) {
            parent.put(Math.max(rootA, rootB), Math.min(rootA, rootB));
        }
    }

    private String speakerKey(Claim claim) {
        var speaker = normalise(claim.attributedTo());
        var outlet = outletKey(claim.articleId());
        if (speaker.isEmpty() || speaker.equals(outlet)) {
            return "outlet:" + outlet;
        }
        if (speaker.contains("source") || speaker.contains("witness") || speaker.contains("resident")) {
            return "vague:" + speaker + "@" + outlet;
        }
        return "speaker:" + speaker;
    }

    private String outletKey(long articleId) {
        var outlet = outletByArticle.get(articleId);
        return outlet == null ? "article " + articleId : normalise(outlet);
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        var plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
