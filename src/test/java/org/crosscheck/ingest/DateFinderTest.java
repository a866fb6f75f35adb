package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.ingest.DateFinder.NumericOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            published on The Cradle, July 26, 2024       | 2024-07-26 | July 26, 2024
            Published: 2024-08-05T10:00                  | 2024-08-05 | 2024-08-05
            Friday 26 July 2024                          | 2024-07-26 | 26 July 2024
            Sept. 3, 2023                                | 2023-09-03 | Sept. 3, 2023
            Publié le 3 août 2024                        | 2024-08-03 | 3 août 2024
            Publicado el 5 de agosto de 2024             | 2024-08-05 | 5 de agosto de 2024
            Publicado em 12 de janeiro de 2024           | 2024-01-12 | 12 de janeiro de 2024
            Jumat, 12 Januari 2024 10:15 WIB             | 2024-01-12 | 12 Januari 2024
            نشر بتاريخ 26 يوليو 2024                      | 2024-07-26 | 26 يوليو 2024
            الجمعة ٢٦ تموز ٢٠٢٤                           | 2024-07-26 | ٢٦ تموز ٢٠٢٤
            ١٢ كانون الثاني 2024                          | 2024-01-12 | ١٢ كانون الثاني 2024
            Posted 26/07/2024                            | 2024-07-26 | 26/07/2024
            تاريخ النشر: 2024/01/12                       | 2024-01-12 | 2024/01/12
            Diterbitkan 26.01.2024 pukul 10.15           | 2024-01-26 | 26.01.2024
            Data: 26-07-2024                             | 2024-07-26 | 26-07-2024
            on 1st of nothing, then 1st March 2024       | 2024-03-01 | 1st March 2024
            МОСКВА, 10 ноября 2023 — РИА Новости         | 2023-11-10 | 10 ноября 2023
            ТАСС, 26 декабря 2023 г.                     | 2023-12-26 | 26 декабря 2023
            Berlin, 5. Februar 2024                      | 2024-02-05 | 5. Februar 2024
            ۱۵ بهمن ۱۴۰۲ - ۱۸:۳۰                         | 2024-02-04 | ۱۵ بهمن ۱۴۰۲
            تاریخ انتشار: 8 بهمن 1402                    | 2024-01-28 | 8 بهمن 1402
            Bağdat, 17 Aralık 2023 (AA)                  | 2023-12-17 | 17 Aralık 2023
            """)
    void readsFullDatesInManyWritings(String text, LocalDate expected, String written) {
        var found = DateFinder.find(text, NumericOrder.UNKNOWN).orElseThrow();

        assertThat(found.date()).isEqualTo(expected);
        assertThat(found.span().of(text)).isEqualTo(written);
    }

    @Test
    void readsAnAmbiguousNumericDateOnlyWhenTheOrderIsKnown() {
        assertThat(DateFinder.find("Friday (12/1/2024)", NumericOrder.UNKNOWN)).isEmpty();
        assertThat(DateFinder.find("Friday (12/1/2024)", NumericOrder.DAY_FIRST).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 1, 12));
        assertThat(DateFinder.find("Friday (12/1/2024)", NumericOrder.MONTH_FIRST).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void neverReadsADateWithoutAYear() {
        assertThat(DateFinder.find("BAGHDAD, Jan 12 (Reuters) - on 27 July", NumericOrder.DAY_FIRST)).isEmpty();
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(DateFinder.find("31 February 2024 and 2024-13-01", NumericOrder.DAY_FIRST)).isEmpty();
    }

    @Test
    void takesTheEarliestDateInTheRegion() {
        var text = "Updated 2024-08-06. First published July 26, 2024";

        assertThat(DateFinder.find(text, 12, text.length(), NumericOrder.UNKNOWN).orElseThrow().date())
                .isEqualTo(LocalDate.of(2024, 7, 26));
    }
}
