package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;

class SourceTallyTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2024, 3, 2);
    private final Incident attack = incident(10);
    private final Incident other = incident(20);

    @Test
    void independentSourcesAreSpeakerGroupsJoinedByRepeatsWithinTheIncident() {
        var tally = new SourceTally(List.of(attack, other));
        tally.claim(1, 10, 100, "Sputnik's correspondent", 0, true);
        tally.claim(2, 10, 100, "the Sputnik correspondents", 9, true);
        tally.claim(3, 10, 101, "IRNA", 0, true);
        tally.claim(4, 10, 101, "local sources", 5, true);
        tally.claim(5, 10, 102, "Al-Mayadeen sources", 0, true);
        tally.claim(6, 20, 102, "IRNA", 7, true);
        tally.link(3, 4, false);
        tally.link(4, 6, false);

        var summaries = tally.summaries(Map.of(), Map.of(100L, MARCH_2));

        assertThat(summaries).extracting(IncidentSummary::independentSourceCount).containsExactly(3, 1);
        assertThat(summaries.get(0).reportCount()).isEqualTo(3);
        assertThat(summaries.get(0).articleIds()).containsExactly(100L, 101L, 102L);
        assertThat(summaries.get(0).reportDates()).containsExactly(MARCH_2);
    }

    @Test
    void aContradictionCountsForTheIncidentOfItsFirstClaimAndUnknownClaimsAreLeftOut() {
        var tally = new SourceTally(List.of(attack, other));
        tally.claim(1, 10, 100, "IRNA", 0, true);
        tally.claim(2, 20, 100, "Pentagon", 3, true);
        tally.claim(3, 99, 100, "Pentagon", 3, true);
        tally.claim(4, 10, 100, "AP", 8, false);
        tally.link(1, 2, true);
        tally.link(3, 1, true);
        tally.link(4, 2, true);

        var summaries = tally.summaries(Map.of(10L, "Conoco"), Map.of());

        assertThat(summaries).extracting(IncidentSummary::conflictCount).containsExactly(1, 0);
        assertThat(summaries.get(0).siteName()).isEqualTo("Conoco");
        assertThat(summaries.get(0).reportCount()).as("the claim that does not count as a report").isEqualTo(1);
        assertThat(summaries.get(0).state()).isEqualTo(IncidentSummary.State.of(false, 1, 1));
    }

    @Test
    void listsEachIncidentsClaimsByArticleThenPositionThenId() {
        var tally = new SourceTally(List.of(attack, other, incident(30)));
        tally.claim(1, 10, 200, "AP", 0, true);
        tally.claim(2, 10, 100, "AP", 40, true);
        tally.claim(3, 10, 100, "AP", 5, false);
        tally.claim(4, 20, 100, "AP", 5, true);
        tally.claim(5, 10, 100, "AP", 40, true);

        var ids = tally.claimIdsByIncident();

        assertThat(ids).containsOnlyKeys(10L, 20L);
        assertThat(ids.get(10L)).containsExactly(3, 2, 5, 1);
        assertThat(ids.get(20L)).containsExactly(4);
    }

    @Test
    void claimsInAnyOrderGiveWhatTheyGiveInIdOrderAndNoneMayComeAfterTheLinks() {
        record Row(long id, long incident, long article, String speaker, int start, boolean counts) {
        }
        var rows = new ArrayList<Row>();
        var random = new Random(3);
        var speakers = List.of("AP", "IRNA", "Sputnik's correspondent", "the Sputnik correspondents", "local sources");
        for (long id = 1; id <= 400; id++) {
            rows.add(new Row(id, 10 * (1 + random.nextInt(3)), 100 + random.nextInt(40),
                    speakers.get(random.nextInt(speakers.size())), random.nextInt(500), random.nextInt(5) > 0));
        }
        var links = new ArrayList<long[]>();
        for (int i = 0; i < 300; i++) {
            links.add(new long[] {1 + random.nextInt(400), 1 + random.nextInt(400), random.nextInt(3)});
        }
        var incidents = List.of(attack, other, incident(30));
        var published = Map.of(100L, MARCH_2, 101L, MARCH_2.plusDays(1), 120L, MARCH_2.minusDays(3));
        var inIdOrder = new SourceTally(incidents);
        rows.forEach(row -> inIdOrder.claim(row.id(), row.incident(), row.article(), row.speaker(), row.start(),
                row.counts()));
        Collections.shuffle(rows, random);
        var shuffled = new SourceTally(incidents);
        rows.forEach(row -> shuffled.claim(row.id(), row.incident(), row.article(), row.speaker(), row.start(),
                row.counts()));
        for (var link : links) {
            inIdOrder.link(link[0], link[1], link[2] == 0);
            shuffled.link(link[0], link[1], link[2] == 0);
        }

        assertThat(shuffled.summaries(Map.of(), published)).isEqualTo(inIdOrder.summaries(Map.of(), published));
        assertThat(shuffled.claimIdsByIncident()).usingRecursiveComparison()
                .isEqualTo(inIdOrder.claimIdsByIncident());
        assertThat(inIdOrder.summaries(Map.of(), published)).extracting(IncidentSummary::conflictCount)
                .as("links were counted").anyMatch(count -> count > 0);
        assertThatThrownBy(() -> shuffled.claim(401, 10, 100, "AP", 0, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("after the links");
    }

    private static Incident incident(long id) {
        return new Incident(id, null, MARCH_2, TimePrecision.DAY, DateBasis.EXPLICIT, "Explosions/Remote violence",
                "Air/drone strike", null, List.of(), "Conoco", 35.0, 40.0, 1, "Syria", "Deir ez-Zor", null, null,
                Origin.AUTO, false);
    }
}
