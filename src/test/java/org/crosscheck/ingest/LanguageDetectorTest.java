package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Two rockets struck the base late on Thursday, according to a security source, who said there were no casualties.
            ar | استهدفت طائرة مسيرة قاعدة التنف العسكرية فجر اليوم، وفق ما أفادت مصادر محلية، دون أنباء عن إصابات.
            fr | Deux roquettes ont frappé la base dans la nuit de jeudi, selon une source de sécurité qui a précisé qu'il n'y avait pas de victimes.
            tr | Irak'ın batısındaki Ayn el-Esed Üssü'ne cumartesi akşamı üç İHA ile saldırı düzenlendi, bir güvenlik kaynağı bu bilgiyi verdi.
            es | Dos cohetes impactaron en la base el jueves por la noche, según una fuente de seguridad, que dijo que no hubo víctimas.
            pt | Dois foguetes atingiram a base na noite de quinta-feira, segundo uma fonte de segurança, que disse não haver vítimas.
            id | Dua roket menghantam pangkalan itu pada Kamis malam, menurut sumber keamanan yang mengatakan tidak ada korban jiwa.
            de | Zwei Raketen trafen den Stützpunkt in der Nacht zum Freitag, wie eine Sicherheitsquelle sagte, die von keinen Opfern sprach.
            it | Due razzi hanno colpito la base nella notte di giovedì, secondo una fonte della sicurezza che ha detto che non ci sono vittime.
            fa | یک پهپاد به پایگاه آمریکا در شرق سوریه حمله کرد و گزارشی از تلفات منتشر نشده است.
            ru | Две ракеты попали в американскую базу в четверг вечером, сообщил источник.
            ku | شەوی سێشەممە، درۆنێکی بۆمبڕێژکراو هێرشی کردە سەر بنکەی حەریر لە پارێزگای هەولێر.
            """)
    void tellsTheLanguageOfAShortParagraph(String expected, String paragraph) {
        assertThat(LanguageDetector.detect(paragraph)).isEqualTo(expected);
    }

    @Test
    void tellsSpanishFromPortugueseInAHeadlineAndOneSentence() {
        assertThat(LanguageDetector.detect("Ataque con drones contra la base de Al-Tanf. Las fuerzas de la coalición "
                + "no informaron de víctimas.")).isEqualTo("es");
        assertThat(LanguageDetector.detect("Ataque com drones contra a base de Al-Tanf. As forças da coalizão não "
                + "informaram vítimas.")).isEqualTo("pt");
    }

    @Test
    void readsArabicDespiteLatinNamesInIt() {
        assertThat(LanguageDetector.detect("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة Conoco في دير الزور"))
                .isEqualTo("ar");
    }

    @Test
    void staysUnknownWithoutEnoughEvidence() {
        assertThat(LanguageDetector.detect("")).isNull();
        assertThat(LanguageDetector.detect("Al-Tanf")).isNull();
        assertThat(LanguageDetector.detect("Conoco Al-Omar Deir ez-Zor Hasakah Erbil")).isNull();
        assertThat(LanguageDetector.detect("12345 67890 !!! ??? 2024-01-12")).isNull();
    }

    @Test
    void countsFunctionWordsWrittenInCapitalsOrNextToAnApostrophe() {
        assertThat(LanguageDetector.detect("LA BASE DE AL-TANF FUE ATACADA EL JUEVES POR LA NOCHE, SEGÚN LOS MEDIOS"))
                .isEqualTo("es");
        assertThat(LanguageDetector.detect("Selon l'armée, l'attaque contre la base n'a pas fait de victimes"))
                .isEqualTo("fr");
    }
}
