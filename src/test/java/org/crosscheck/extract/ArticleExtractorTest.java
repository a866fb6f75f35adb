package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.DateBasis;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(SitesCsv.bundled(),
            ReferenceEvent.bundled());

    private static ArticleExtraction extract(String text, LocalDate published) {
        return EXTRACTOR.extract(new Article(1, "a.txt", "0".repeat(64), text, "Desert Wire", null, null, null, "en",
                published, published == null ? null : DateBasis.EXPLICIT, null, Instant.now()));
    }

    @Test
    void aBaseNamedOnlyAsBackgroundInAQuoteIsNoAttack() {
        var extraction = extract("""
                Rockets hit the US base at the Conoco gas field on Friday, local sources said.

                "Air defences tried to counter the missile attack, but to no avail; helicopters then flew over the \
                towns around the bases" in the fields of Conoco and Al-Omar.
                """, LocalDate.of(2024, 2, 3));

        assertThat(extraction.candidates()).extracting(candidate -> candidate.site().id()).containsExactly("conoco");
        assertThat(extraction.candidates().get(0).claims()).extracting(ExtractedClaim::aspect)
                .contains(Aspect.OUTCOME);
    }

    @Test
    void aRoundUpsOpeningClaimOfResponsibilityGoesToTheAttacksItAnnounces() {
        var extraction = extract("""
                The Islamic Resistance of Iraq claimed responsibility for a series of attacks on US bases on 4 February.
                Its statement said drones hit the bases at Al-Tanf and Al-Rukban.
                """, LocalDate.of(2024, 2, 5));

        assertThat(extraction.candidates()).extracting(candidate -> candidate.site().id())
                .containsExactlyInAnyOrder("al-tanf", "rukban");
        assertThat(extraction.candidates()).allSatisfy(candidate -> {
            assertThat(candidate.claims()).filteredOn(claim -> claim.aspect() == Aspect.RESPONSIBILITY)
                    .extracting(ExtractedClaim::value).containsExactly("Islamic Resistance in Iraq");
            assertThat(candidate.date()).isEqualTo(LocalDate.of(2024, 2, 4));
        });
    }

    @Test
    void namesTheClaimantByItsKnownCanonicalName() {
        var extraction = extract("Une attaque de drones a visé la base d'Al-Tanf mardi. L'attaque a été revendiquée "
                + "par la Résistance islamique en Irak.", LocalDate.of(2024, 2, 8));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.actor()).isEqualTo("Islamic Resistance in Iraq");
            assertThat(candidate.claims()).filteredOn(claim -> claim.aspect() == Aspect.RESPONSIBILITY)
                    .allSatisfy(claim -> assertThat(claim.rule()).contains("known-actor"));
        });
    }

    @Test
    void whereTheRocketsWereLaunchedFromIsNoAttackAndTheStoryGoesOn() {
        var extraction = extract("""
                Five rockets were fired on Thursday at the Kharab al-Jir base, local sources said.
                The rockets were launched from the outskirts of Al-Malikiyah, the sources added.
                Between 5 and 7 people were wounded at the base, a figure the coalition has not confirmed.
                """, LocalDate.of(2024, 2, 10));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.site().id()).isEqualTo("kharab-al-jir");
            assertThat(candidate.claims()).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                    .contains("casualties=injured 5-7", "confirmation=not confirmed");
        });
    }

    @Test
    void aHeadlineWithoutADateJoinsTheDatedAttackAndAnEarlierAttackStaysApart() {
        var extraction = extract("""
                Rockets fired at Victory Base

                Two rockets were fired overnight at Victory Base, an Iraqi official said.

                Last week, a drone was shot down over Victory Base without causing damage.
                """, LocalDate.of(2024, 1, 3));

        assertThat(extraction.candidates()).extracting(candidate -> candidate.date() + " " + candidate.precision())
                .containsExactlyInAnyOrder("2024-01-02 DAY", "2023-12-27 WEEK");
    }

    @Test
    void anUpdatesHeadlineJoinsTheAttackItDatesDaysBefore() {
        var extraction = extract("""
                More than 40 troops now injured in Tower 22 drone strike, Pentagon says

                The number of troops injured in the Jan. 28 drone attack on Tower 22 has risen to more than 40, \
                the Pentagon said on Thursday.
                """, LocalDate.of(2024, 2, 1));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.date()).isEqualTo(LocalDate.of(2024, 1, 28));
            assertThat(candidate.claims()).extracting(ExtractedClaim::quote)
                    .anyMatch(quote -> quote.startsWith("More than 40 troops"));
        });
    }

    @Test
    void aRoundUpsAttackNearAnotherBaseOnAnotherDayIsItsOwnAttack() {
        var extraction = extract("""
                A drone hit U.S. forces at Erbil airport on Monday, a U.S. official said.
                Early on Tuesday, three rockets landed near Ain al-Asad air base, Iraqi security sources said.
                """, LocalDate.of(2023, 11, 21));

        assertThat(extraction.candidates()).extracting(candidate -> candidate.site().id() + " " + candidate.date()
                + " " + candidate.geoPrecision())
                .containsExactlyInAnyOrder("erbil-air-base 2023-11-20 1", "ain-al-asad 2023-11-21 2");
    }

    @Test
    void anEarlierAttackNearABaseFoundTodayStaysOutOfTodaysAttack() {
        var extraction = extract("""
                Rockets hit the US bases at the Al-Omar oil field and the Conoco gas field on Friday, sources said.
                A gas pipeline near Conoco was targeted by militias last week.
                Drones also struck Conoco on Friday evening.
                """, LocalDate.of(2023, 10, 28));

        assertThat(extraction.candidates()).filteredOn(candidate -> candidate.site().id().equals("conoco"))
                .singleElement().satisfies(candidate -> assertThat(candidate.claims()).extracting(ExtractedClaim::quote)
                        .noneMatch(quote -> quote.contains("pipeline"))
                        .anyMatch(quote -> quote.startsWith("Drones also struck")));
    }

    @Test
    void explosionsElsewhereInTheRegionStayOutOfTheAttackOnTheBase() {
        var extraction = extract("""
                The US base at the Conoco oil field was hit by multiple rockets on Sunday.
                Explosions were also reported in the Israeli-occupied Syrian Golan Heights.
                """, LocalDate.of(2023, 10, 23));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .extracting(ExtractedClaim::quote).noneMatch(quote -> quote.contains("Golan")));
    }

    @Test
    void aTallyOfAttacksAcrossIraqAndSyriaStaysOutOfTheAttack() {
        var extraction = extract("""
                Auf den Luftwaffenstützpunkt Ain al-Assad sind am Donnerstag zwei Raketen abgefeuert worden.
                Seit Mitte Oktober wurden US-Truppen im Irak und in Syrien mehr als 100 Mal angegriffen.
                """, LocalDate.of(2024, 1, 4));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .extracting(ExtractedClaim::quote).noneMatch(quote -> quote.startsWith("Seit Mitte Oktober")));
    }

    @Test
    void aSentenceNamingWhoToldTheOneBeforeGivesItsSpeakerAndTheNextKeepsIt() {
        var extraction = extract("""
                Auf den Luftwaffenstützpunkt Ain al-Assad sind am Donnerstag zwei Raketen abgefeuert worden. Das \
                teilten irakische Sicherheitskreise mit. Verletzt wurde demnach niemand.
                """, LocalDate.of(2024, 1, 4));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .filteredOn(claim -> claim.aspect() == Aspect.COUNT || claim.aspect() == Aspect.CASUALTIES)
                .extracting(ExtractedClaim::attributedTo)
                .containsExactly("irakische Sicherheitskreise", "irakische Sicherheitskreise"));
    }

    @Test
    void aLeadAboutABaseItNamesOnlyLaterJoinsThatAttack() {
        var extraction = extract("""
                Syrie : des roquettes tirées contre une base de la coalition

                Des roquettes ont été tirées mardi soir contre une base de la coalition dans l'est de la Syrie, \
                sans faire de victimes, a indiqué un responsable militaire américain.

                « Environ six roquettes ont visé la base de Green Village », a précisé ce responsable.
                """, LocalDate.of(2023, 11, 8));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.date()).isEqualTo(LocalDate.of(2023, 11, 7));
            assertThat(candidate.claims()).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                    .contains("casualties=killed 0; injured 0", "count=6 rocket");
        });
    }

    @Test
    void aLeadsDeathsJoinTheAttackWhoseBodyCountsOnlyTheInjured() {
        var extraction = extract("""
                The Pentagon on Monday identified the three soldiers who were killed in a drone attack on a base in \
                Jordan on Sunday.

                More than 40 others were injured in the attack on Tower 22, officials said.
                """, LocalDate.of(2024, 1, 29));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.date()).isEqualTo(LocalDate.of(2024, 1, 28));
            assertThat(candidate.claims()).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                    .contains("casualties=killed 3", "casualties=injured 40+");
        });
    }

    @Test
    void aLeadInAnotherCountryDoesNotJoinTheAttackNamedLater() {
        var extraction = extract("""
                Rockets were fired at a base hosting US troops in Iraq on Monday, causing no casualties.

                Separately, two drones struck Al-Tanf on Monday.
                """, LocalDate.of(2023, 11, 7));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .extracting(ExtractedClaim::aspect).doesNotContain(Aspect.CASUALTIES));
    }

    @Test
    void anUndatedTallyOfAttacksPlacesNoAttackOnTheBaseItMentions() {
        var extraction = extract("""
                Iran-backed groups have attacked U.S. forces in Iraq and Syria more than 100 times since mid-October, \
                and the U.S. garrison at al-Tanf near the Jordanian border has been targeted repeatedly.
                """, LocalDate.of(2023, 12, 25));

        assertThat(extraction.candidates()).isEmpty();
    }

    @Test
    void aShortNameStandsForTheFullNameGivenBefore() {
        var extraction = extract("""
                The Islamic Resistance in Iraq announced on Tuesday that it targeted two US bases with drones.

                In a statement, the Resistance said its fighters targeted the US base at al-Shaddadi with a drone, \
                hitting its target directly.
                """, LocalDate.of(2024, 2, 6));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.actor()).isEqualTo("Islamic Resistance in Iraq");
            assertThat(candidate.claims()).extracting(ExtractedClaim::attributedTo)
                    .containsOnly("Islamic Resistance in Iraq");
            assertThat(candidate.claims()).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                    .contains("outcome=hit", "responsibility=Islamic Resistance in Iraq");
        });
        assertThat(ArticleExtractor.fullerName("Ryder", "Pat Ryder", null)).isEqualTo("Pat Ryder");
        assertThat(ArticleExtractor.fullerName("Pentagon", "Pentagon spokesman Pat Ryder", null)).isEqualTo("Pentagon");
        assertThat(extract("""
                Desert Wire – Residents claimed responsibility for an attack on Conoco base on Wednesday.

                The attack follows a strike on Tell Tamer on July 19, 2024.
                """, LocalDate.of(2024, 7, 25)).candidates())
                .flatExtracting(candidate -> candidate.claims().stream().map(ExtractedClaim::attributedTo).toList())
                .containsOnly("Residents", "Desert Wire");
    }

    @Test
    void aStoryThatMovesToAnotherTheatreLeavesTheAttackOnTheBase() {
        var extraction = extract("""
                A drone was launched at US forces at the Green Village base on Thursday evening, a US official said.

                8:40 pm
                Houthis claim missile launch at commercial ship in Red Sea

                The Houthis say they fired a missile at a container ship in the Red Sea. There was no confirmation \
                from the US Navy.
                """, LocalDate.of(2024, 1, 4));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .extracting(ExtractedClaim::aspect).doesNotContain(Aspect.CONFIRMATION));
    }

    @Test
    void aPointerToAnotherStoryIsNoPartOfTheArticle() {
        var extraction = extract("""
                A drone targeted Harir air base late on Tuesday, the CTD said.

                Read more: Three rockets struck the Conoco base on Sunday, wounding five soldiers

                اقرأ أيضا: صواريخ تستهدف قاعدة التنف

                Читайте также: беспилотники атаковали базу Эт-Танф
                """, LocalDate.of(2024, 1, 24));

        assertThat(extraction.candidates()).extracting(candidate -> candidate.site().id())
                .containsExactly("harir-air-base");
    }

    @Test
    void theOthersThatHitAreTheTotalLessTheIntercepted() {
        var extraction = extract("""
                At least four drones attacked the Al-Tanf garrison on Wednesday, Tasnim reported.
                According to Tasnim, two drones were shot down and the others hit ammunition depots.
                """, LocalDate.of(2023, 11, 2));

        assertThat(extraction.candidates()).singleElement().satisfies(candidate -> assertThat(candidate.claims())
                .extracting(claim -> claim.aspect().code() + "=" + claim.value())
                .contains("outcome=intercepted 2; hit 2"));
    }
}
