package org.crosscheck.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.Article;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Site;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.ExtractionStore;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.task.Progress;

/**
 * Scores extraction against a hand-annotated gold set: imports the articles into a fresh database, runs the real
 * extraction service and compares what it stored, field by field (sites, dates, grouping, claims, links), as
 * precision, recall and F1. Also reports the median extraction time per article.
 */
public final class Evaluation {

    /** Precision and recall of one field. */
    public record Score(String field, int truePositives, int predicted, int expected) {

        public double precision() {
            return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / predicted;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * All scores of one run, the misses and extras for reading, and the timing: the median time per article of the
     * run itself (the first extraction in this JVM, so it includes the JIT warming up) and of later passes over the
     * same articles (steady state, as in a large import).
     */
    public record Result(Map<String, Score> scores, List<String> differences, int articles,
                         double medianMillisPerArticle, double warmMedianMillisPerArticle) {
    }

    /** Passes over the articles before the steady-state timing is taken. */
    private static final int WARM_UP_PASSES = 5;

    private Evaluation() {
    }

    /** Runs the evaluation in a database file that must not exist yet (it is created in {@code workFolder}). */
    public static Result run(List<GoldArticle> gold, List<Site> sites, Path workFolder) {
        try (var database = Database.open(workFolder.resolve("evaluation.mv.db"))) {
            var siteRepository = new SiteRepository(database);
            siteRepository.saveAll(sites);
            var articles = new ArticleRepository(database);
            var incidents = new IncidentRepository(database);
            var claims = new ClaimRepository(database);
            var links = new LinkRepository(database);
            var names = new HashMap<Long, String>();
            for (var article : gold) {
                var stored = articles.insert(new Article(0, article.name() + ".txt", sha256(article.text()),
                        article.text(), article.outlet(), null, null, null, null, article.published(),
                        article.published() == null ? null : DateBasis.EXPLICIT, null, Instant.now()));
                names.put(stored.id(), article.name());
            }
            var service = new ExtractionService(articles, siteRepository, incidents, claims,
                    new ExtractionStore(database));
            var report = service.extractAll(Progress.NONE);
            var result = score(gold, names, incidents.findAll(), claims.findAll(), links,
                    report.medianMillisPerArticle());
            return new Result(result.scores(), result.differences(), result.articles(), result.medianMillisPerArticle(),
                    warmMedian(articles, names.keySet(), siteRepository.findAll()));
        }
    }

    /** The median time of one extraction per article once the same articles have been extracted a few times. */
    private static double warmMedian(ArticleRepository articles, java.util.Collection<Long> ids, List<Site> sites) {
        var extractor = new ArticleExtractor(sites, ReferenceEvent.bundled());
        var stored = ids.stream().map(articles::find).flatMap(java.util.Optional::stream).toList();
        var millis = new ArrayList<Double>();
        for (int pass = 0; pass <= WARM_UP_PASSES; pass++) {
            millis.clear();
            for (var article : stored) {
                long start = System.nanoTime();
                extractor.extract(article);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return ExtractionService.median(millis);
    }

    private static Result score(List<GoldArticle> gold, Map<Long, String> names, List<Incident> incidents,
                                List<Claim> claims, LinkRepository linkRepository, double millis) {
        var incidentById = new HashMap<Long, Incident>();
        incidents.forEach(incident -> incidentById.put(incident.id(), incident));
        var claimById = new HashMap<Long, Claim>();
        claims.forEach(claim -> claimById.put(claim.id(), claim));

        var expected = new LinkedHashMap<String, Set<String>>();
        var predicted = new LinkedHashMap<String, Set<String>>();
        for (var field : List.of("sites", "dates", "grouping", "claims", "links")) {
            expected.put(field, new TreeSet<>());
            predicted.put(field, new TreeSet<>());
        }
        var goldIncidentArticles = new HashMap<String, Set<String>>();
        for (var article : gold) {
            for (var incident : article.incidents()) {
                var site = incident.substring(0, incident.indexOf('|'));
                expected.get("sites").add(article.name() + "|" + site);
                expected.get("dates").add(article.name() + "|" + incident);
                goldIncidentArticles.computeIfAbsent(incident, key -> new TreeSet<>()).add(article.name());
            }
            article.claims().forEach(claim -> expected.get("claims").add(article.name() + "|" + claim));
            for (var link : article.links()) {
                var parts = link.split("\\|");
                expected.get("links").add(linkKey(parts[0], article.name(), parts[1], parts[2]));
            }
        }
        goldIncidentArticles.values().forEach(members -> pairs(members, expected.get("grouping")));

        var systemIncidentArticles = new HashMap<Long, Set<String>>();
        for (var claim : claims) {
            var incident = claim.incidentId() == null ? null : incidentById.get(claim.incidentId());
            var name = names.get(claim.articleId());
            if (incident == null || name == null) {
                continue;
            }
            predicted.get("sites").add(name + "|" + incident.siteId());
            predicted.get("dates").add(name + "|" + incident.siteId() + "|" + incident.eventDate());
            predicted.get("claims").add(name + "|" + GoldArticle.claimKey(incident.siteId(), claim.aspect().code(),
                    claim.value()));
            systemIncidentArticles.computeIfAbsent(incident.id(), key -> new TreeSet<>()).add(name);
        }
        systemIncidentArticles.values().forEach(members -> pairs(members, predicted.get("grouping")));
        for (var incident : incidents) {
            for (var link : linkRepository.forIncident(incident.id())) {
                var a = claimById.get(link.claimA());
                var b = claimById.get(link.claimB());
                if (a == null || b == null) {
                    continue;
                }
                predicted.get("links").add(linkKey(link.relation().code(), names.get(a.articleId()),
                        names.get(b.articleId()), incident.siteId()));
            }
        }
        var scores = new LinkedHashMap<String, Score>();
        var differences = new ArrayList<String>();
        for (var field : expected.keySet()) {
            var want = expected.get(field);
            var got = predicted.get(field);
            var hits = new HashSet<>(want);
            hits.retainAll(got);
            scores.put(field, new Score(field, hits.size(), got.size(), want.size()));
            want.stream().filter(item -> !got.contains(item)).forEach(item -> differences.add(field + " missed " + item));
            got.stream().filter(item -> !want.contains(item)).forEach(item -> differences.add(field + " extra  " + item));
        }
        return new Result(scores, differences, gold.size(), millis, millis);
    }

    private static void pairs(Set<String> members, Set<String> into) {
        var list = new ArrayList<>(members);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                into.add(list.get(i) + "+" + list.get(j));
            }
        }
    }

    private static String linkKey(String relation, String a, String b, String site) {
        return relation + "|" + (a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a) + "|" + site;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
