package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private static final DateResolver RESOLVER = new DateResolver(ReferenceEvent.bundled());

    @ParameterizedTest(name = "{0} published {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rockets hit the base on July 26, 2024.                | -          | 2024-07-26 | explicit
            Rockets hit the base on 26 July.                      | 2024-07-28 | 2024-07-26 | explicit
            Attacks since Oct. 17 continued; on Oct. 20 a drone.  | 2023-10-22 | 2023-10-20 | explicit
            The base was attacked on 2024-01-12.                  | -          | 2024-01-12 | explicit
            The base was attacked on Friday.                      | 2024-01-13 | 2024-01-12 | relative-to-published
            The base was attacked late Thursday.                  | 2024-01-13 | 2024-01-11 | relative-to-published
            The base was attacked Wednesday morning.              | 2024-01-13 | 2024-01-10 | relative-to-published
            The base was attacked yesterday.                      | 2024-01-13 | 2024-01-12 | relative-to-published
            La base a été visée vendredi.                         | 2024-01-13 | 2024-01-12 | relative-to-published
            La base fue atacada el viernes.                       | 2024-01-13 | 2024-01-12 | relative-to-published
            A base foi atacada na sexta-feira.                    | 2024-01-13 | 2024-01-12 | relative-to-published
            Pangkalan itu diserang pada hari Jumat.               | 2024-01-13 | 2024-01-12 | relative-to-published
            استهدفت القاعدة يوم الجمعة                               | 2024-01-13 | 2024-01-12 | relative-to-published
            Le 23 octobre 2023, des drones ont frappé.            | -          | 2023-10-23 | explicit
            El 5 de noviembre de 2023 atacaron la base.           | -          | 2023-11-05 | explicit
            Em 19 de outubro de 2023 três drones atacaram.        | -          | 2023-10-19 | explicit
            Pada 3 Februari 2024 roket menghantam pangkalan.      | -          | 2024-02-03 | explicit
            في 20 كانون الثاني 2024 استهدفت المقاومة القاعدة          | -          | 2024-01-20 | explicit
            База подверглась атаке 20 января 2024 года.           | -          | 2024-01-20 | explicit
            База подверглась атаке в пятницу.                     | 2024-01-13 | 2024-01-12 | relative-to-published
            Базу атаковали в ночь на понедельник.                 | 2024-01-17 | 2024-01-15 | relative-to-published
            Базу атаковали вчера.                                 | 2024-01-13 | 2024-01-12 | relative-to-published
            Der Stützpunkt wurde am 5. Februar 2024 angegriffen.  | -          | 2024-02-05 | explicit
            Der Stützpunkt wurde am Samstagabend beschossen.      | 2024-01-15 | 2024-01-13 | relative-to-published
            Der Stützpunkt wurde am Donnerstag angegriffen.       | 2024-01-13 | 2024-01-11 | relative-to-published
            Der Stützpunkt wurde gestern angegriffen.             | 2024-01-13 | 2024-01-12 | relative-to-published
            پایگاه روز یکشنبه هدف قرار گرفت.                       | 2024-01-16 | 2024-01-14 | relative-to-published
            پایگاه روز سه‌شنبه هدف قرار گرفت.                      | 2024-01-18 | 2024-01-16 | relative-to-published
            پایگاه دیروز هدف قرار گرفت.                            | 2024-01-13 | 2024-01-12 | relative-to-published
            پایگاه در ۸ بهمن ۱۴۰۲ هدف قرار گرفت.                   | -          | 2024-01-28 | explicit
            پایگاه در ۸ بهمن هدف قرار گرفت.                        | 2024-02-01 | 2024-01-28 | explicit
            پایگاه در ۲۹ اسفند هدف قرار گرفت.                      | 2024-04-02 | 2024-03-19 | explicit
            Üsse cumartesi akşamı saldırı düzenlendi.             | 2023-12-17 | 2023-12-16 | relative-to-published
            Üsse 16 Aralık 2023 tarihinde saldırı düzenlendi.     | -          | 2023-12-16 | explicit
            Üsse dün saldırı düzenlendi.                          | 2023-12-17 | 2023-12-16 | relative-to-published
            La base è stata attaccata il 19 ottobre 2023.         | -          | 2023-10-19 | explicit
            La base è stata attaccata giovedì.                    | 2023-10-20 | 2023-10-19 | relative-to-published
            La base è stata attaccata ieri.                       | 2023-10-20 | 2023-10-19 | relative-to-published
            شەوی سێشەممە هێرش کرایە سەر بنکەکە.                    | 2024-01-24 | 2024-01-23 | relative-to-published
            دوێنێ هێرش کرایە سەر بنکەکە.                           | 2024-01-24 | 2024-01-23 | relative-to-published
            لە ٢٣ی کانوونی دووەمی ٢٠٢٤ هێرش کرایە سەر بنکەکە.      | -          | 2024-01-23 | explicit
            """)
    void resolvesDatesInEveryLanguageRead(String text, LocalDate published, LocalDate expected, String basis) {
        var result = RESOLVER.resolve(text, published);
        assertThat(result.mentions()).filteredOn(mention -> !mention.bound())
                .extracting(DateResolver.DateMention::date).contains(expected);
        assertThat(result.mentions()).filteredOn(mention -> expected.equals(mention.date()))
                .extracting(mention -> mention.basis().code()).contains(basis);
    }

    @Test
    void decidesAnAmbiguousNumericDateByTheWeekdayBesideIt() {
        var result = RESOLVER.resolve("The base was rocked by explosions, Friday (12/1/2024).", null);
        assertThat(result.mentions()).anySatisfy(mention -> {
            assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 1, 12));
            assertThat(mention.ambiguous()).isTrue();
            assertThat(mention.rule()).contains("decided-by-weekday");
        });
    }

    @Test
    void infersTheAnchorFromTheArticlesOwnDatesWhenThePublicationDateIsUnknown() {
        var result = RESOLVER.resolve("On January 11, 2024, the Pentagon spoke. On Friday rockets hit the base.", null);
        assertThat(result.now()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(result.nowBasis()).isEqualTo(DateBasis.INFERRED_FROM_CONTEXT);
        assertThat(result.mentions()).anySatisfy(mention -> {
            assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 1, 12));
            assertThat(mention.basis()).isEqualTo(DateBasis.INFERRED_FROM_CONTEXT);
        });
    }

    @Test
    void takesTheYearOfYearlessDatesFromANamedReferenceEvent() {
        var result = RESOLVER.resolve("Since Operation Al-Aqsa Flood began, drones hit the base on 19 October.", null);
        assertThat(result.mentions()).extracting(DateResolver.DateMention::date).contains(LocalDate.of(2023, 10, 19));
    }

    @Test
    void takesNoShotCountForASolarHijriDateWithoutItsYear() {
        assertThat(RESOLVER.resolve("۵ تیر به سمت پایگاه شلیک شد.", LocalDate.of(2024, 7, 1)).mentions()).isEmpty();
    }

    @Test
    void leavesAWeekdayUnanchoredWhenNothingDatesTheArticle() {
        var result = RESOLVER.resolve("Attacks since Oct. 17 go on; the base was hit on Friday.", null);
        assertThat(result.now()).isNull();
        assertThat(result.mentions()).anySatisfy(mention -> {
            assertThat(mention.date()).isNull();
            assertThat(mention.weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        });
    }

    @Test
    void lastWeekHasWeekPrecision() {
        var result = RESOLVER.resolve("A pipeline was targeted last week.", LocalDate.of(2024, 1, 13));
        assertThat(result.mentions()).singleElement().satisfies(mention -> {
            assertThat(mention.precision()).isEqualTo(TimePrecision.WEEK);
            assertThat(mention.date()).isEqualTo(LocalDate.of(2024, 1, 6));
        });
    }

    @Test
    void resolvesAWeekdayAgainstTheExplicitDateOfTheParagraphBefore() {
        var text = "Drones hit Al-Tanf on 23 October 2023.\nOn 19 October, three drones flew over the base.\n"
                + "Ain al-Asad was targeted on Wednesday.";
        var result = RESOLVER.resolve(text, null);
        var wednesday = result.mentions().stream().filter(mention -> mention.weekday() != null).findFirst()
                .orElseThrow();
        assertThat(wednesday.date()).isEqualTo(LocalDate.of(2023, 10, 18));
        assertThat(wednesday.rule()).contains("nearest-explicit-date");
    }

    @Test
    void resolvesAWeekdayAgainstThePublicationDateWhenTheExplicitDateIsOldBackground() {
        var text = "The base was set up on 12 March 2016.\nOn Friday, rockets hit it.";
        var result = RESOLVER.resolve(text, LocalDate.of(2024, 1, 13));
        assertThat(result.mentions()).filteredOn(mention -> mention.weekday() != null).singleElement()
                .satisfies(friday -> assertThat(friday.date()).isEqualTo(LocalDate.of(2024, 1, 12)));
    }

    @Test
    void neverResolvesAWeekdayAfterThePublicationDate() {
        var text = "On January 11 the resistance claimed an attack. On Saturday more rockets hit the base.";
        var result = RESOLVER.resolve(text, LocalDate.of(2024, 1, 12));
        assertThat(result.mentions()).filteredOn(mention -> mention.weekday() != null).singleElement()
                .satisfies(saturday -> assertThat(saturday.date()).isEqualTo(LocalDate.of(2024, 1, 6)));
    }
}
