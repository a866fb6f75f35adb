package org.crosscheck.render;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;

/**
 * A database with incidents like those of the seed articles (Conoco, Al-Omar, Al-Tanf, Tower 22, Ain al-Asad,
 * Erbil), each reported by one to three articles, one of them contested, for map tests and pictures.
 */
public final class MapFixtures {

    private MapFixtures() {
    }

    /** Opens a new database in {@code folder} filled with the fixture incidents. */
    public static AppContext open(Path folder) {
        var context = AppContext.open(folder.resolve("map.mv.db"));
        var sites = context.sites();
        int n = 0;
        n = add(context, n, "conoco", LocalDate.of(2023, 10, 19), TimePrecision.DAY, 3, true);
        n = add(context, n, "conoco", LocalDate.of(2024, 1, 12), TimePrecision.DAY, 2, false);
        n = add(context, n, "al-omar", LocalDate.of(2024, 1, 4), TimePrecision.DAY, 1, false);
        n = add(context, n, "al-tanf", LocalDate.of(2023, 10, 18), TimePrecision.DAY, 2, false);
        n = add(context, n, "tower-22", LocalDate.of(2024, 1, 28), TimePrecision.DAY, 3, false);
        n = add(context, n, "ain-al-asad", LocalDate.of(2024, 1, 20), TimePrecision.DAY, 2, false);
        n = add(context, n, "erbil-air-base", LocalDate.of(2024, 7, 1), TimePrecision.MONTH, 1, false);
        add(context, n, "al-shaddadi", LocalDate.of(2024, 2, 5), TimePrecision.WEEK, 1, false);
        context.incidents().setConfirmed(context.incidents().findAll().get(5).id(), true, "test");
        if (sites.findAll().isEmpty()) {
            throw new IllegalStateException("the bundled gazetteer was not loaded");
        }
        return context;
    }

    private static int add(AppContext context, int counter, String siteId, LocalDate date, TimePrecision precision,
                           int reports, boolean contested) {
        var site = context.sites().find(siteId).orElseThrow();
        var incident = context.incidents().insert(new Incident(0, siteId, date, precision, DateBasis.EXPLICIT,
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Islamic Resistance in Iraq",
                List.of("rocket"), site.name(), site.latitude(), site.longitude(), 1, site.country(), site.admin1(),
                null, null, Origin.AUTO, false));
        Claim first = null;
        int next = counter;
        for (int i = 0; i < reports; i++) {
            next++;
            var text = "Report " + next + " of an attack on " + site.name();
            var article = context.articles().insert(new Article(0, "r" + next + ".txt",
                    String.format("%064x", next), text, "Outlet " + next, null, null, null, "en",
                    date.plusDays(i), DateBasis.EXPLICIT, null, Instant.parse("2024-08-01T00:00:00Z")));
            var claim = context.claims().insert(new Claim(0, article.id(), incident.id(), new Span(0, 6), "Report",
                    "Speaker " + next, "said", Aspect.OCCURRENCE, "attack", Stance.ASSERTS, "test", 0.9,
                    Origin.AUTO, null, null));
            if (first == null) {
                first = claim;
            } else if (contested) {
                context.links().insert(new ClaimLink(0, first.id(), claim.id(), Relation.CONTRADICTS, Origin.AUTO,
                        LinkStatus.SUGGESTED, null, null, null));
                contested = false;
            }
        }
        return next;
    }
}
