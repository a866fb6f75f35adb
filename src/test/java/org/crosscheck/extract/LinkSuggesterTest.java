package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkSuggesterTest {

    private final List<Claim> claims = new ArrayList<>();

    private Claim claim(long article, int start, String quote, String speaker, String rule, Aspect aspect,
                        String value) {
        var claim = new Claim(claims.size() + 1, article, 1L, new Span(start, start + quote.length()), quote, speaker,
                "said", aspect, value, Stance.ASSERTS, rule, 0.8, Origin.AUTO, null, null);
        claims.add(claim);
        return claim;
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            killed 3; injured 34  | killed 3; injured 25+ | true
            injured 5-7           | injured 6             | true
            injured 5-7           | injured 9             | false
            injured 3+            | injured 2             | false
            killed 0; injured 0   | injured unknown       | true
            killed 2              | killed 4              | false
            """)
    void casualtyRangesAgreeWhenTheyOverlap(String first, String second, boolean agree) {
        assertThat(LinkSuggester.compatible(Aspect.CASUALTIES, first, second)).isEqualTo(agree);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2-4 rocket          | 3 rocket          | true
            2-4 rocket          | 6 rocket          | false
            2 rocket            | 10 rocket         | false
            3 rocket; 1 drone   | 3 rocket          | true
            """)
    void countRangesAgreeWhenTheyOverlap(String first, String second, boolean agree) {
        assertThat(LinkSuggester.compatible(Aspect.COUNT, first, second)).isEqualTo(agree);
    }

    @Test
    void aRelayAndItsSourceNeitherCorroborateNorElaborateEachOther() {
        var wire = "At least three rockets targeted U.S. forces at the Conoco gas plant on Friday, an official said.";
        claim(1, 0, "Rockets target U.S. forces at Conoco", "Levant Wire", "attribution.outlet", Aspect.WEAPON,
                "rocket");
        claim(1, 40, wire, "official", "attribution.speaker-verb", Aspect.OCCURRENCE, "attack");
        claim(2, 0, wire, "official", "attribution.speaker-verb", Aspect.COUNT, "3 rocket");
        claim(2, 200, "The official said the rockets hit a storage building.", "official",
                "attribution.speaker-verb", Aspect.OCCURRENCE, "attack");
        claim(3, 0, "Three rockets hit the Conoco base, local sources said.", "local sources",
                "attribution.speaker-verb", Aspect.OCCURRENCE, "attack");

        var links = LinkSuggester.suggest(claims, Map.of(1L, "Levant Wire", 2L, "Relay News", 3L, "Tribun"));

        assertThat(links).filteredOn(link -> pair(link).equals("1-2")).extracting(LinkSuggester.Suggestion::relation)
                .containsOnly(Relation.REPEATS);
        assertThat(links).filteredOn(link -> pair(link).equals("1-3")).extracting(LinkSuggester.Suggestion::relation)
                .contains(Relation.CORROBORATES);
    }

    @Test
    void aWidelyReportedIncidentLinksEachClaimToAFewEarlierClaimsPerRelationAndKeepsEveryConflict() {
        for (long article = 1; article <= 40; article++) {
            claim(article, 0, "Officials said " + article + " rockets were fired at the base in the night.",
                    "official " + article, "attribution.speaker-verb", Aspect.COUNT,
                    (article % 2 == 0 ? 3 : 5) + " rocket");
        }
        var late = claim(41, 0, "A resident counted twelve rockets over the base before dawn.", "resident",
                "attribution.speaker-verb", Aspect.COUNT, "12 rocket");
        var outlets = new java.util.HashMap<Long, String>();
        for (long article = 1; article <= 41; article++) {
            outlets.put(article, "Outlet " + article);
        }

        var links = LinkSuggester.suggest(claims, outlets);
        var earlierPart = LinkSuggester.suggest(claims.subList(0, 30), outlets);

        var perLaterClaimAndRelation = new java.util.HashMap<String, Integer>();
        for (var link : links) {
            perLaterClaimAndRelation.merge(link.claimB() + " " + link.relation(), 1, Integer::sum);
        }
        assertThat(perLaterClaimAndRelation.values()).allMatch(count -> count <= LinkSuggester.MAX_EARLIER_LINKS);
        assertThat(links).hasSizeLessThan(41 * 40 / 2);
        assertThat(links).filteredOn(link -> link.claimB() == late.id())
                .extracting(LinkSuggester.Suggestion::relation).containsOnly(Relation.CONTRADICTS)
                .hasSize(LinkSuggester.MAX_EARLIER_LINKS);
        assertThat(links).filteredOn(link -> link.claimB() == 2)
                .extracting(LinkSuggester.Suggestion::relation).containsExactly(Relation.CONTRADICTS);
        assertThat(links).containsAll(earlierPart);
    }

    /** Twenty articles, each with a count, an outcome and a weapon, some relaying others' wording. */
    private Map<Long, String> aWidelyReportedIncidentWithRelays() {
        var outlets = new java.util.HashMap<Long, String>();
        for (long article = 1; article <= 20; article++) {
            outlets.put(article, "Outlet " + article);
            var wording = article % 4 == 0
                    ? "Officials said three rockets were fired at the base in the night, without damage."
                    : "Outlet " + article + " heard from sources that " + article + " rockets struck at dawn.";
            claim(article, 0, wording, article % 3 == 0 ? "official" : "sources " + article,
                    "attribution.speaker-verb", Aspect.COUNT, (article % 2 == 0 ? 3 : 5) + " rocket");
            claim(article, 100, "The base was hit, Outlet " + article + " reported from the area " + article + ".",
                    "Outlet " + article, "attribution.outlet", Aspect.OUTCOME,
                    article % 5 == 0 ? "intercepted" : "hit");
            claim(article, 200, "Rockets of a militia number " + article + " were used.", "militia",
                    "attribution.speaker-verb", Aspect.WEAPON, "rocket");
        }
        return outlets;
    }

    private static List<org.crosscheck.model.ClaimLink> stored(List<LinkSuggester.Suggestion> suggestions) {
        return suggestions.stream().map(s -> new org.crosscheck.model.ClaimLink(0, s.claimA(), s.claimB(),
                s.relation(), Origin.AUTO, org.crosscheck.model.LinkStatus.SUGGESTED, s.note(), null, null)).toList();
    }

    @Test
    void comparingOnlyTheNewArticlesPairsAddsExactlyWhatComparingEveryPairWouldAdd() {
        var outlets = aWidelyReportedIncidentWithRelays();
        var all = LinkSuggester.suggest(claims, outlets);
        int firstChunk = 12 * 3;
        var earlier = LinkSuggester.suggest(claims.subList(0, firstChunk), outlets);

        var added = LinkSuggester.suggest(claims, article -> article > 12, stored(earlier), outlets);

        assertThat(all).hasSizeGreaterThan(earlier.size());
        assertThat(added).doesNotContainAnyElementsOf(earlier);
        assertThat(added).allMatch(link -> link.claimB() > firstChunk);
        var together = new ArrayList<>(earlier);
        together.addAll(added);
        assertThat(together).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void storedLinksOfArticlesNotComparedAgainCountAgainstTheBoundOnlyAfterTheirPartner() {
        var outlets = aWidelyReportedIncidentWithRelays();
        var all = LinkSuggester.suggest(claims, outlets);
        var notTouchingArticleOne = all.stream().filter(link -> link.claimA() > 3).toList();

        var again = LinkSuggester.suggest(claims, article -> article == 1, stored(notTouchingArticleOne), outlets);

        assertThat(again).containsExactlyInAnyOrderElementsOf(
                all.stream().filter(link -> link.claimA() <= 3).toList());
        assertThat(LinkSuggester.suggest(claims, article -> false, List.of(), outlets)).isEmpty();
    }

    private String pair(LinkSuggester.Suggestion link) {
        long a = claims.get((int) link.claimA() - 1).articleId();
        long b = claims.get((int) link.claimB() - 1).articleId();
        return Math.min(a, b) + "-" + Math.max(a, b);
    }
}
