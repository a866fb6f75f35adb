package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.DateBasis;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private ArticleMetadata read(String text) {
        return extractor.extract(TextNormalizer.normalize(text), EmbeddedMetadata.NONE);
    }

    private static Map<String, String> seeds() {
        return BundledSeeds.load().stream().collect(Collectors.toMap(BundledSeeds.Seed::fileName,
                seed -> TextNormalizer.normalize(new String(seed.content(), StandardCharsets.UTF_8)),
                (a, b) -> a, java.util.TreeMap::new));
    }

    @Test
    void readsTheOutletFromTheTribunnewsDateline() {
        var text = seeds().get("000_5b8976caa21c9ce2.txt");

        var metadata = extractor.extract(text, EmbeddedMetadata.NONE);

        assertThat(metadata.outlet()).isEqualTo("TRIBUNNEWS.COM");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("TRIBUNNEWS.COM");
        assertThat(metadata.outletSpan().start()).isZero();
        assertThat(metadata.published()).as("the Friday (12/1/2024) in the body is the event, not the publication")
                .isNull();
        assertThat(metadata.title()).as("the first line is a sentence, not a headline").isNull();
        assertThat(metadata.language()).isEqualTo("en");
    }

    @Test
    void readsOutletAndDateFromThePublishedOnLineOfTheCradle() {
        var text = seeds().get("001_04a825ad6d59242b.txt");

        var metadata = extractor.extract(text, EmbeddedMetadata.NONE);

        assertThat(metadata.outlet()).isEqualTo("The Cradle");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("The Cradle");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(metadata.publishedBasis()).isEqualTo(DateBasis.EXPLICIT);
        assertThat(metadata.publishedSpan().of(text)).isEqualTo("July 26, 2024");
        assertThat(metadata.title()).isNull();
    }

    @Test
    void leavesUnstatedMetadataOfTheOtherSeedsEmpty() {
        var seeds = seeds();
        for (var name : new String[] {"002_1c69196dbcf4aa03.txt", "003_5f9ea44ed39dbe39.txt",
            "004_ca81ca16356623c8.txt"}) {
            var metadata = extractor.extract(seeds.get(name), EmbeddedMetadata.NONE);

            assertThat(metadata.outlet()).as("outlet of %s (outlets quoted in the body are not its own)", name)
                    .isNull();
            assertThat(metadata.published()).as("published of %s", name).isNull();
            assertThat(metadata.title()).as("title of %s", name).isNull();
            assertThat(metadata.language()).as("language of %s", name).isEqualTo("en");
        }
    }

    @Test
    void readsAnAgencyAfterACityInADateline() {
        var metadata = read("Tehran, IRNA – A drone attack targeted the US base at Conoco, the agency said.");

        assertThat(metadata.outlet()).isEqualTo("IRNA");
    }

    @Test
    void readsAnAgencyInParenthesesAndTheDateBeforeIt() {
        var text = "MOSCOW, January 12, 2024 (Sputnik) - The US base at the Conoco field came under rocket fire.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("Sputnik");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("Sputnik");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 1, 12));
    }

    @Test
    void readsWireDatelinesInOtherLanguages() {
        assertThat(read("BAGHDAD (Reuters) - Rockets hit Ain al-Asad air base on Tuesday.").outlet())
                .isEqualTo("Reuters");
        assertThat(read("Beyrouth (AFP) - Des roquettes ont visé la base américaine, selon une source locale.")
                .outlet()).isEqualTo("AFP");
        var spanish = read("Damasco, 12 ene 2024 (EFE).- Dos cohetes impactaron en la base estadounidense de la "
                + "región, según fuentes locales.");
        assertThat(spanish.outlet()).isEqualTo("EFE");
        assertThat(spanish.published()).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(spanish.language()).isEqualTo("es");
        var indonesian = read("JAKARTA, KOMPAS.com - Sebuah serangan drone menghantam pangkalan militer Amerika "
                + "Serikat di Suriah pada Jumat, menurut sumber keamanan yang tidak mau disebut namanya.");
        assertThat(indonesian.outlet()).isEqualTo("KOMPAS.com");
        assertThat(indonesian.language()).isEqualTo("id");
    }

    @Test
    void readsTheDatelineOnTheLineAfterAHeadline() {
        var german = read("Drohnenangriff auf US-Stützpunkt al-Tanf in Syrien\n\nBerlin, 10.11.2023 (dpa) – Der "
                + "US-Stützpunkt al-Tanf im Süden Syriens ist am Donnerstag angegriffen worden.");
        assertThat(german.outlet()).isEqualTo("dpa");
        assertThat(german.published()).isEqualTo(LocalDate.of(2023, 11, 10));
        assertThat(german.language()).isEqualTo("de");
        var russian = read("Американскую базу в Сирии атаковали беспилотники\n\nМОСКВА, 10 ноября 2023 — РИА Новости. "
                + "Американская военная база в Сирии в четверг подверглась атаке трех беспилотников.");
        assertThat(russian.outlet()).isEqualTo("РИА Новости");
        assertThat(russian.published()).isEqualTo(LocalDate.of(2023, 11, 10));
        assertThat(russian.language()).isEqualTo("ru");
    }

    @Test
    void readsALineOfOnlyAnOutletAndADate() {
        var text = "Беспилотник атаковал аэропорт Эрбиля\n\nТАСС, 26 декабря 2023 г.\n\nАэропорт Эрбиля на севере "
                + "Ирака в понедельник вечером подвергся атаке беспилотника, заявили в Пентагоне.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("ТАСС");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("ТАСС");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2023, 12, 26));
        var german = read("SPIEGEL, 05.02.2024\n\nBei einem Drohnenangriff auf den Stützpunkt am Ölfeld al-Omar "
                + "im Osten Syriens sind nach Angaben der Beobachtungsstelle sechs Kämpfer getötet worden.");
        assertThat(german.outlet()).isEqualTo("SPIEGEL");
        assertThat(german.published()).isEqualTo(LocalDate.of(2024, 2, 5));
    }

    @Test
    void readsAKnownOutletOnALineOfItsOwnWithTheAgenciesItRelays() {
        var text = "Syrie : une base américaine visée par des drones\n\nLe Monde avec AFP\nPublié le 5 février 2024\n\n"
                + "Plusieurs drones ont visé dimanche soir la base d'Al-Omar, selon l'Observatoire syrien.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("Le Monde");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("Le Monde");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(read("Drones hit the base\n\nThe Cradle and news agencies\n\nDrones hit the US base at the Conoco "
                + "field on Friday, local sources said.").outlet()).isEqualTo("The Cradle");
        assertThat(read("Drones over the base at night\n\nRockets hit the base on Friday, local sources said.")
                .outlet()).isNull();
        assertThat(read("Resistance targets US bases\n\nAl Mayadeen English\n6 Feb 2024 21:15\n\nDrones hit the "
                + "base at al-Shaddadi on Tuesday.").outlet()).isEqualTo("Al Mayadeen");
        var arabic = read("هجوم بالصواريخ على قاعدة عين الأسد\n\nالجزيرة نت\n21/1/2024\n\nأعلنت القيادة المركزية الأمريكية "
                + "أن فصائل مسلحة أطلقت صواريخ على قاعدة عين الأسد.");
        assertThat(arabic.outlet()).isEqualTo("الجزيرة نت");
        assertThat(arabic.published()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @Test
    void readsAPressOfficeOnALineOfItsOwnAsTheOutlet() {
        var text = "Iranian-backed militants attack al-Asad Air Base, Iraq\nU.S. Central Command\nJanuary 21, 2024\n"
                + "Release No. 24-021\n\nTAMPA, Fla. – On Jan. 20, militants launched rockets at al-Asad Air Base.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("U.S. Central Command");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @Test
    void takesTheHeadlineAfterTheAddressOfASavedPage() {
        var metadata = read("https://www.rudaw.net/english/kurdistan/240120241\nDrone attack targets Harir base in Erbil "
                + "province\nRudaw\n24-01-2024\nAn armed drone targeted Harir air base late on Tuesday, the CTD said.");

        assertThat(metadata.title()).isEqualTo("Drone attack targets Harir base in Erbil province");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 1, 24));
    }

    @Test
    void readsAGermanAsOfLineAsThePublicationDate() {
        var metadata = read("Raketenangriff auf US-Stützpunkt im Irak\n\ntagesschau.de\nStand: 04.01.2024 14:05 Uhr\n\n"
                + "Auf den Stützpunkt Ain al-Assad sind am Donnerstag zwei Raketen abgefeuert worden.");

        assertThat(metadata.outlet()).isEqualTo("tagesschau.de");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 1, 4));
    }

    @Test
    void readsAPersianPublicationDateInTheSolarHijriCalendar() {
        var metadata = read("حمله پهپادی به پایگاه عین الاسد در عراق\n\n۱۵ بهمن ۱۴۰۲ - ۱۸:۳۰\n\nبه گزارش خبرگزاری تسنیم، "
                + "مقاومت اسلامی عراق روز یکشنبه با دو پهپاد پایگاه عین الاسد در غرب عراق را هدف قرار داد.");

        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 2, 4));
        assertThat(metadata.language()).isEqualTo("fa");
    }

    @Test
    void readsAnArabicAgencyAfterTheCity() {
        var text = "دمشق-سانا\nاستهدفت طائرة مسيرة قاعدة التنف العسكرية فجر اليوم وفق ما أفادت مصادر محلية.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("سانا");
        assertThat(metadata.language()).isEqualTo("ar");
    }

    @Test
    void takesNoOutletFromAPlaceOnlyDateline() {
        assertThat(read("BEIRUT — Rockets hit the base near the border late on Thursday, sources said.").outlet())
                .isNull();
        assertThat(read("BAGHDAD, IRAQ - Two drones were shot down near the airport, officials said.").outlet())
                .isNull();
    }

    @Test
    void neverTakesAnOutletQuotedInTheBody() {
        var metadata = read("""
                Six missiles hit the base early on Friday, Al-Mayadeen reported.

                The sources said the attack was published by Sputnik on January 12, 2024 in a short dispatch that many outlets picked up afterwards, including regional channels.

                The Pentagon did not comment.
                More attacks were reported later.
                """);

        assertThat(metadata.outlet()).isNull();
        assertThat(metadata.published()).isNull();
    }

    @Test
    void readsASourceLineAndTheHostOfASourceLink() {
        assertThat(read("Rockets hit the base.\n\nSource: Shafaq News").outlet()).isEqualTo("Shafaq News");
        var text = "Rockets hit the base.\n\nSource: https://www.example-news.com/2024/01/12/base-attack";
        var metadata = read(text);
        assertThat(metadata.outlet()).isEqualTo("example-news.com");
        assertThat(metadata.outletSpan().of(text)).isEqualTo("example-news.com");
        assertThat(read("هجوم على القاعدة.\nالمصدر: وكالة الأنباء العراقية").outlet())
                .isEqualTo("وكالة الأنباء العراقية");
    }

    @Test
    void readsHeadlineBylineOutletAndDateLine() {
        var text = """
                Drone strike on Al-Tanf garrison
                By Jane Doe, Shafaq News
                Published: Friday, 26 July 2024
                A drone struck the garrison early on Friday, two local sources said.
                """;

        var metadata = read(text);
        var stored = TextNormalizer.normalize(text);

        assertThat(metadata.title()).isEqualTo("Drone strike on Al-Tanf garrison");
        assertThat(metadata.titleSpan().of(stored)).isEqualTo("Drone strike on Al-Tanf garrison");
        assertThat(metadata.outlet()).isEqualTo("Shafaq News");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(metadata.publishedSpan().of(stored)).isEqualTo("26 July 2024");
    }

    @Test
    void readsPublicationDatesWrittenInOtherLanguages() {
        assertThat(read("Frappe contre la base\nPublié le 3 août 2024\nDes roquettes ont visé la base.").published())
                .isEqualTo(LocalDate.of(2024, 8, 3));
        assertThat(read("Ataque contra la base\nPublicado el 5 de agosto de 2024\nDos cohetes impactaron.")
                .published()).isEqualTo(LocalDate.of(2024, 8, 5));
        assertThat(read("هجوم على قاعدة عين الأسد\nنشر بتاريخ 26 يوليو 2024\nاستهدفت طائرة مسيرة القاعدة.")
                .published()).isEqualTo(LocalDate.of(2024, 7, 26));
    }

    @Test
    void leavesAnAmbiguousNumericDateUnreadInEnglishButReadsItInFrench() {
        assertThat(read("Rockets hit the base\nPublished: 05/07/2024\nTwo rockets hit the base on Friday, "
                + "the officials said.").published()).isNull();
        assertThat(read("Frappe contre la base\nPublié le 05/07/2024\nDeux roquettes ont frappé la base selon "
                + "une source de sécurité.").published()).isEqualTo(LocalDate.of(2024, 7, 5));
    }

    @Test
    void takesTheFirstLineAsHeadlineOnlyWhenItReadsLikeOne() {
        assertThat(read("Rockets hit US base in Syria\n\nTwo rockets hit the base.").title())
                .isEqualTo("Rockets hit US base in Syria");
        assertThat(read("Two rockets hit the base on Friday.\n\nNo one was hurt.").title()).isNull();
        assertThat(read("Who fired at Ain al-Asad?\n\nThe question remains open.").title())
                .isEqualTo("Who fired at Ain al-Asad?");
        assertThat(read("One line only without a body").title()).isNull();
    }

    @Test
    void usesHtmlMetaTagsAndKeepsSpansOnlyForValuesFoundInTheText() {
        var text = "Explosions heard at Conoco base\n\nResidents heard explosions on Friday.";
        var embedded = new EmbeddedMetadata("Levant Wire", "Explosions heard at Conoco base | Levant Wire",
                "2024-01-12T09:30:00Z");

        var metadata = extractor.extract(text, embedded);

        assertThat(metadata.outlet()).isEqualTo("Levant Wire");
        assertThat(metadata.outletSpan()).as("the site name is not in the text").isNull();
        assertThat(metadata.title()).isEqualTo("Explosions heard at Conoco base");
        assertThat(metadata.titleSpan().of(text)).isEqualTo("Explosions heard at Conoco base");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(metadata.publishedBasis()).isEqualTo(DateBasis.EXPLICIT);
        assertThat(metadata.publishedSpan()).isNull();
    }

    @Test
    void readsOutletNamesThatStartWithAnArticleOrANumber() {
        assertThat(read("Le Monde – Des roquettes ont visé la base américaine, selon une source locale.").outlet())
                .isEqualTo("Le Monde");
        var french = read("Des roquettes contre la base\n\nPublié sur France 24, le 8 août 2024\nDes roquettes ont "
                + "visé la base américaine.");
        assertThat(french.outlet()).isEqualTo("France 24");
        assertThat(french.published()).isEqualTo(LocalDate.of(2024, 8, 8));
        assertThat(read("Cohetes contra la base\nPublicado en El País, 24 de junio de 2024\nDos cohetes impactaron.")
                .outlet()).isEqualTo("El País");
    }

    @Test
    void readsTheNameBetweenPlaceAndDateInADateline() {
        var metadata = read("Erbil, Levant Courier, 26 July 2024 – Two drones were shot down near the airport.");

        assertThat(metadata.outlet()).isEqualTo("Levant Courier");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 7, 26));
    }

    @Test
    void readsAnArabicPublishedLine() {
        var text = "هجوم على قاعدة التنف\nنشر في العربي الجديد، 26 يوليو 2024\nاستهدفت طائرة مسيرة القاعدة.";

        var metadata = read(text);

        assertThat(metadata.outlet()).isEqualTo("العربي الجديد");
        assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 7, 26));
    }

    @Test
    void readsAnAgencyInParenthesesWithoutADash() {
        assertThat(read("Damasco, 26 jul (Prensa Latina) La base estadounidense en el campo de Conoco fue atacada.")
                .outlet()).isEqualTo("Prensa Latina");
        assertThat(read("Iraqi Resistance (IR) Claims Attack on Base\n\nThe group said it fired two drones.")
                .outlet()).isNull();
    }

    @Test
    void readsAnArabicAgencyBetweenDashes() {
        assertThat(read("بغداد - واع - أعلنت خلية الإعلام الأمني عن سقوط صاروخين قرب القاعدة.").outlet())
                .isEqualTo("واع");
    }

    @Test
    void takesNoOutletWhenTheDashIsInsideASentence() {
        assertThat(read("The Pentagon – which rarely comments – said two rockets hit the base.").outlet()).isNull();
    }

    @Test
    void dropsPageFurnitureTooLongToBeATitleOrAnOutlet() {
        var text = "Rockets hit the base.\n\nNo one was hurt.";
        var embedded = new EmbeddedMetadata("Site ".repeat(30), "Word ".repeat(100), null);

        var metadata = extractor.extract(text, embedded);

        assertThat(metadata.title()).isNull();
        assertThat(metadata.outlet()).isNull();
    }

    @Test
    void readsACopyrightLineAtTheEnd() {
        assertThat(read("Rockets hit the base.\n\nMore to follow.\n© 2024 Rudaw Media Network. All rights reserved.")
                .outlet()).isEqualTo("Rudaw Media Network");
    }

    @Test
    void everySpanPointsAtItsValue() {
        for (var text : seeds().values()) {
            var metadata = extractor.extract(text, EmbeddedMetadata.NONE);
            if (metadata.outletSpan() != null) {
                assertThat(metadata.outletSpan().of(text)).isEqualTo(metadata.outlet());
            }
            if (metadata.titleSpan() != null) {
                assertThat(metadata.titleSpan().of(text)).isEqualTo(metadata.title());
            }
        }
    }
}
