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
        var codes = new ComparedClaims.Codes();
        return suggest(ComparedClaims.of(claims, outletByArticle, codes), fresh, storedLinks, codes);
    }

    /**
     * {@link #suggest(List, LongPredicate, Collection, Map)} on claims already reduced to what is compared (their
     * speakers judged against their outlets), with the codes they were made with.
     */
    static List<Suggestion> suggest(ComparedClaims claims, LongPredicate fresh, Collection<ClaimLink> storedLinks,
                                    ComparedClaims.Codes codes) {
        int count = claims.size();
        var isFresh = new boolean[count];
        int freshCount = 0;
        // Articles and sentences (article and start) numbered, for compact pair keys.
        var articleIndex = new int[count];
        var sentenceIndex = new int[count];
        var articleNumbers = new HashMap<Long, Integer>();
        var sentenceNumbers = new HashMap<Sentence, Integer>();
        for (int i = 0; i < count; i++) {
            isFresh[i] = fresh.test(claims.article(i));
            if (isFresh[i]) {
                freshCount++;
            }
            articleIndex[i] = articleNumbers.computeIfAbsent(claims.article(i), a -> articleNumbers.size());
            sentenceIndex[i] = sentenceNumbers.computeIfAbsent(new Sentence(claims.article(i), claims.start(i)),
                    sentence -> sentenceNumbers.size());
        }
        if (freshCount == 0) {
            return List.of();
        }
        var freshPositions = new int[freshCount];
        for (int i = 0, next = 0; i < count; i++) {
            if (isFresh[i]) {
                freshPositions[next++] = i;
            }
        }
        var pairs = new FreshPairs(isFresh, freshPositions);
        // Overlaps of the pairs compared (only those at or above the repeat threshold are kept), and the pairs of
        // articles that relay each other: any two of their sentences nearly the same.
        long articleCount = articleNumbers.size();
        var repeatOverlaps = new HashMap<Long, Double>();
        var relays = new HashSet<Long>();
        for (int i = 0; i < count; i++) {
            for (int j = pairs.first(i); j < count; j = pairs.next(i, j)) {
                if (claims.article(i) != claims.article(j)) {
                    double overlap = claims.overlap(i, j, 9);
                    if (overlap >= REPEAT_OVERLAP) {
                        repeatOverlaps.put((long) i * count + j, overlap);
                        relays.add(unorderedPair(articleIndex[i], articleIndex[j], articleCount));
                    }
                }
            }
        }
        var speakersByArticle = relays.isEmpty() ? null
                : speakersByArticle(claims, articleIndex, articleNumbers.size());
        var result = new ArrayList<Suggestion>();
        var seenSentencePairs = new HashSet<Long>();
        var seenArticlePairs = new HashSet<Long>();
        long sentenceCount = sentenceNumbers.size();
        int aspectCount = Aspect.values().length;
        var bounds = new EarlierLinks(claims, isFresh, storedLinks);
        for (int i = 0; i < count; i++) {
            for (int j = pairs.first(i); j < count; j = pairs.next(i, j)) {
                boolean sameArticle = claims.article(i) == claims.article(j);
                if (sameArticle && claims.sameSpan(i, j)) {
                    continue;
                }
                double overlap = repeatOverlaps.isEmpty() ? 0.0
                        : repeatOverlaps.getOrDefault((long) i * count + j, 0.0);
                if (overlap >= REPEAT_OVERLAP) {
                    if (bounds.hasRoom(i, j, Relation.REPEATS)
                            && seenSentencePairs.add(sentenceIndex[i] * sentenceCount + sentenceIndex[j])) {
                        add(result, bounds, j, new Suggestion(claims.id(i), claims.id(j), Relation.REPEATS,
                                String.format(java.util.Locale.ROOT, "near-identical wording (%.0f%% shared words)",
                                        overlap * 100)));
                    }
                    continue;
                }
                var aspect = claims.aspect(i);
                long articlePair = articleIndex[i] * articleCount + articleIndex[j];
                long relayKey = unorderedPair(articleIndex[i], articleIndex[j], articleCount);
                if (aspect != claims.aspect(j)) {
                    if (!sameArticle && !relayed(claims, i, j, relayKey, relays, speakersByArticle, articleIndex)
                            && bounds.hasRoom(i, j, Relation.ELABORATES) && elaborates(claims, i, j, codes)) {
                        add(result, bounds, j, new Suggestion(claims.id(i), claims.id(j), Relation.ELABORATES,
                                "a count details the weapon"));
                    }
                    continue;
                }
                boolean sameSpeaker = claims.speaker(i) == claims.speaker(j);
                if (!claims.compatible(i, j, codes)) {
                    if (!(sameArticle && sameSpeaker) && bounds.hasRoom(i, j, Relation.CONTRADICTS)) {
                        add(result, bounds, j, new Suggestion(claims.id(i), claims.id(j), Relation.CONTRADICTS,
                                aspect.code() + ": \"" + codes.text(claims.value(i)) + "\" vs \""
                                        + codes.text(claims.value(j)) + "\""));
                    }
                    continue;
                }
                if (sameArticle) {
                    continue;
                }
                long aspectPair = (articlePair * aspectCount + aspect.ordinal()) * 2;
                if (sameSpeaker && !claims.outletVoice(i)) {
                    if (bounds.hasRoom(i, j, Relation.REPEATS) && seenArticlePairs.add(aspectPair)) {
                        add(result, bounds, j, new Suggestion(claims.id(i), claims.id(j), Relation.REPEATS,
                                "the same original speaker: " + codes.text(claims.attributedTo(i))));
                    }
                } else if (!relayed(claims, i, j, relayKey, relays, speakersByArticle, articleIndex)
                        && bounds.hasRoom(i, j, Relation.CORROBORATES) && seenArticlePairs.add(aspectPair + 1)) {
                    add(result, bounds, j, new Suggestion(claims.id(i), claims.id(j), Relation.CORROBORATES,
                            aspect.code() + ": \"" + codes.text(claims.value(i)) + "\" and \""
                                    + codes.text(claims.value(j)) + "\""));
                }
            }
        }
        return result;
    }

    /**
     * The pairs compared, in order: for an earlier claim of the chunk every later claim, else only the later
     * claims of the chunk. {@code for (j = first(i); j < count; j = next(i, j))}.
     */
    private static final class FreshPairs {

        private final boolean[] isFresh;
        private final int[] freshPositions;

        FreshPairs(boolean[] isFresh, int[] freshPositions) {
            this.isFresh = isFresh;
            this.freshPositions = freshPositions;
        }

        int first(int i) {
            return next(i, i);
        }

        int next(int i, int j) {
            if (isFresh[i]) {
                return j + 1;
            }
            int at = java.util.Arrays.binarySearch(freshPositions, j + 1);
            int index = at >= 0 ? at : -at - 1;
            return index < freshPositions.length ? freshPositions[index] : isFresh.length;
        }
    }

    /** A sentence of an article, by its start. */
    private record Sentence(long article, int start) {
    }

    private static long unorderedPair(int first, int second, long count) {
        return Math.min(first, second) * count + Math.max(first, second);
    }

    /** The speakers of each article (by its number), as codes. */
    private static List<Set<Integer>> speakersByArticle(ComparedClaims claims, int[] articleIndex, int articles) {
        var result = new ArrayList<Set<Integer>>(articles);
        for (int a = 0; a < articles; a++) {
            result.add(new HashSet<>());
        }
        for (int i = 0; i < claims.size(); i++) {
            result.get(articleIndex[i]).add(claims.speaker(i));
        }
        return result;
    }

    /**
     * Whether the two claims' articles (their unordered pair) relay each other and both claims may come from the
     * shared material: the outlet's own voice, or a speaker the other article quotes too.
     */
    private static boolean relayed(ComparedClaims claims, int i, int j, long relayKey, Set<Long> relays,
                                   List<Set<Integer>> speakersByArticle, int[] articleIndex) {
        return relays.contains(relayKey)
                && (claims.outletVoice(i) || speakersByArticle.get(articleIndex[j]).contains(claims.speaker(i)))
                && (claims.outletVoice(j) || speakersByArticle.get(articleIndex[i]).contains(claims.speaker(j)));
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

        EarlierLinks(ComparedClaims claims, boolean[] isFresh, Collection<ClaimLink> storedLinks) {
            made = new int[claims.size()][Relation.values().length];
            storedPartners = new int[claims.size()][][];
            if (storedLinks.isEmpty()) {
                return;
            }
            var position = new HashMap<Long, Integer>();
            for (int i = 0; i < claims.size(); i++) {
                position.put(claims.id(i), i);
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

    /** Whether one claim's count details the other's bare weapon ("3 rocket" and "rocket"). */
    private static boolean elaborates(ComparedClaims claims, int i, int j, ComparedClaims.Codes codes) {
        var first = claims.aspect(i);
        var second = claims.aspect(j);
        return first == Aspect.WEAPON && second == Aspect.COUNT
                && codes.text(claims.value(j)).contains(codes.text(claims.value(i)))
                || second == Aspect.WEAPON && first == Aspect.COUNT
                && codes.text(claims.value(i)).contains(codes.text(claims.value(j)));
    }

    /** Whether two values of the same aspect (other than occurrence, which is compared by stance) can both be true. */
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
