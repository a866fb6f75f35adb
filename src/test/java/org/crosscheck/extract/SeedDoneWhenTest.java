package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.AppContext;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Relation;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The done-when checks of the extraction issue, on the five bundled seed articles in a real database. */
class SeedDoneWhenTest {

    @TempDir
    Path folder;

    private AppContext context;
    private final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void importSeedsAndExtract() throws IOException {
        context = AppContext.open(folder.resolve("seeds.mv.db"));
        add("000_5b8976caa21c9ce2.txt", null);
        add("001_04a825ad6d59242b.txt", LocalDate.of(2024, 7, 26));
        add("002_1c69196dbcf4aa03.txt", null);
        add("003_5f9ea44ed39dbe39.txt", null);
        add("004_ca81ca16356623c8.txt", null);
        context.extractor().extractAll(Progress.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        context.close();
    }

    private void add(String name, LocalDate published) throws IOException {
        try (var in = getClass().getResourceAsStream("/org/crosscheck/seeds/" + name)) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var article = context.articles().insert(new Article(0, name, name.substring(4, 20) + "0".repeat(48), text,
                    null, null, null, null, "en", published, published == null ? null : DateBasis.EXPLICIT, null,
                    Instant.now()));
            ids.put(name.substring(0, 3), article.id());
        }
    }

    private Incident incident(String site, LocalDate date) {
        return context.incidents().findInRange(new DateRange(date, date)).stream()
                .filter(incident -> incident.siteId().equals(site)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident at " + site + " on " + date + " among "
                        + context.incidents().findAll()));
    }

    @Test
    void conocoOnTwelveJanuaryIsOneIncidentReportedBy000And002WithTheSputnikSentenceAsRepeats() {
        var conoco = incident("conoco", LocalDate.of(2024, 1, 12));
        var claims = context.claims().forIncident(conoco.id());
        assertThat(claims).extracting(Claim::articleId).contains(ids.get("000"), ids.get("002"));
        var byId = new HashMap<Long, Claim>();
        claims.forEach(claim -> byId.put(claim.id(), claim));
        assertThat(context.links().forIncident(conoco.id()))
                .filteredOn(link -> link.relation() == Relation.REPEATS)
                .anySatisfy(link -> {
                    assertThat(byId.get(link.claimA()).quote() + byId.get(link.claimB()).quote())
                            .contains("American air defenses");
                    assertThat(byId.get(link.claimA()).articleId()).isNotEqualTo(byId.get(link.claimB()).articleId());
                });
        assertThat(context.incidents().summaries(DateRange.ALL)).filteredOn(s -> s.incident().id() == conoco.id())
                .singleElement().satisfies(summary -> assertThat(summary.reportCount()).isEqualTo(2));
    }

    @Test
    void threeDronesOnAlTanfCarryAContradictionBetweenSuccessfulStrikesAndTwoIntercepted() {
        var tanf = incident("al-tanf", LocalDate.of(2023, 10, 19));
        var claims = context.claims().forIncident(tanf.id());
        var byId = new HashMap<Long, Claim>();
        claims.forEach(claim -> byId.put(claim.id(), claim));
        assertThat(context.links().forIncident(tanf.id()))
                .filteredOn(link -> link.relation() == Relation.CONTRADICTS)
                .anySatisfy(link -> {
                    assertThat(byId.get(link.claimA()).aspect()).isEqualTo(Aspect.OUTCOME);
                    assertThat(java.util.List.of(byId.get(link.claimA()).value(), byId.get(link.claimB()).value()))
                            .containsExactlyInAnyOrder("hit", "intercepted 2; hit 1");
                });
    }

    @Test
    void resolvesAlOmarAndConocoFromWeekdays() {
        var omar = incident("al-omar", LocalDate.of(2023, 10, 27));
        assertThat(context.claims().forIncident(omar.id())).extracting(Claim::articleId).contains(ids.get("003"));
        var conoco = incident("conoco", LocalDate.of(2024, 7, 27));
        assertThat(context.claims().forIncident(conoco.id())).extracting(Claim::articleId).contains(ids.get("001"));
    }

    @Test
    void runningAgainChangesNothing() {
        var before = context.stats().counts();
        context.extractor().extractAll(Progress.NONE);
        assertThat(context.stats().counts()).isEqualTo(before);
    }
}
