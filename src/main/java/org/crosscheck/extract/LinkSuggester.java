package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.SourceKey;
import org.crosscheck.model.Stance;

/**
 * Suggests links between the claims of one incident: {@code repeats} (near-identical wording across articles, or
 * the same original speaker saying the same thing), {@code contradicts} (same aspect, incompatible values),
 * {@code corroborates} (same aspect, compatible values, independent sources) and {@code elaborates} (a count that
 * details a bare weapon). At most one link per pair of sentences and relation, so a relayed sentence is one link.
 * When one article relays another's sentence, two claims that may both come from the shared material (the outlets'
 * own voice or a speaker both quote) are not independent, so they neither corroborate nor elaborate each other.
 * Each claim is linked to at most {@link #MAX_EARLIER_LINKS} earlier claims (in the order given: by article, then
 * text) per relation: an incident reported by hundreds of articles would otherwise get a link for nearly every pair
 * of its claims, which no analyst can read and which grows with the square of the reports. Every claim still gets
 * its conflicts and its support shown (up to that many each), and since a claim's links depend only on the claims
 * before it, suggesting again after more articles arrive keeps the links already made.
 */
public final class LinkSuggester {

    /** A suggested link between two claims (by id) with the reason. */
    public record Suggestion(long claimA, long claimB, Relation relation, String note) {
    }

    static final double REPEAT_OVERLAP = 0.6;
    static final int MAX_EARLIER_LINKS = 5;

    private LinkSuggester() {
    }

    /** Every suggestion among these claims (ordered by article, then text). */
    public static List<Suggestion> suggest(List<Claim> claims, Map<Long, String> outletByArticle) {
        return suggest(claims, articleId -> true, List.of(), outletByArticle);
    }

    /**
     * The suggestions among these claims (ordered by article, then text) that touch an article of {@code fresh}:
     * exactly those {@link #suggest(List, Map)} would make among them, when the pairs of the other articles were
     * suggested before and {@code storedLinks} holds the extractor's links among those (they count against each
     * claim's bound). Extraction of a chunk of articles compares only the pairs its articles take part in, so an
     * incident reported by many chunks is not compared again pair by pair each time.
     */
    public static List<Suggestion> suggest(List<Claim> claims, LongPredicate fresh, Collection<ClaimLink> storedLinks,
                                           Map<Long, String> outletByArticle) {
        int count = claims.size();
        var isFresh = new boolean[count];
        var words = new ArrayList<Set<String>>(count);
        var speakers = new String[count];
        var speakersByArticle = new HashMap<Long, Set<String>>();
        boolean anyFresh = false;
        for (int i = 0; i < count; i++) {
            var claim = claims.get(i);
            isFresh[i] = fresh.test(claim.articleId());
            anyFresh |= isFresh[i];
            words.add(Similarity.words(claim.quote()));
            speakers[i] = speakerKey(claim, outletByArticle);
            speakersByArticle.computeIfAbsent(claim.articleId(), k -> new HashSet<>()).add(speakers[i]);
        }
        if (!anyFresh) {
            return List.of();
        }
        // Overlaps of the pairs compared (only those at or above the repeat threshold are kept), and the pairs of
        // articles that relay each other: any two of their sentences nearly the same.
        var repeatOverlaps = new HashMap<Long, Double>();
        var relays = new HashSet<String>();
        for (int i = 0; i < count; i++) {
            var a = claims.get(i);
            for (int j = i + 1; j < count; j++) {
                var b = claims.get(j);
                if ((isFresh[i] || isFresh[j]) && a.articleId() != b.articleId()) {
                    double overlap = Similarity.overlap(words.get(i), words.get(j), 9);
                    if (overlap >= REPEAT_OVERLAP) {
                        repeatOverlaps.put((long) i * count + j, overlap);
                        relays.add(articlePair(a, b));
                    }
                }
            }
        }
        var result = new ArrayList<Suggestion>();
        var seenPairs = new HashSet<String>();
        var bounds = new EarlierLinks(claims, isFresh, storedLinks);
        for (int i = 0; i < count; i++) {
            for (int j = i + 1; j < count; j++) {
                if (!isFresh[i] && !isFresh[j]) {
                    continue;
                }
                var a = claims.get(i);
                var b = claims.get(j);
                boolean sameArticle = a.articleId() == b.articleId();
                if (sameArticle && a.span().equals(b.span())) {
                    continue;
                }
                var sentencePair = a.articleId() + ":" + a.span().start() + "|" + b.articleId() + ":" + b.span().start();
                double overlap = repeatOverlaps.getOrDefault((long) i * count + j, 0.0);
                boolean relayed = relays.contains(articlePair(a, b))
                        && relayedMaterial(speakers[i], speakersByArticle.get(b.articleId()))
                        && relayedMaterial(speakers[j], speakersByArticle.get(a.articleId()));
                if (overlap >= REPEAT_OVERLAP) {
                    if (bounds.hasRoom(i, j, Relation.REPEATS) && seenPairs.add(sentencePair + "|repeats")) {
                        add(result, bounds, j, new Suggestion(a.id(), b.id(), Relation.REPEATS, String.format(
                                java.util.Locale.ROOT, "near-identical wording (%.0f%% shared words)", overlap * 100)));
                    }
                    continue;
                }
                if (a.aspect() != b.aspect()) {
                    if (!sameArticle && !relayed && bounds.hasRoom(i, j, Relation.ELABORATES) && elaborates(a, b)) {
                        add(result, bounds, j,
                                new Suggestion(a.id(), b.id(), Relation.ELABORATES, "a count details the weapon"));
                    }
                    continue;
                }
                boolean sameSpeaker = speakers[i].equals(speakers[j]);
                if (!compatible(a, b)) {
                    if (!(sameArticle && sameSpeaker) && bounds.hasRoom(i, j, Relation.CONTRADICTS)) {
                        add(result, bounds, j, new Suggestion(a.id(), b.id(), Relation.CONTRADICTS,
                                a.aspect().code() + ": \"" + a.value() + "\" vs \"" + b.value() + "\""));
                    }
                    continue;
                }
                if (sameArticle) {
                    continue;
                }
                var articlePair = a.articleId() + "|" + b.articleId() + "|" + a.aspect();
                if (sameSpeaker && !speakers[i].startsWith("outlet:")) {
                    if (bounds.hasRoom(i, j, Relation.REPEATS) && seenPairs.add(articlePair + "|repeats")) {
                        add(result, bounds, j, new Suggestion(a.id(), b.id(), Relation.REPEATS,
                                "the same original speaker: " + a.attributedTo()));
                    }
                } else if (!relayed && bounds.hasRoom(i, j, Relation.CORROBORATES)
                        && seenPairs.add(articlePair + "|corroborates")) {
                    add(result, bounds, j, new Suggestion(a.id(), b.id(), Relation.CORROBORATES,
                            a.aspect().code() + ": \"" + a.value() + "\" and \"" + b.value() + "\""));
                }
            }
        }
        return result;
    }

    /** Adds the suggestion and counts it against the later claim of its pair. */
    private static void add(List<Suggestion> result, EarlierLinks bounds, int later, Suggestion suggestion) {
        result.add(suggestion);
        bounds.made[later][suggestion.relation().ordinal()]++;
    }

    /**
     * How many links each claim has to earlier claims, per relation: those suggested in this call, and the stored
     * extractor links to earlier claims of articles not compared again, which count only for the pairs after them
     * (as they would have, had every pair been compared in order).
     */
    private static final class EarlierLinks {

        private final int[][] made;
        private final int[][][] storedPartners;

        EarlierLinks(List<Claim> claims, boolean[] isFresh, Collection<ClaimLink> storedLinks) {
            made = new int[claims.size()][Relation.values().length];
            storedPartners = new int[claims.size()][][];
            if (storedLinks.isEmpty()) {
                return;
            }
            var position = new HashMap<Long, Integer>();
            for (int i = 0; i < claims.size(); i++) {
                position.put(claims.get(i).id(), i);
            }
            var partners = new HashMap<Integer, List<List<Integer>>>();
            for (var link : storedLinks) {
                var first = position.get(link.claimA());
                var second = position.get(link.claimB());
                if (link.origin() != Origin.AUTO || first == null || second == null
                        || isFresh[first] || isFresh[second]) {
                    continue;
                }
                var perRelation = partners.computeIfAbsent(Math.max(first, second), later -> {
                    var lists = new ArrayList<List<Integer>>();
                    for (int r = 0; r < Relation.values().length; r++) {
                        lists.add(new ArrayList<>());
                    }
                    return lists;
                });
                perRelation.get(link.relation().ordinal()).add(Math.min(first, second));
            }
            partners.forEach((later, perRelation) -> {
                storedPartners[later] = new int[perRelation.size()][];
                for (int r = 0; r < perRelation.size(); r++) {
                    storedPartners[later][r] = perRelation.get(r).stream().mapToInt(Integer::intValue).toArray();
                }
            });
        }

        /** Whether the later claim of the pair may get one more link of the relation. */
        boolean hasRoom(int earlier, int later, Relation relation) {
            int count = made[later][relation.ordinal()];
            if (storedPartners[later] != null) {
                for (int partner : storedPartners[later][relation.ordinal()]) {
                    if (partner < earlier) {
                        count++;
                    }
                }
            }
            return count < MAX_EARLIER_LINKS;
        }
    }

    /**
     * Whether a claim (by its speaker key) of one of two articles that relay each other may come from the shared
     * material: the outlet's own voice, or a speaker the other article quotes too.
     */
    private static boolean relayedMaterial(String speaker, Set<String> otherArticleSpeakers) {
        return speaker.startsWith("outlet:") || otherArticleSpeakers.contains(speaker);
    }

    private static String articlePair(Claim a, Claim b) {
        return Math.min(a.articleId(), b.articleId()) + "|" + Math.max(a.articleId(), b.articleId());
    }

    /** Unattributed claims speak for their outlet; every other speaker is keyed as a source ({@link SourceKey}). */
    private static String speakerKey(Claim claim, Map<Long, String> outletByArticle) {
        var outlet = outletByArticle.get(claim.articleId());
        if (claim.rule() != null && claim.rule().contains("attribution.outlet")
                || outlet != null && outlet.equalsIgnoreCase(claim.attributedTo())) {
            return "outlet:" + claim.articleId();
        }
        return SourceKey.of(claim.attributedTo());
    }

    private static boolean elaborates(Claim a, Claim b) {
        return a.aspect() == Aspect.WEAPON && b.aspect() == Aspect.COUNT && b.value().contains(a.value())
                || b.aspect() == Aspect.WEAPON && a.aspect() == Aspect.COUNT && a.value().contains(b.value());
    }

    /** Whether two values of the same aspect can both be true. */
    static boolean compatible(Claim a, Claim b) {
        if (a.aspect() == Aspect.OCCURRENCE) {
            return (a.stance() == Stance.DENIES) == (b.stance() == Stance.DENIES);
        }
        return compatible(a.aspect(), a.value(), b.value());
    }

    static boolean compatible(Aspect aspect, String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        return switch (aspect) {
            case COUNT -> countsAgree(x, y);
            case OUTCOME -> outcomeKinds(x).equals(outcomeKinds(y));
            case DAMAGE -> x.equals("not reported") || y.equals("not reported")
                    || !(x.equals("none") || y.equals("none"));
            case CASUALTIES -> casualtiesAgree(x, y);
            case CONFIRMATION -> x.equals("confirmed") == y.equals("confirmed");
            case RESPONSIBILITY -> x.toLowerCase(java.util.Locale.ROOT).contains(y.toLowerCase(java.util.Locale.ROOT))
                    || y.toLowerCase(java.util.Locale.ROOT).contains(x.toLowerCase(java.util.Locale.ROOT));
            default -> true;
        };
    }

    private static Set<String> outcomeKinds(String value) {
        var kinds = new HashSet<String>();
        for (var part : value.split(";")) {
            var word = part.strip().split(" ")[0];
            if (!word.isEmpty()) {
                kinds.add(word);
            }
        }
        return kinds;
    }

    /** Counts agree when, weapon by weapon, their ranges overlap ("2-4 rocket" and "3 rocket"). */
    private static boolean countsAgree(String x, String y) {
        var first = countRanges(x);
        var second = countRanges(y);
        for (var entry : first.entrySet()) {
            var other = second.get(entry.getKey());
            if (other != null && (entry.getValue()[0] > other[1] || other[0] > entry.getValue()[1])) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern COUNTED = Pattern.compile("(\\d+)(?:-(\\d+))? (\\w+)");

    private static Map<String, int[]> countRanges(String value) {
        var result = new HashMap<String, int[]>();
        var matcher = COUNTED.matcher(value);
        while (matcher.find()) {
            int low = Integer.parseInt(matcher.group(1));
            int high = matcher.group(2) == null ? low : Integer.parseInt(matcher.group(2));
            result.put(matcher.group(3), new int[] {low, high});
        }
        return result;
    }

    /** Casualty figures agree when, for killed and for injured, their ranges overlap ("at least 25" and "34"). */
    private static boolean casualtiesAgree(String x, String y) {
        var first = ranges(x);
        var second = ranges(y);
        for (var entry : first.entrySet()) {
            var other = second.get(entry.getKey());
            if (other != null && (entry.getValue()[0] > other[1] || other[0] > entry.getValue()[1])) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern CASUALTY = Pattern.compile("(killed|injured) (\\d+)(?:-(\\d+)|(\\+))?");

    /** "killed 3; injured 5-7" → killed [3, 3], injured [5, 7]; "3+" is open-ended; "unknown" says nothing. */
    private static Map<String, int[]> ranges(String value) {
        var result = new HashMap<String, int[]>();
        var matcher = CASUALTY.matcher(value);
        while (matcher.find()) {
            int low = Integer.parseInt(matcher.group(2));
            int high = matcher.group(3) != null ? Integer.parseInt(matcher.group(3))
                    : matcher.group(4) != null ? Integer.MAX_VALUE : low;
            result.put(matcher.group(1), new int[] {low, high});
        }
        return result;
    }
}
