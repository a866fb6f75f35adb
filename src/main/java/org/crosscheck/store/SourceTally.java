package org.crosscheck.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.Incident;
import org.crosscheck.model.SourceKey;

/**
 * What the incident summaries count, gathered claim by claim and link by link as the tables are read: each
 * incident's claims with their article and speaker, the repeat links within an incident and the contradictions per
 * incident. It keeps the claims in flat arrays (about 30 bytes a claim) and joins repeats in a union-find over them,
 * so summing up a 100,000-article database (3.3 million claims, 21.7 million links) fits a 1 GiB heap beside the
 * export; a tally of one object per claim and per repeat pair did not. Claims may come in any order (an index read
 * gives them by incident), links after every claim.
 */
final class SourceTally {

    private final List<Incident> incidents;
    private final Map<Long, Integer> incidentIndex = new HashMap<>();
    /** Each distinct speaker as written, numbered in the order first seen. */
    private final Map<String, Integer> speakerNumbers = new HashMap<>();
    private final List<String> speakerNames = new ArrayList<>();
    private long[] claimIds = new long[1024];
    private long[] articleIds = new long[1024];
    private int[] spanStarts = new int[1024];
    private int[] incidentOf = new int[1024];
    private int[] speakers = new int[1024];
    /** The claims that count as reports (their article's date is known); the others only have a place in the order. */
    private BitSet counted = new BitSet();
    private int size;
    /** Set once every claim is in and they have been put in id order, where links find them by binary search. */
    private boolean inIdOrder;
    /** Union-find over the claims: each claim's parent, joined by the repeat links within an incident. */
    private int[] parent;
    private final int[] conflicts;
    private int[][] byIncident;

    /** A tally of the claims about these incidents; the summaries come out in this order. */
    SourceTally(Iterable<Incident> incidents) {
        this.incidents = new ArrayList<>();
        for (var incident : incidents) {
            incidentIndex.put(incident.id(), this.incidents.size());
            this.incidents.add(incident);
        }
        conflicts = new int[this.incidents.size()];
    }

    /**
     * A claim about an incident, before any link; a claim about an incident not in the tally is left out.
     * {@code counts} says whether it counts as a report (its article's date is known).
     */
    void claim(long claimId, long incidentId, long articleId, String speaker, int spanStart, boolean counts) {
        if (inIdOrder) {
            throw new IllegalStateException("Claim " + claimId + " came after the links or the summaries");
        }
        var incident = incidentIndex.get(incidentId);
        if (incident == null) {
            return;
        }
        if (size == claimIds.length) {
            grow();
        }
        claimIds[size] = claimId;
        articleIds[size] = articleId;
        spanStarts[size] = spanStart;
        incidentOf[size] = incident;
        speakers[size] = speakerNumbers.computeIfAbsent(speaker, name -> {
            speakerNames.add(name);
            return speakerNames.size() - 1;
        });
        counted.set(size, counts);
        size++;
    }

    private void grow() {
        int capacity = size * 2;
        claimIds = Arrays.copyOf(claimIds, capacity);
        articleIds = Arrays.copyOf(articleIds, capacity);
        spanStarts = Arrays.copyOf(spanStarts, capacity);
        incidentOf = Arrays.copyOf(incidentOf, capacity);
        speakers = Arrays.copyOf(speakers, capacity);
    }

    /**
     * A repeats or contradicts link the analyst has not rejected. A contradiction counts for the incident of its first
     * claim; a repeat joins two claims of one incident into one source.
     */
    void link(long a, long b, boolean contradicts) {
        startUnions();
        int first = position(a);
        if (first < 0 || !counted.get(first)) {
            return;
        }
        if (contradicts) {
            conflicts[incidentOf[first]]++;
            return;
        }
        int second = position(b);
        if (second >= 0 && counted.get(second) && incidentOf[second] == incidentOf[first]) {
            union(first, second);
        }
    }

    private int position(long claimId) {
        int found = Arrays.binarySearch(claimIds, 0, size, claimId);
        return found < 0 ? -1 : found;
    }

    /**
     * Every incident's summary, in the order given. Independent sources: the incident's claims grouped by speaker,
     * groups joined by the repeat links between two of them; each group left counts once. The work per claim is on
     * arrays (a speaker's group and a group's root are marked with the incident's stamp instead of kept in a set),
     * and each article's date is looked up once per incident, not once per claim.
     */
    List<IncidentSummary> summaries(Map<Long, String> siteNames, Map<Long, LocalDate> published) {
        startUnions();
        var byIncident = positionsByIncident();
        var sourceOfSpeaker = sourceNumbers();
        var firstOfSource = new int[speakerNames.size()];
        var sourceStamp = new int[speakerNames.size()];
        var rootStamp = new int[size];
        var articleBuffer = new long[64];
        var result = new ArrayList<IncidentSummary>(incidents.size());
        for (int index = 0; index < incidents.size(); index++) {
            int stamp = index + 1;
            int reports = 0;
            for (int claim : byIncident[index]) {
                if (!counted.get(claim)) {
                    continue;
                }
                if (reports == articleBuffer.length) {
                    articleBuffer = Arrays.copyOf(articleBuffer, reports * 2);
                }
                articleBuffer[reports++] = articleIds[claim];
                int source = sourceOfSpeaker[speakers[claim]];
                if (sourceStamp[source] == stamp) {
                    union(firstOfSource[source], claim);
                } else {
                    sourceStamp[source] = stamp;
                    firstOfSource[source] = claim;
                }
            }
            int independent = 0;
            for (int claim : byIncident[index]) {
                if (counted.get(claim)) {
                    int root = root(claim);
                    if (rootStamp[root] != stamp) {
                        rootStamp[root] = stamp;
                        independent++;
                    }
                }
            }
            var incident = incidents.get(index);
            var articles = distinct(articleBuffer, reports);
            var dates = new ArrayList<LocalDate>(articles.size());
            for (var article : articles) {
                var date = published.get(article);
                if (date != null) {
                    dates.add(date);
                }
            }
            dates.sort(null);
            int conflictCount = conflicts[index];
            result.add(new IncidentSummary(incident, siteNames.get(incident.id()), articles.size(), independent,
                    conflictCount, articles, List.copyOf(dates),
                    IncidentSummary.State.of(incident.confirmed(), conflictCount, independent)));
        }
        return result;
    }

    /** Each speaker's source ({@link SourceKey}) as a number: speakers written differently may share one. */
    private int[] sourceNumbers() {
        var numbers = new HashMap<String, Integer>();
        var sources = new int[speakerNames.size()];
        for (int speaker = 0; speaker < sources.length; speaker++) {
            sources[speaker] = numbers.computeIfAbsent(SourceKey.of(speakerNames.get(speaker)), key -> numbers.size());
        }
        return sources;
    }

    /** The first {@code length} values, ascending and each once. */
    private static List<Long> distinct(long[] values, int length) {
        Arrays.sort(values, 0, length);
        var distinct = new ArrayList<Long>(length);
        for (int i = 0; i < length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                distinct.add(values[i]);
            }
        }
        return List.copyOf(distinct);
    }

    /**
     * The ids of every claim about each incident that has any, in the order of {@link ClaimRepository#forIncident}:
     * by article, then text position, then id.
     */
    Map<Long, long[]> claimIdsByIncident() {
        var byIncident = positionsByIncident();
        var ids = new HashMap<Long, long[]>();
        for (int index = 0; index < incidents.size(); index++) {
            if (byIncident[index].length == 0) {
                continue;
            }
            ids.put(incidents.get(index).id(), Arrays.stream(byIncident[index]).boxed()
                    .sorted((x, y) -> {
                        int byArticle = Long.compare(articleIds[x], articleIds[y]);
                        if (byArticle != 0) {
                            return byArticle;
                        }
                        int byStart = Integer.compare(spanStarts[x], spanStarts[y]);
                        return byStart != 0 ? byStart : Long.compare(claimIds[x], claimIds[y]);
                    })
                    .mapToLong(claim -> claimIds[claim]).toArray());
        }
        return ids;
    }

    /** Each incident's claims, in id order; worked out once all claims are in. */
    private int[][] positionsByIncident() {
        if (byIncident != null) {
            return byIncident;
        }
        putInIdOrder();
        var counts = new int[incidents.size()];
        for (int claim = 0; claim < size; claim++) {
            counts[incidentOf[claim]]++;
        }
        var positions = new int[incidents.size()][];
        for (int index = 0; index < positions.length; index++) {
            positions[index] = new int[counts[index]];
            counts[index] = 0;
        }
        for (int claim = 0; claim < size; claim++) {
            int index = incidentOf[claim];
            positions[index][counts[index]++] = claim;
        }
        byIncident = positions;
        return positions;
    }

    /** Once every claim is in: each claim its own source, until links and speakers join them. */
    private void startUnions() {
        putInIdOrder();
        if (parent == null) {
            parent = new int[size];
            Arrays.setAll(parent, claim -> claim);
        }
    }

    /** Sorts the claims by id (ids are below 2^31, as H2 hands them out), unless they came in that order. */
    private void putInIdOrder() {
        if (inIdOrder) {
            return;
        }
        inIdOrder = true;
        int firstOutOfOrder = 1;
        while (firstOutOfOrder < size && claimIds[firstOutOfOrder - 1] < claimIds[firstOutOfOrder]) {
            firstOutOfOrder++;
        }
        if (firstOutOfOrder >= size) {
            return;
        }
        var order = new long[size];
        for (int claim = 0; claim < size; claim++) {
            order[claim] = (long) Math.toIntExact(claimIds[claim]) << 32 | claim;
        }
        Arrays.sort(order);
        var sortedIds = new long[size];
        var sortedArticles = new long[size];
        var sortedStarts = new int[size];
        var sortedIncidents = new int[size];
        var sortedSpeakers = new int[size];
        var sortedCounted = new BitSet(size);
        for (int position = 0; position < size; position++) {
            int claim = (int) order[position];
            sortedIds[position] = claimIds[claim];
            sortedArticles[position] = articleIds[claim];
            sortedStarts[position] = spanStarts[claim];
            sortedIncidents[position] = incidentOf[claim];
            sortedSpeakers[position] = speakers[claim];
            sortedCounted.set(position, counted.get(claim));
        }
        claimIds = sortedIds;
        articleIds = sortedArticles;
        spanStarts = sortedStarts;
        incidentOf = sortedIncidents;
        speakers = sortedSpeakers;
        counted = sortedCounted;
    }

    private void union(int a, int b) {
        int rootA = root(a);
        int rootB = root(b);
        if (rootA != rootB) {
            parent[rootA] = rootB;
        }
    }

    private int root(int claim) {
        int current = claim;
        while (parent[current] != current) {
            parent[current] = parent[parent[current]];
            current = parent[current];
        }
        return current;
    }
}
