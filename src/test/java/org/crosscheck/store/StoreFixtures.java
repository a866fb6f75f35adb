package org.crosscheck.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;

/** Small builders shared by the repository tests. */
final class StoreFixtures {

    static final Site CONOCO = new Site("conoco", "Conoco gas field base", List.of("Conoco"), "SYR", "Deir ez-Zor",
            "oil-gas-field-base", 35.3361, 40.3094, 3000);

    private StoreFixtures() {
    }

    static Article article(Database database, String text, String outlet, LocalDate published) {
        var article = new Article(0, text.hashCode() + ".txt", String.format("%064x", text.hashCode() & 0xffffffffL),
                text, outlet, null, null, null, "en", published, published == null ? null : DateBasis.EXPLICIT, null,
                Instant.parse("2024-01-13T00:00:00Z"));
        return new ArticleRepository(database).insert(article);
    }

    static Incident incident(Database database, LocalDate date) {
        new SiteRepository(database).saveAll(List.of(CONOCO));
        return new IncidentRepository(database).insert(new Incident(0, "conoco", date, TimePrecision.DAY,
                DateBasis.EXPLICIT, "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Islamic Resistance in Iraq", List.of("rocket", "missile"), "Conoco gas field base", 35.3361, 40.3094,
                1, "Syria", "Deir ez-Zor", null, null, Origin.AUTO, false));
    }

    static Claim claim(Database database, long articleId, Long incidentId, String speaker, Aspect aspect,
                       String value) {
        return new ClaimRepository(database).insert(new Claim(0, articleId, incidentId, new Span(0, 10), "quote",
                speaker, "said", aspect, value, Stance.ASSERTS, "test", 0.9, Origin.AUTO, null, null));
    }
}
