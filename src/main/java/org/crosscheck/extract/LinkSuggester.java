package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
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

    public static List<Suggestion> suggest(List<Claim> claims, Map<Long, String> outletByArticle) {
        var result = new ArrayList<Suggestion>();
        var seenPairs = new HashSet<String>();
        var words = new HashMap<Long, Set<String>>();
        for (var claim : claims) {
            words.put(claim.id(), Similarity.words(claim.quote()));
        }
        var overlaps = new double[claims.size()][claims.size()];
        var relays = new HashSet<String>();
        var speakersByArticle = new HashMap<Long, Set<String>>();
        for (int i = 0; i < claims.size(); i++) {
            var a = claims.get(i);
            speakersByArticle.computeIfAbsent(a.articleId(), k -> new HashSet<>()).add(speakerKey(a, outletByArticle));
            for (int j = i + 1; j < claims.size(); j++) {
                var b = claims.get(j);
                if (a.articleId() != b.articleId()) {
                    overlaps[i][j] = Similarity.overlap(words.get(a.id()), words.get(b.id()), 9);
                    if (overlaps[i][j] >= REPEAT_OVERLAP) {
                        relays.add(articlePair(a, b));
                    }
                }
            }
        }
        var earlierLinks = new int[claims.size()][Relation.values().length];
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                int[] linksOfLater = earlierLinks[j];
                var a = claims.get(i);
                var b = claims.get(j);
                boolean sameArticle = a.articleId() == b.articleId();
                if (sameArticle && a.span().equals(b.span())) {
                    continue;
                }
                var sentencePair = a.articleId() + ":" + a.span().start() + "|" + b.articleId() + ":" + b.span().start();
                double overlap = overlaps[i][j];
                boolean relayed = relays.contains(articlePair(a, b))
                        && relayedMaterial(a, speakersByArticle.get(b.articleId()), outletByArticle)
                        && relayedMaterial(b, speakersByArticle.get(a.articleId()), outletByArticle);
                if (overlap >= REPEAT_OVERLAP) {
                    if (hasRoom(linksOfLater, Relation.REPEATS) && seenPairs.add(sentencePair + "|repeats")) {
                        add(result, linksOfLater, new Suggestion(a.id(), b.id(), Relation.REPEATS, String.format(
                                java.util.Locale.ROOT, "near-identical wording (%.0f%% shared words)", overlap * 100)));
                    }
                    continue;
                }
                if (a.aspect() != b.aspect()) {
                    if (!sameArticle && !relayed && hasRoom(linksOfLater, Relation.ELABORATES) && elaborates(a, b)) {
                        add(result, linksOfLater,
                                new Suggestion(a.id(), b.id(), Relation.ELABORATES, "a count details the weapon"));
                    }
                    continue;
                }
                var speakerA = speakerKey(a, outletByArticle);
                var speakerB = speakerKey(b, outletByArticle);
                boolean sameSpeaker = speakerA.equals(speakerB);
                if (!compatible(a, b)) {
                    if (!(sameArticle && sameSpeaker) && hasRoom(linksOfLater, Relation.CONTRADICTS)) {
                        add(result, linksOfLater, new Suggestion(a.id(), b.id(), Relation.CONTRADICTS,
                                a.aspect().code() + ": \"" + a.value() + "\" vs \"" + b.value() + "\""));
                    }
                    continue;
                }
                if (sameArticle) {
                    continue;
                }
                var articlePair = a.articleId() + "|" + b.articleId() + "|" + a.aspect();
                if (sameSpeaker && !speakerA.startsWith("outlet:")) {
                    if (hasRoom(linksOfLater, Relation.REPEATS) && seenPairs.add(articlePair + "|repeats")) {
                        add(result, linksOfLater, new Suggestion(a.id(), b.id(), Relation.REPEATS,
                                "the same original speaker: " + a.attributedTo()));
                    }
                } else if (!relayed && hasRoom(linksOfLater, Relation.CORROBORATES)
                        && seenPairs.add(articlePair + "|corroborates")) {
                    add(result, linksOfLater, new Suggestion(a.id(), b.id(), Relation.CORROBORATES,
                            a.aspect().code() + ": \"" + a.value() + "\" and \"" + b.value() + "\""));
                }
            }
        }
        return result;
    }

    private static boolean hasRoom(int[] linksOfLater, Relation relation) {
        return linksOfLater[relation.ordinal()] < MAX_EARLIER_LINKS;
    }

    /** Adds the suggestion and counts it against the later claim of its pair. */
    private static void add(List<Suggestion> result, int[] linksOfLater, Suggestion suggestion) {
        result.add(suggestion);
        linksOfLater[suggestion.relation().ordinal()]++;
    }

    /**
     * Whether a claim of one of two articles that relay each other may come from the shared material: the outlet's
     * own voice, or a speaker the other article quotes too.
     */
    private static boolean relayedMaterial(Claim claim, Set<String> otherArticleSpeakers,
                                           Map<Long, String> outletByArticle) {
        var speaker = speakerKey(claim, outletByArticle);
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
