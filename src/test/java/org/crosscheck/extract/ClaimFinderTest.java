package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Aspect;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimFinderTest {

    private static java.util.List<ExtractedClaim> claims(String sentence) {
        var attribution = ClaimFinder.attribution(sentence);
        return ClaimFinder.claims(sentence, FoldedText.fold(sentence), new Span(0, sentence.length()),
                attribution == null ? "Outlet" : attribution.speaker(), attribution == null ? null : attribution.cue(),
                attribution == null ? "attribution.outlet" : attribution.rule());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Six missiles rained down on the base.                                      | count      | 6 missile
            The base was targeted by a drone and four rockets.                         | count      | 1 drone; 4 rocket
            Coalition forces intercepted and downed two of the drones, but the third managed to target the base. | outcome | intercepted 2; hit 1
            Two drones were shot down before reaching the compound.                    | outcome    | intercepted 2
            The drones achieved direct hits.                                           | outcome    | hit
            The sources said there was no information regarding damage so far.        | damage     | not reported
            The official said the rockets caused no damage.                            | damage     | none
            The large rocket attack destroyed the base.                                | damage     | destroyed
            The attack caused some minor damage to infrastructure.                     | damage     | damaged
            Three soldiers were killed and 34 others injured in the attack.            | casualties | killed 3; injured 34
            The Pentagon said the attack caused no casualties.                         | casualties | killed 0; injured 0
            The Islamic Resistance in Iraq claimed responsibility for the attack.      | responsibility | Islamic Resistance in Iraq
            The strike was claimed by the Kataib Hezbollah resistance faction.         | responsibility | Kataib Hezbollah
            The Iraqi Resistance has not confirmed the attack.                         | confirmation | not confirmed
            Trois roquettes ont visé la base, selon des sources locales.               | count      | 3 rocket
            La base fue atacada con cuatro cohetes.                                    | count      | 4 rocket
            A base foi atacada com dois foguetes, sem causar danos.                    | damage     | none
            Pangkalan itu diserang dengan dua roket.                                   | count      | 2 rocket
            استهدفت المقاومة قاعدة حرير بطائرتين مسيرتين                                  | count      | 2 drone
            The attack wounded at least three contractors.                             | casualties | injured 3+
            Sources spoke of between 5 and 7 wounded in the attack.                    | casualties | injured 5-7
            Las fuentes hablaron de entre 5 y 7 heridos en el ataque.                  | casualties | injured 5-7
            Le tir a fait au moins deux blessés.                                       | casualties | injured 2+
            La coalición aseguró que no se registraron daños tras el ataque.           | damage     | none
            ونفت الوزارة وقوع أي أضرار في الهجوم                                          | damage     | none
            The attack caused no injuries but heavy damage to a hangar.                | damage     | damaged
            A base foi atacada com foguetes, sem dar detalhes sobre danos.             | damage     | not reported
            Dua roket dicegat, sementara roket ketiga menghantam area pangkalan.       | outcome    | intercepted 2; hit 1
            Des roquettes ont frappé la base, sans faire de victimes.                  | casualties | killed 0; injured 0
            Serangan itu menyebabkan kerusakan ringan, namun tidak ada korban jiwa.    | casualties | killed 0
            O CENTCOM confirmou o ataque e disse que não houve feridos nem danos.      | casualties | injured 0
            O CENTCOM confirmou o ataque e disse que não houve feridos nem danos.      | damage     | none
            El Pentágono negó que se hubieran producido daños o heridos en el ataque.  | casualties | injured 0
            Ambos misiles fueron interceptados por las defensas aéreas.                | outcome    | intercepted 2
            Vários foguetes atingiram a base de Green Village.                         | outcome    | hit
            تعرضت القاعدة لهجوم بثلاثة صواريخ مساء الأحد                                 | count      | 3 rocket
            Базу атаковали три беспилотника.                                           | count      | 3 drone
            Два беспилотника были сбиты, третий попал в территорию базы.               | outcome    | intercepted 2; hit 1
            Трое военнослужащих получили ранения.                                      | casualties | injured 3
            В Пентагоне заявили, что пострадавших нет.                                 | casualties | killed 0; injured 0
            Сирийская обсерватория сообщила о гибели шести бойцов.                     | casualties | killed 6
            Атака не причинила ущерба, сообщили военные.                               | damage     | none
            Der Stützpunkt wurde mit vier Raketen beschossen.                          | count      | 4 rocket
            Alle drei Drohnen wurden abgefangen.                                       | outcome    | intercepted 3
            Es gab keine Verletzten und keine Schäden.                                 | damage     | none
            Es gab keine Verletzten und keine Schäden.                                 | casualties | killed 0; injured 0
            Die Raketen schlugen auf dem Gelände ein und verursachten Sachschaden.     | damage     | damaged
            Bei dem Angriff wurden sechs Kämpfer getötet.                              | casualties | killed 6
            L'ONG affirme que six combattants kurdes des Forces démocratiques syriennes ont été tués dans l'attaque. | casualties | killed 6
            «Исламское сопротивление в Ираке» взяло на себя ответственность за атаку.  | responsibility | Исламское сопротивление в Ираке
            Ответственность за атаку взяло на себя «Исламское сопротивление в Ираке».  | responsibility | Исламское сопротивление в Ираке
            Zu dem Angriff bekannte sich der Islamische Widerstand im Irak, ein Bündnis proiranischer Milizen. | responsibility | Islamische Widerstand im Irak
            وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم                       | responsibility | المقاومة الإسلامية في العراق
            قال المرصد إن ستة من مقاتلي قوات سوريا الديمقراطية قتلوا في هجوم بطائرة مسيرة | casualties | killed 6
            В Пентагоне заявили, что пострадавших среди американских военнослужащих нет. | casualties | injured 0
            Die Drohne sei nicht abgefangen worden.                                    | outcome    | hit
            The drone was not intercepted and hit a hangar.                            | outcome    | hit
            Un responsable a déclaré qu'aucun militaire américain n'avait été blessé.  | casualties | injured 0
            More than 40 troops were injured in the attack.                            | casualties | injured 40+
            La mayoría de los misiles fueron interceptados, mientras que otros impactaron en su interior. | outcome | intercepted; hit
            Füzelerin çoğu düşürüldü, bir kısmı ise üsse isabet etti.                  | outcome    | intercepted; hit
            درۆنێکی بۆمبڕێژکراو هێرشی کردە سەر بنکەی حەریر.                           | count      | 1 drone
            هێرشەکە هیچ زیانێکی گیانی و ماددی لێنەکەوتووەتەوە.                          | damage     | none
            هێرشەکە هیچ زیانێکی گیانی و ماددی لێنەکەوتووەتەوە.                          | casualties | killed 0; injured 0
            دوو سەرباز بریندار بوون لە هێرشەکەدا.                                      | casualties | injured 2
            اعترضت الدفاعات الجوية معظم الصواريخ، في حين سقط بعضها داخل القاعدة          | outcome    | intercepted; hit
            بیشتر موشک‌ها رهگیری شدند اما برخی از آنها به داخل پایگاه اصابت کردند.      | outcome    | intercepted; hit
            Sebagian besar rudal berhasil dicegat, sementara sisanya menghantam pangkalan. | outcome | intercepted; hit
            Sejumlah personel AS diperiksa untuk kemungkinan cedera otak traumatis akibat serangan. | casualties | injured unknown
            وتبنت المقاومة الإسلامية في العراق الهجوم في بيان نشرته على قناتها        | responsibility | المقاومة الإسلامية في العراق
            Несколько военнослужащих проходят обследование на предмет черепно-мозговых травм. | casualties | injured unknown
            On January 28, a drone struck Tower 22 in Jordan, killing three soldiers.  | casualties | killed 3
            A drone hit Tower 22 and 34 were injured.                                  | casualties | injured 34
            Two drones were shot down and one crashed, causing minor injuries.         | casualties | injured unknown
            Three rockets hit the base, injuring two soldiers.                         | casualties | injured 2
            Tre razzi hanno colpito la base, senza causare danni.                      | damage     | none
            Due droni sono stati abbattuti, il terzo ha colpito la base.               | outcome    | intercepted 2; hit 1
            Almeno tre soldati sono rimasti feriti nell'attacco.                       | casualties | injured 3+
            L'attacco è stato rivendicato dalla Resistenza islamica in Iraq.           | responsibility | Resistenza islamica in Iraq
            La Resistencia Islámica en Irak se ha atribuido el ataque.                 | responsibility | Resistencia Islámica en Irak
            The number of service members injured in the Jan. 28 drone attack on Tower 22, a remote outpost, has risen to more than 40. | casualties | injured 40+
            Damage assessments are ongoing after the rocket attack.                    | damage     | not reported
            مقاومت اسلامی عراق با دو پهپاد پایگاه عین الاسد را هدف قرار داد.            | count      | 2 drone
            یک منبع امنیتی گفت که در این حمله خسارت‌هایی به پایگاه وارد شد.             | damage     | damaged
            مقاومت اسلامی عراق مسئولیت این حمله را بر عهده گرفت.                       | responsibility | مقاومت اسلامی عراق
            ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن                                 | occurrence | attack
            Ayn el-Esed Üssü'ne üç İHA ile saldırı düzenlendi.                         | count      | 3 drone
            İHA'lardan ikisinin düşürüldüğünü, üçüncüsünün ise üssün içine düştüğünü bildirdi. | outcome | intercepted 2; hit 1
            Saldırıda iki asker yaralandı.                                             | casualties | injured 2
            Saldırıyı Irak İslami Direnişi üstlendi.                                   | responsibility | Irak İslami Direnişi
            وقالت المصادر إن الصواريخ سقطت داخل القاعدة دون أن تتوفر معلومات عن حجم الأضرار | damage  | not reported
            وقالت المصادر إن الصواريخ سقطت داخل القاعدة                                 | outcome    | hit
            Entre deux et quatre roquettes sont tombées à proximité de la piste.       | count      | 2-4 rocket
            Four rockets fell inside the base perimeter.                               | outcome    | hit
            Three rockets landed near the base, sources said, without giving details on damage. | damage | not reported
            One drone was shot down and the other caused minor damage to a hangar.     | outcome    | intercepted 1; hit 1
            Dois drones foram abatidos e os outros atingiram depósitos de munição.     | outcome    | intercepted 2; hit
            Kata'ib Hizballah claimed a drone attack on U.S. forces at Erbil airport.  | responsibility | Kata'ib Hizballah
            """)
    void normalisesClaimValues(String sentence, String aspect, String value) {
        assertThat(claims(sentence.strip())).extracting(claim -> claim.aspect().code() + "=" + claim.value())
                .contains(aspect.strip() + "=" + value.strip());
    }

    @Test
    void aGroupDenyingAnyPartInTheAttackIsAResponsibilityClaimItDenies() {
        assertThat(claims("Las Brigadas de Hezbolá negaron cualquier participación en el ataque."))
                .filteredOn(claim -> claim.aspect() == Aspect.RESPONSIBILITY).singleElement()
                .satisfies(claim -> {
                    assertThat(claim.value()).isEqualTo("Brigadas de Hezbolá");
                    assertThat(claim.stance()).isEqualTo(Stance.DENIES);
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Pentagon press secretary Pat Ryder said the drone struck the base.          | Pentagon press secretary Pat Ryder | said
            Rockets hit the base, according to local sources.                          | local sources | according to
            Iranian state IRNA said the base came under attack.                        | Iranian state IRNA | said
            Trois roquettes ont visé la base, selon des sources locales.               | sources locales | selon
            La base fue atacada, según el Observatorio Sirio.                           | Observatorio Sirio | según
            Pangkalan diserang roket, menurut Observatorium Suriah.                    | Observatorium Suriah | menurut
            Roket ketiga menghantam area pangkalan, kata sumber lokal.                 | sumber lokal | kata
            Los cohetes fueron disparados desde las afueras, añadió el Observatorio.   | Observatorio | añadió
            Rockets hit the base overnight, said Pat Ryder.                            | Pat Ryder | said
            База подверглась атаке трех беспилотников, сообщил телеканал Al Mayadeen.  | телеканал Al Mayadeen | сообщил
            По данным телеканала, два беспилотника были сбиты.                         | телеканала | По данным
            Аэропорт подвергся атаке беспилотника, заявили в Пентагоне.                | Пентагоне | заявили
            Ein Sprecher des US-Militärs sagte, es habe keine Verletzten gegeben.      | Sprecher des US-Militärs | sagte
            Nach Angaben des US-Verteidigungsministeriums wurden alle Drohnen abgefangen. | US-Verteidigungsministeriums | Nach Angaben
            Bei dem Angriff sind nach Angaben der Beobachtungsstelle sechs Kämpfer getötet worden. | Beobachtungsstelle | nach Angaben
            به گزارش خبرگزاری تسنیم، پایگاه عین الاسد هدف قرار گرفت.                   | خبرگزاری تسنیم | به گزارش
            یک منبع امنیتی عراقی گفت که به پایگاه خسارت وارد شد.                       | یک منبع امنیتی عراقی | گفت
            مسؤول أمريكي قال إنه لم تقع إصابات                                          | مسؤول أمريكي | قال
            وقال مسؤول أمريكي إنه لم تقع إصابات في صفوف القوات                          | مسؤول أمريكي | وقال
            A drone targeted the base late on Tuesday, the region's Counter-Terrorism Directorate (CTD) said in a statement. | Counter-Terrorism Directorate | said
            "There were no casualties or damages," the statement read.                 | statement | read
            وقال المصدر لوكالة شفق نيوز إن الدفاعات الجوية أسقطت الطائرة المسيرة         | المصدر | وقال
            « Six roquettes ont visé la base », a précisé ce responsable sous couvert d'anonymat, ajoutant que les dégâts étaient en cours d'évaluation. | ce responsable | a précisé
            Des roquettes ont visé une base de la coalition, a indiqué un responsable militaire américain. | responsable militaire américain | a indiqué
            UN officials said the camp near the base was hit.                          | UN officials | said
            Um porta-voz do Pentágono não confirmou o ataque.                          | porta-voz do Pentágono | confirmou
            Secondo il Pentagono, due droni hanno attaccato la base.                   | Pentagono | Secondo il
            Milicias lanzaron misiles contra la base, según ha informado el Comando Central de Estados Unidos (CENTCOM). | Comando Central de Estados Unidos | según
            ABD Merkez Kuvvetler Komutanlığı (CENTCOM) yaptığı açıklamada, füzelerin çoğunun düşürüldüğünü bildirdi. | ABD Merkez Kuvvetler Komutanlığı | açıklamada
            Il Pentagono ha riferito che la base è stata colpita da razzi.             | Pentagono | ha riferito
            Secondo fonti locali citate dall'Osservatorio, l'esplosione ha causato danni. | fonti locali | Secondo
            Lo ha riferito il Pentagono, precisando che uno dei droni è stato abbattuto. | Pentagono | ha riferito
            وأضافت سنتكوم في بيان أن الدفاعات الجوية اعترضت معظم الصواريخ               | سنتكوم | وأضافت
            فرماندهی مرکزی آمریکا (سنتکام) اعلام کرد که بیشتر موشک‌ها رهگیری شدند.       | فرماندهی مرکزی آمریکا | اعلام کرد
            Pangkalan itu diserang rudal pada Sabtu malam, kata Komando Pusat AS (CENTCOM). | Komando Pusat AS | kata
            """)
    void findsTheSpeakerAndTheCue(String sentence, String speaker, String cue) {
        var attribution = ClaimFinder.attribution(sentence.strip());
        assertThat(attribution).isNotNull();
        assertThat(attribution.speaker()).isEqualTo(speaker.strip());
        assertThat(attribution.cue()).isEqualToIgnoringCase(cue.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Explosions were also reported in the Golan Heights.
            Two drones were later reported downed near the base.
            No group immediately claimed responsibility for the attack.
            """)
    void aPassiveReportOrANegatedSubjectHasNoSpeakerBeforeItsVerb(String sentence) {
        assertThat(ClaimFinder.attribution(sentence.strip())).isNull();
    }

    @Test
    void blastingSomeoneIsCriticismNotAnAttack() {
        assertThat(claims("Tehran blasted Israeli actions in Gaza, blasting Washington for its support."))
                .extracting(ExtractedClaim::aspect).doesNotContain(Aspect.OCCURRENCE);
        assertThat(claims("Two blasts shook the base overnight.")).extracting(ExtractedClaim::aspect)
                .contains(Aspect.OCCURRENCE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Das teilten irakische Sicherheitskreise mit.                  | irakische Sicherheitskreise | teilten
            Об этом сообщили в Пентагоне.                                 | Пентагоне                  | сообщили
            C'est ce qu'a indiqué un responsable militaire américain.     | responsable militaire américain | a indiqué
            Lo ha riferito il Pentagono, precisando che un drone è stato abbattuto. | Pentagono | ha riferito
            Así lo informó una fuente de seguridad iraquí.                | fuente de seguridad iraquí | informó
            This was reported by Iraqi security sources.                  | Iraqi security sources      | was reported by
            """)
    void aSentenceThatOnlyNamesWhoToldTheOneBefore(String sentence, String speaker, String cue) {
        var attribution = ClaimFinder.attributionOfPrevious(sentence.strip());
        assertThat(attribution).isNotNull();
        assertThat(attribution.speaker()).isEqualTo(speaker.strip());
        assertThat(attribution.cue()).isEqualTo(cue.strip());
        assertThat(ClaimFinder.attributionOfPrevious("Das Pentagon teilte mit, dass zwei Drohnen abgefangen wurden."))
                .isNull();
    }

    @Test
    void aSpeakerTellingOfItsOwnAttackClaimsIt() {
        assertThat(claims("In a statement, the Resistance said its fighters targeted the US base at al-Shaddadi."))
                .filteredOn(claim -> claim.aspect() == Aspect.RESPONSIBILITY).extracting(ExtractedClaim::value)
                .containsExactly("Resistance");
        assertThat(claims("The Pentagon said its air defences intercepted two drones over the base."))
                .extracting(ExtractedClaim::aspect).doesNotContain(Aspect.RESPONSIBILITY);
        assertThat(claims("Its fighters targeted the base with drones.")).extracting(ExtractedClaim::aspect)
                .doesNotContain(Aspect.RESPONSIBILITY);
    }

    @Test
    void aDenialDeniesTheOccurrence() {
        assertThat(claims("A U.S. official denied that any drone struck the base."))
                .filteredOn(claim -> claim.aspect() == Aspect.OCCURRENCE)
                .singleElement().extracting(ExtractedClaim::stance).isEqualTo(Stance.DENIES);
    }

    @Test
    void aDenialOfDamageLeavesTheAttackAsserted() {
        assertThat(claims("The coalition denied any damage from the rocket attack."))
                .extracting(claim -> claim.aspect().code() + "=" + claim.value() + " " + claim.stance().code())
                .contains("occurrence=attack asserts", "damage=none denies");
    }

    @Test
    void nobodyClaimingResponsibilityIsNoClaimOfResponsibility() {
        assertThat(claims("No group has yet claimed responsibility for the attack.")).extracting(ExtractedClaim::aspect)
                .doesNotContain(Aspect.RESPONSIBILITY);
        assertThat(claims("Sejauh ini belum ada kelompok yang mengaku bertanggung jawab atas serangan tersebut."))
                .extracting(ExtractedClaim::aspect).doesNotContain(Aspect.RESPONSIBILITY);
    }

    @Test
    void anArabicAffirmationThatIsNoConfirmation() {
        assertThat(claims("وأكدت المقاومة أن المسيرتين أصابتا أهدافهما بشكل مباشر.")).extracting(ExtractedClaim::aspect)
                .doesNotContain(Aspect.CONFIRMATION).contains(Aspect.OUTCOME);
        assertThat(claims("أكدت وزارة الدفاع الأمريكية الهجوم على القاعدة.")).extracting(ExtractedClaim::aspect)
                .contains(Aspect.CONFIRMATION);
    }
}
