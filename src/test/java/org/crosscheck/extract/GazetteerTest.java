package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ingest.SitesCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = new Gazetteer(SitesCsv.bundled());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Drones hit al-Tanf overnight.                  | al-tanf    | al-Tanf
            Un dron atacó la base Victoria en Bagdad.      | victory-base-bdsc | base Victoria
            Rockets struck At Tanf Garrison.               | al-tanf    | Tanf Garrison
            The attack on Tanf was repelled.               | al-tanf    | Tanf
            An attack at Al Tanf.                          | al-tanf    | Al Tanf
            استهداف قاعدة التنف الأمريكية                     | al-tanf    | التنف
            هجوم على قاعدة بالتنف                              | al-tanf    | بالتنف
            Explosions at Conoco's perimeter.              | conoco     | Conoco
            The AL-SHADDADI base was shelled.              | al-shaddadi| SHADDADI
            Rockets on Ash Shaddadi.                       | al-shaddadi| Ash Shaddadi
            Fire near Deir ez-Zor city.                    | deir-ez-zor-city | Deir ez-Zor city
            Drones over Dêrik today.                       | al-malikiyah | Dêrik
            الهجوم على حقل العمر النفطي                        | al-omar    | حقل العمر النفطي
            База Эт-Танф подверглась атаке.                | al-tanf    | Эт-Танф
            Взрывы прогремели в Эт-Танфе.                  | al-tanf    | Эт-Танфе
            Атака на аэропорт Эрбиля.                      | erbil-air-base | аэропорт Эрбиля
            Ракеты упали на базе Айн-эль-Асад.             | ain-al-asad | Айн-эль-Асад
            Drohnen über dem Ölfeld al-Omar.               | al-omar    | Ölfeld al-Omar
            Angriff auf den Flughafen von Erbil.           | erbil-air-base | Flughafen von Erbil
            حمله به پایگاه عین‌الاسد                          | ain-al-asad | عین‌الاسد
            حمله پهپادی به فرودگاه اربیل                      | erbil-air-base | فرودگاه اربیل
            پایگاه آمریکا در میدان نفتی العمر                 | al-omar    | میدان نفتی العمر
            Irak'taki Ayn el-Esed Üssü'ne saldırı          | ain-al-asad | Ayn el-Esed
            Erbil Havalimanı'na İHA saldırısı              | erbil-air-base | Erbil Havalimanı
            """)
    void findsSitesWhateverTheSpelling(String text, String site, String matched) {
        var matches = GAZETTEER.find(text.strip());
        assertThat(matches).extracting(match -> match.site().id()).contains(site.strip());
        assertThat(matches).extracting(match -> match.span().of(text.strip())).anyMatch(s -> s.contains(matched.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Tanfield estate is quiet.
            Tanfara was mentioned.
            A conocophillips report.
            Силы режима Асада вошли в город.
            """)
    void neverMatchesInsideAnotherWord(String text) {
        assertThat(GAZETTEER.find(text)).isEmpty();
    }
}
