package org.crosscheck.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.crosscheck.AppContext;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Incident;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.task.Progress;

/**
 * Fills a database with many incidents directly (no extraction): each incident at a gazetteer base on a day within
 * two years, with one to four attributed claims from short articles published on that day or up to three days
 * later, and now and then a contradiction between two of them. It exists to measure the map and the timeline at 50,000 incidents; the same seed
 * gives the same rows.
 */
public final class SyntheticIncidents {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;
    private static final int CHUNK = 2_000;
    private static final int ARTICLES_PER_DAY = 6;
    private static final String[] OUTLETS = {"IRNA", "Al-Mayadeen", "Sputnik", "The Cradle", "Tasnim", "Reuters",
        "Rudaw", "Enab Baladi", "Shafaq News", "Deir Ezzor 24"};
    private static final String[] SPEAKERS = {"the Islamic Resistance in Iraq", "a Pentagon spokesperson",
        "local sources", "a Sputnik correspondent", "a security source", "the SDF"};

    private SyntheticIncidents() {
    }

    /** Adds {@code count} incidents with their reports; returns how many incidents were stored. */
    public static int populate(AppContext context, int count, long seed, Progress progress) {
        var sites = context.sites().findAll().stream().filter(site -> !site.isProvince()).toList();
        if (sites.isEmpty()) {
            throw new IllegalStateException("the gazetteer is empty");
        }
        var random = new SplittableRandom(seed);
        var articlesByDay = context.database().transaction(() -> dailyArticles(context, seed));
        var stored = 0;
        while (stored < count) {
            progress.checkCancelled();
            var chunk = Math.min(CHUNK, count - stored);
            context.database().transaction(() -> {
                for (var index = 0; index < chunk; index++) {
                    addIncident(context, sites.get(random.nextInt(sites.size())), random, articlesByDay);
                }
                return null;
            });
            stored += chunk;
            progress.update(stored, count, "synthetic incidents");
        }
        return stored;
    }

    /**
     * A few short articles published on each day (and a few days after the last incident): the reports the
     * incidents cite, so report dates fall on or after each event without storing an article per report.
     */
    private static List<List<Article>> dailyArticles(AppContext context, long seed) {
        var byDay = new ArrayList<List<Article>>(DAYS + 4);
        for (var day = 0; day < DAYS + 4; day++) {
            var published = FIRST_DAY.plusDays(day);
            var articles = new ArrayList<Article>(ARTICLES_PER_DAY);
            for (var number = 0; number < ARTICLES_PER_DAY; number++) {
                var outlet = OUTLETS[(day + number) % OUTLETS.length];
                var text = "Synthetic report " + number + " by " + outlet + " published " + published + " (seed "
                        + seed + ").";
                articles.add(new Article(0, "synthetic-" + seed + "-" + published + "-" + number + ".txt",
                        sha256(text), text, outlet, null, null, null, "en", published, DateBasis.EXPLICIT, null,
                        Instant.EPOCH));
            }
            byDay.add(context.articles().insertAll(articles));
        }
        return byDay;
    }

    private static void addIncident(AppContext context, Site site, SplittableRandom random,
                                    List<List<Article>> articlesByDay) {
        var dayIndex = random.nextInt(DAYS);
        var day = FIRST_DAY.plusDays(dayIndex);
        var precision = random.nextInt(20) == 0 ? TimePrecision.WEEK : TimePrecision.DAY;
        var incident = context.incidents().insert(new Incident(0, site.id(), day, precision, DateBasis.EXPLICIT,
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified armed group",
                List.of("rocket"), site.name(), site.latitude(), site.longitude(), site.geoPrecision(),
                site.country(), site.admin1(), null, null, Origin.AUTO, random.nextInt(25) == 0));
        var reports = 1 + random.nextInt(4);
        var claims = new ArrayList<Claim>(reports);
        for (var report = 0; report < reports; report++) {
            var sameDay = articlesByDay.get(dayIndex + random.nextInt(4));
            var article = sameDay.get(random.nextInt(sameDay.size()));
            claims.add(context.claims().insert(new Claim(0, article.id(), incident.id(), new Span(0, 10),
                    article.text(), SPEAKERS[random.nextInt(SPEAKERS.length)], "said", Aspect.COUNT,
                    Integer.toString(1 + random.nextInt(6)), Stance.ASSERTS, "synthetic", 1, Origin.AUTO, null,
                    Instant.EPOCH)));
        }
        if (claims.size() >= 2 && random.nextInt(5) == 0) {
            context.links().insert(new ClaimLink(0, claims.get(0).id(), claims.get(1).id(), Relation.CONTRADICTS,
                    Origin.AUTO, LinkStatus.SUGGESTED, null, null, Instant.EPOCH));
        }
    }

    private static String sha256(String text) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
