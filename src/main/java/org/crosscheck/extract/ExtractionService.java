package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Site;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.ExtractionStore;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.task.CancelledException;
import org.crosscheck.task.Progress;
import org.crosscheck.task.ReadAhead;

/**
 * Runs extraction over stored articles and stores the result: mentions, incidents (grouped across articles),
 * claims and suggested links. Idempotent: a re-run replaces only what the extractor made before; claims and
 * incidents the analyst made or confirmed, and links the analyst accepted or rejected, are never touched. Works a
 * chunk of articles at a time, each chunk stored in one transaction, so a cancelled run keeps the chunks it finished.
 */
public final class ExtractionService {

    /** Articles extracted and stored together; bounds the memory a 100,000-article extraction needs. */
    static final int CHUNK_SIZE = 2_000;
    /** Memory kept for the claims compared across chunks ({@link ComparedClaimsCache}): a quarter of the heap. */
    private static final long COMPARED_CLAIMS_BYTES = Runtime.getRuntime().maxMemory() / 4;
    /** Threads extracting articles ahead of the one that groups and stores them. */
    private static final int EXTRACT_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final ArticleRepository articles;
    private final SiteRepository sites;
    private final IncidentRepository incidents;
    private final ClaimRepository claims;
    private final ExtractionStore store;
    private final List<ReferenceEvent> events;
    private final int chunkSize;

    public ExtractionService(ArticleRepository articles, SiteRepository sites, IncidentRepository incidents,
                             ClaimRepository claims, ExtractionStore store) {
        this(articles, sites, incidents, claims, store, CHUNK_SIZE);
    }

    ExtractionService(ArticleRepository articles, SiteRepository sites, IncidentRepository incidents,
                      ClaimRepository claims, ExtractionStore store, int chunkSize) {
        this.chunkSize = chunkSize;
        this.articles = articles;
        this.sites = sites;
        this.incidents = incidents;
        this.claims = claims;
        this.store = store;
        this.events = ReferenceEvent.bundled();
    }

    /** Extracts every stored article. */
    public ExtractionReport extractAll(Progress progress) {
        return extractArticles(store.articleIds(), progress);
    }

    /**
     * Extracts the given articles again and regroups their attacks with the incidents already stored, a chunk of
     * articles at a time (each chunk grouped against what the chunks before it stored), so memory stays bounded
     * however many articles there are. A cancelled run keeps the chunks it finished.
     */
    public ExtractionReport extractArticles(Collection<Long> articleIds, Progress progress) {
        var ids = List.copyOf(new java.util.LinkedHashSet<>(articleIds));
        var siteList = sites.findAll();
        var extractor = new ArticleExtractor(siteList, events);
        var state = new RunState(incidents.findAll());
        var problems = new ArrayList<String>();
        int done = 0;
        int newIncidents = 0;
        int claimCount = 0;
        int linkCount = 0;
        int undated = 0;
        // Articles are read and extracted on worker threads up to a chunk ahead, so the next chunk is extracted
        // while this one is grouped and stored; grouping and storing stay on this thread, in id order.
        try (var extracted = new ReadAhead<Long, Extracted>(ids, id -> extract(extractor, id), id -> 1,
                EXTRACT_THREADS, chunkSize, Long.MAX_VALUE, "extractor")) {
            for (int from = 0; from < ids.size(); from += chunkSize) {
                var part = run(ids.subList(from, Math.min(ids.size(), from + chunkSize)), extracted, siteList,
                        state, offset(progress, from, ids.size()));
                done += part.articles();
                newIncidents += part.newIncidents();
                claimCount += part.claims();
                linkCount += part.links();
                undated += part.undated();
                problems.addAll(part.problems());
            }
        } catch (CancelledException e) {
            return new ExtractionReport(done, newIncidents, claimCount, linkCount, undated, problems,
                    median(state.millis), true);
        }
        return new ExtractionReport(done, newIncidents, claimCount, linkCount, undated, problems,
                median(state.millis), false);
    }

    /**
     * What a run carries from chunk to chunk, so a chunk costs in proportion to its own articles, not to everything
     * stored before it: every stored incident (read once, then kept current with what each chunk adds, changes and
     * removes), the outlet of each article whose claims were compared, the compared claims of the incidents
     * (valid while the claim table's stamp after one of the run's writes is the stamp before its next), the
     * extractor's timings, and the incidents to check for orphans beside those whose claims a chunk removes (null at
     * first: the first chunk checks them all).
     */
    private static final class RunState {
        final Map<Long, Incident> incidents = new HashMap<>();
        final Map<Long, String> outlets = new HashMap<>();
        final ComparedClaims.Codes codes = new ComparedClaims.Codes();
        final ComparedClaimsCache compared = new ComparedClaimsCache(COMPARED_CLAIMS_BYTES);
        ExtractionStore.ClaimStamp stamp;
        final List<Double> millis = new ArrayList<>();
        Set<Long> orphanCandidates;

        RunState(List<Incident> stored) {
            stored.forEach(incident -> incidents.put(incident.id(), incident));
        }

        /** Notes a write of the run: what was compared before stays valid only if no one else wrote in between. */
        void wrote(ExtractionStore.ClaimStamp before, ExtractionStore.ClaimStamp after) {
            if (!before.equals(stamp)) {
                compared.clear();
            }
            stamp = after;
        }

        /** The stored incidents by date, then id (as {@link IncidentRepository#findAll} gives them). */
        List<Incident> incidentsByDate() {
            var sorted = new ArrayList<>(incidents.values());
            sorted.sort(java.util.Comparator.comparing(Incident::eventDate).thenComparingLong(Incident::id));
            return sorted;
        }

        long highestIncidentId() {
            return incidents.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    /** One article's extraction (null when the article no longer exists) and how long the extractor took. */
    private record Extracted(long articleId, String fileName, ArticleExtraction extraction, double millis) {
    }

    private Extracted extract(ArticleExtractor extractor, long id) {
        var article = articles.find(id);
        if (article.isEmpty()) {
            return new Extracted(id, null, null, 0);
        }
        long start = System.nanoTime();
        var extraction = extractor.extract(article.get());
        return new Extracted(id, article.get().fileName(), extraction, (System.nanoTime() - start) / 1e6);
    }

    /** The progress of one chunk as part of the whole run. */
    private static Progress offset(Progress progress, int before, int total) {
        return new Progress() {
            @Override
            public void update(long done, long chunkTotal, String message) {
                progress.update(before + Math.min(done, chunkTotal), total, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private ExtractionReport run(List<Long> ids, ReadAhead<Long, Extracted> ahead, List<Site> siteList,
                                 RunState state, Progress progress) {
        var extractions = new ArrayList<ArticleExtraction>();
        var problems = new ArrayList<String>();
        int done = 0;
        for (var id : ids) {
            progress.checkCancelled();
            var next = ahead.next();
            if (next.extraction() == null) {
                problems.add("Article " + id + " no longer exists; skipped.");
                continue;
            }
            progress.update(done, ids.size(), "Extracting " + next.fileName());
            extractions.add(next.extraction());
            state.millis.add(next.millis());
            done++;
        }
        progress.checkCancelled();
        progress.update(done, ids.size(), "Grouping incidents");
        var cleared = store.clearAutomatic(ids, state.orphanCandidates);
        state.wrote(cleared.before(), cleared.after());
        state.compared.removeAll(cleared.reportingIncidents());
        state.compared.removeAll(cleared.removedIncidents());
        cleared.removedIncidents().forEach(state.incidents::remove);
        var keptKeys = new HashSet<String>();
        for (var claim : cleared.kept()) {
            keptKeys.add(key(claim.articleId(), claim.span().start(), claim.aspect().code(), claim.value()));
        }
        var siteById = new HashMap<String, Site>();
        siteList.forEach(site -> siteById.put(site.id(), site));
        var quotesByIncident = quotesToAnchorBy(extractions);
        var groups = new ArrayList<IncidentGrouper.Group>();
        var existing = new HashMap<Long, Incident>();
        for (var incident : state.incidentsByDate()) {
            var site = siteById.get(incident.siteId());
            if (site == null) {
                continue;
            }
            existing.put(incident.id(), incident);
            groups.add(new IncidentGrouper.Group(incident.id(), site, incident.eventDate(), incident.timePrecision(),
                    incident.dateBasis(), "stored", quotesByIncident.getOrDefault(incident.id(), List.of())));
        }
        var members = new ArrayList<IncidentGrouper.Member>();
        for (var extraction : extractions) {
            for (var candidate : extraction.candidates()) {
                members.add(new IncidentGrouper.Member(extraction.articleId(), candidate));
            }
        }
        var undated = IncidentGrouper.group(groups, members);
        var planned = new ArrayList<ExtractionStore.Planned>();
        var now = Instant.now();
        int newIncidents = 0;
        for (var group : groups) {
            if (group.members().isEmpty()) {
                continue;
            }
            var groupClaims = new LinkedHashMap<String, Claim>();
            var extracted = new ArrayList<ExtractedClaim>();
            var candidates = new ArrayList<IncidentCandidate>();
            for (var member : group.members()) {
                candidates.add(member.candidate());
                for (var claim : member.candidate().claims()) {
                    var key = key(member.articleId(), claim.span().start(), claim.aspect().code(), claim.value());
                    if (keptKeys.contains(key) || groupClaims.containsKey(key)) {
                        continue;
                    }
                    extracted.add(claim);
                    groupClaims.put(key, new Claim(0, member.articleId(), null, claim.span(), claim.quote(),
                            claim.attributedTo(), claim.cue(), claim.aspect(), claim.value(), claim.stance(),
                            claim.rule(), claim.confidence(), Origin.AUTO, null, now));
                }
            }
            var stored = group.incidentId() == null ? null : existing.get(group.incidentId());
            boolean derivable = stored == null || stored.origin() == Origin.AUTO && !stored.confirmed();
            var fields = IncidentFields.derive(group.incidentId() == null ? 0 : group.incidentId(), group, extracted,
                    candidates);
            if (stored != null && derivable) {
                fields = mergeWeapons(fields, stored);
            }
            if (stored == null) {
                newIncidents++;
            }
            planned.add(new ExtractionStore.Planned(stored != null && !derivable ? stored : fields,
                    stored != null && derivable, List.copyOf(groupClaims.values())));
        }
        var mentions = new LinkedHashMap<Long, List<Mention>>();
        for (var extraction : extractions) {
            mentions.put(extraction.articleId(), extraction.mentions());
        }
        long highestBefore = state.highestIncidentId();
        var saved = store.save(mentions, planned);
        state.wrote(saved.before(), saved.after());
        var chunkArticles = new HashSet<Long>();
        for (var extraction : extractions) {
            chunkArticles.add(extraction.articleId());
            state.outlets.put(extraction.articleId(), extraction.outlet());
        }
        int claimCount = 0;
        var reported = new HashSet<Long>();
        var savedClaims = new HashSet<Long>();
        for (var list : saved.claims()) {
            claimCount += list.size();
            for (var claim : list) {
                reported.add(claim.incidentId());
                savedClaims.add(claim.id());
            }
            if (!list.isEmpty()) {
                state.compared.addStored(list.get(0).incidentId(), list, state.outlets, state.codes);
            }
        }
        var updated = planned.stream().filter(ExtractionStore.Planned::updateFields)
                .map(plan -> plan.incident().id()).toList();
        // Incidents stored since (this chunk's, and any the analyst made meanwhile) and those whose fields changed.
        state.orphanCandidates = new HashSet<>();
        for (var incident : incidents.findNewerThanOrAmong(highestBefore, updated)) {
            state.incidents.put(incident.id(), incident);
            if (incident.id() > highestBefore && !reported.contains(incident.id())) {
                state.orphanCandidates.add(incident.id());
            }
        }
        progress.update(done, ids.size(), "Suggesting links");
        // One incident's suggestions at a time, comparing only the pairs this chunk's articles take part in.
        int linkCount = store.insertLinks(reported.stream().map(incidentId -> {
            var compared = comparedClaims(incidentId, state);
            var links = new ArrayList<ClaimLink>();
            for (var suggestion : LinkSuggester.suggest(compared, chunkArticles::contains,
                    storedLinksAfterFresh(compared, chunkArticles), state.codes)) {
                links.add(new ClaimLink(0, suggestion.claimA(), suggestion.claimB(), suggestion.relation(),
                        Origin.AUTO, LinkStatus.SUGGESTED, suggestion.note(), null, now));
            }
            return links;
        }).iterator(), savedClaims::contains);
        for (var member : undated) {
            problems.add("Article " + member.articleId() + ": the attack on " + member.candidate().site().name()
                    + " is dated only by a weekday that could not be anchored; it was left out.");
        }
        progress.update(ids.size(), ids.size(), "Extraction done");
        return new ExtractionReport(extractions.size(), newIncidents, claimCount, linkCount, undated.size(), problems,
                median(state.millis), false);
    }

    /** The compared claims of an incident: kept from an earlier chunk, or read and kept if they fit. */
    private ComparedClaims comparedClaims(long incidentId, RunState state) {
        var kept = state.compared.get(incidentId);
        if (kept != null) {
            return kept;
        }
        var incidentClaims = claims.forIncident(incidentId);
        var compared = ComparedClaims.of(incidentClaims, outletsOf(incidentClaims, state.outlets), state.codes);
        state.compared.offer(incidentId, compared);
        return compared;
    }

    /**
     * The extractor's outlet of each article with a claim among these, read from the store for articles not seen
     * in this run yet and remembered.
     */
    private Map<Long, String> outletsOf(List<Claim> incidentClaims, Map<Long, String> outlets) {
        var missing = new HashSet<Long>();
        for (var claim : incidentClaims) {
            if (!outlets.containsKey(claim.articleId())) {
                missing.add(claim.articleId());
            }
        }
        if (!missing.isEmpty()) {
            store.outletNames(missing).forEach((articleId, name) ->
                    outlets.put(articleId, ArticleExtractor.outletName(name)));
        }
        return outlets;
    }

    /**
     * The stored links of the claims of articles outside this chunk that come after one of its claims (by article,
     * then text): their earlier links count against the suggester's bound. None in a first extraction of new
     * articles, whose claims come after every stored one.
     */
    private List<ClaimLink> storedLinksAfterFresh(ComparedClaims incidentClaims, Set<Long> chunkArticles) {
        var later = new ArrayList<Long>();
        boolean freshSeen = false;
        for (int i = 0; i < incidentClaims.size(); i++) {
            if (chunkArticles.contains(incidentClaims.article(i))) {
                freshSeen = true;
            } else if (freshSeen) {
                later.add(incidentClaims.id(i));
            }
        }
        return later.isEmpty() ? List.of() : store.linksTouching(later);
    }

    /**
     * The quotes of the stored incidents that an undated attack of these articles could be anchored to (the
     * grouper's repeated-statement rule): incidents dated to the day, at the attack's site, on its weekday.
     * The grouper never compares an undated attack with other incidents, so their quotes are not read.
     */
    private Map<Long, List<String>> quotesToAnchorBy(List<ArticleExtraction> extractions) {
        var weekdaysBySite = new HashMap<String, EnumSet<DayOfWeek>>();
        for (var extraction : extractions) {
            for (var candidate : extraction.candidates()) {
                if (!candidate.dated()) {
                    var weekdays = weekdaysBySite.computeIfAbsent(candidate.site().id(),
                            id -> EnumSet.noneOf(DayOfWeek.class));
                    if (candidate.weekday() == null) {
                        weekdays.addAll(EnumSet.allOf(DayOfWeek.class));
                    } else {
                        weekdays.add(candidate.weekday());
                    }
                }
            }
        }
        var quotes = new HashMap<Long, List<String>>();
        store.forEachDayIncidentQuote(weekdaysBySite, quote ->
                quotes.computeIfAbsent(quote.incidentId(), id -> new ArrayList<>()).add(quote.quote()));
        return quotes;
    }

    private static Incident mergeWeapons(Incident derived, Incident stored) {
        var weapons = new java.util.TreeSet<>(derived.weapons());
        weapons.addAll(stored.weapons());
        return new Incident(stored.id(), derived.siteId(), stored.eventDate(), stored.timePrecision(),
                stored.dateBasis(), derived.eventType(), derived.subEventType(),
                derived.actor1() != null ? derived.actor1() : stored.actor1(), List.copyOf(weapons),
                derived.location(), derived.latitude(), derived.longitude(),
                Math.min(derived.geoPrecision(), stored.geoPrecision()), derived.country(), derived.admin1(),
                derived.fatalities() != null ? derived.fatalities() : stored.fatalities(),
                stored.notes() != null ? stored.notes() : derived.notes(), Origin.AUTO, false);
    }

    private static String key(long articleId, int start, String aspect, String value) {
        return articleId + "|" + start + "|" + aspect + "|" + value;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
