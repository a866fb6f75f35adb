package org.crosscheck.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The words and sentence patterns the synthetic corpus is written with, one book per language. Patterns use
 * {@code {name}} placeholders that {@link CorpusGenerator} fills in; every language has the same placeholders so
 * one article plan can be written in any of them.
 */
record Phrasebook(
        String language,
        List<String> months,
        List<String> weekdays,
        List<String> outlets,
        List<String> cities,
        List<String> weapons,
        List<String> speakers,
        List<String> leads,
        List<String> interceptions,
        List<String> damageClaims,
        List<String> noDamage,
        List<String> damageUnknown,
        List<String> casualties,
        List<String> denials,
        List<String> earlierAttacks,
        List<String> background) {

    String month(Month month) {
        return months.get(month.getValue() - 1);
    }

    String weekday(DayOfWeek day) {
        return weekdays.get(day.getValue() - 1);
    }

    /** A date written the way this language's press writes it in running text. */
    String longDate(LocalDate date) {
        return switch (language) {
            case "en" -> month(date.getMonth()) + " " + date.getDayOfMonth() + ", " + date.getYear();
            case "ar" -> date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
            case "fr" -> date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
            case "es", "pt" -> date.getDayOfMonth() + " de " + month(date.getMonth()) + " de " + date.getYear();
            default -> date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
        };
    }

    static final List<Phrasebook> ALL = List.of(english(), arabic(), french(), spanish(), portuguese(), indonesian());

    private static Phrasebook english() {
        return new Phrasebook("en",
                List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"),
                List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                List.of("The Cradle", "Antiwar.com", "Military Times", "Al-Monitor", "Anadolu Agency",
                        "Sputnik International", "Press TV", "Rudaw English", "The National", "Kurdistan24"),
                List.of("Beirut", "Baghdad", "Damascus", "Tehran", "Erbil", "Amman", "Washington"),
                List.of("rockets", "drones", "missiles", "mortar shells", "Katyusha rockets"),
                List.of("the Pentagon", "Pentagon spokesman Pat Ryder", "the Islamic Resistance in Iraq",
                        "local sources", "a Sputnik correspondent", "Al-Mayadeen sources", "a US defense official",
                        "the Syrian Observatory for Human Rights", "residents"),
                List.of("{count} {weapon} struck the US base at {site} on {weekday}, {speaker} said.",
                        "The US base at {site} came under attack by {count} {weapon} late {weekday}, according to {speaker}.",
                        "{speaker} claimed responsibility for an attack with {count} {weapon} on the {site} base on {weekday} morning."),
                List.of("{speaker} said {intercepted} of them were intercepted and {hit} hit the base.",
                        "According to {speaker}, air defenses shot down {intercepted} projectiles while {hit} struck inside the perimeter."),
                List.of("{speaker} said the attack destroyed several buildings at the base.",
                        "Footage shared by {speaker} appeared to show heavy damage to the base's hangars."),
                List.of("{speaker} said there was no damage and no injuries.",
                        "{speaker} denied that the base had suffered any damage."),
                List.of("There was no information on damage.", "{speaker} did not say whether the base was damaged."),
                List.of("{speaker} said {injured} service members suffered minor injuries.",
                        "No casualties were reported, {speaker} said."),
                List.of("{speaker} denied that any attack had taken place at {site}.",
                        "{speaker} has not confirmed the attack."),
                List.of("On {earlierDate}, the same group announced an attack on the US base at {otherSite}.",
                        "The attack follows a strike on {otherSite} on {earlierDate}."),
                List.of("US forces have been attacked more than 150 times in Iraq and Syria since mid-October, in what armed factions describe as a response to Washington's support for Israel.",
                        "The United States keeps about 900 troops in Syria and 2,500 in Iraq as part of the coalition against the Islamic State group.",
                        "Washington has responded to some of the attacks with air strikes on facilities it says are used by the Islamic Revolutionary Guard Corps and affiliated groups.",
                        "Analysts say the attacks are calibrated to avoid mass casualties while keeping pressure on Washington.",
                        "The region around the base is home to oil and gas fields that were seized from the Islamic State group in 2017.",
                        "Officials in Baghdad have repeatedly called for a timetable for the withdrawal of the coalition's troops."));
    }

    private static Phrasebook arabic() {
        return new Phrasebook("ar",
                List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                        "تشرين الأول", "تشرين الثاني", "كانون الأول"),
                List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
                List.of("الميادين", "سانا", "روسيا اليوم", "الجزيرة نت", "العربي الجديد", "عنب بلدي"),
                List.of("بيروت", "دمشق", "بغداد", "دير الزور", "طهران"),
                List.of("صواريخ", "طائرات مسيرة", "قذائف هاون", "صواريخ كاتيوشا"),
                List.of("مصادر محلية", "المقاومة الإسلامية في العراق", "مراسل الميادين", "وزارة الدفاع الأمريكية",
                        "المرصد السوري لحقوق الإنسان", "مصدر أمني"),
                List.of("استهدفت {count} {weapon} القاعدة الأمريكية في {site} يوم {weekday}، بحسب ما قالت {speaker}.",
                        "قالت {speaker} إن {count} {weapon} سقطت على قاعدة {site} مساء {weekday}.",
                        "أعلنت {speaker} مسؤوليتها عن هجوم بـ{count} {weapon} على قاعدة {site} صباح {weekday}."),
                List.of("وقالت {speaker} إن الدفاعات الجوية اعترضت {intercepted} منها فيما أصاب {hit} القاعدة.",
                        "وأفادت {speaker} بأن {intercepted} أسقطت و{hit} أصابت الهدف."),
                List.of("وأكدت {speaker} أن الهجوم دمر عدة مبان داخل القاعدة.",
                        "وأظهرت صور نشرتها {speaker} أضرارا كبيرة في القاعدة."),
                List.of("ونفت {speaker} وقوع أي أضرار أو إصابات.", "وقالت {speaker} إنه لم تقع أضرار."),
                List.of("ولم ترد معلومات عن الأضرار.", "ولم توضح {speaker} ما إذا كانت القاعدة قد تضررت."),
                List.of("وقالت {speaker} إن {injured} جنود أصيبوا بجروح طفيفة.", "ولم تسجل إصابات بحسب {speaker}."),
                List.of("ونفت {speaker} وقوع أي هجوم على {site}.", "ولم تؤكد {speaker} الهجوم."),
                List.of("وفي {earlierDate}، أعلنت الجهة نفسها استهداف القاعدة الأمريكية في {otherSite}.",
                        "ويأتي الهجوم بعد استهداف {otherSite} في {earlierDate}."),
                List.of("وتتعرض القوات الأمريكية لهجمات متكررة في العراق وسوريا منذ منتصف تشرين الأول.",
                        "وتنشر الولايات المتحدة نحو 900 جندي في سوريا و2500 في العراق ضمن التحالف الدولي.",
                        "وردت واشنطن على بعض الهجمات بغارات جوية على مواقع تقول إنها تابعة لفصائل مسلحة.",
                        "وتضم المنطقة المحيطة بالقاعدة حقولا للنفط والغاز.",
                        "وطالبت الحكومة العراقية مرارا بجدول زمني لانسحاب قوات التحالف."));
    }

    private static Phrasebook french() {
        return new Phrasebook("fr",
                List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                        "octobre", "novembre", "décembre"),
                List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
                List.of("Le Monde", "RFI", "France 24", "L'Orient-Le Jour", "Le Figaro"),
                List.of("Beyrouth", "Bagdad", "Damas", "Paris", "Erbil"),
                List.of("roquettes", "drones", "missiles", "obus de mortier"),
                List.of("le Pentagone", "la Résistance islamique en Irak", "des sources locales",
                        "un responsable américain", "l'Observatoire syrien des droits de l'homme"),
                List.of("{count} {weapon} ont frappé la base américaine de {site} {weekday}, a déclaré {speaker}.",
                        "La base américaine de {site} a été visée par {count} {weapon} {weekday} soir, selon {speaker}.",
                        "{speaker} a revendiqué une attaque de {count} {weapon} contre la base de {site} {weekday} matin."),
                List.of("Selon {speaker}, {intercepted} ont été interceptés et {hit} ont touché la base.",
                        "{speaker} affirme que la défense aérienne en a abattu {intercepted}, tandis que {hit} ont atteint leur cible."),
                List.of("{speaker} a affirmé que l'attaque avait détruit plusieurs bâtiments.",
                        "Des images diffusées par {speaker} montrent d'importants dégâts."),
                List.of("{speaker} a déclaré qu'il n'y avait eu ni dégâts ni blessés.",
                        "{speaker} a démenti tout dégât sur la base."),
                List.of("Aucune information n'a été donnée sur les dégâts.",
                        "{speaker} n'a pas précisé si la base avait été endommagée."),
                List.of("{speaker} a fait état de {injured} militaires légèrement blessés.",
                        "Aucune victime n'a été signalée, selon {speaker}."),
                List.of("{speaker} a nié toute attaque contre {site}.", "{speaker} n'a pas confirmé l'attaque."),
                List.of("Le {earlierDate}, le même groupe avait annoncé une attaque contre la base de {otherSite}.",
                        "Cette attaque fait suite à une frappe sur {otherSite} le {earlierDate}."),
                List.of("Les forces américaines ont été attaquées plus de 150 fois en Irak et en Syrie depuis la mi-octobre.",
                        "Les États-Unis maintiennent environ 900 soldats en Syrie et 2 500 en Irak au sein de la coalition.",
                        "Washington a répondu à certaines attaques par des frappes aériennes.",
                        "La région abrite des champs pétroliers et gaziers repris au groupe État islamique en 2017.",
                        "Bagdad réclame un calendrier de retrait des troupes de la coalition."));
    }

    private static Phrasebook spanish() {
        return new Phrasebook("es",
                List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                        "octubre", "noviembre", "diciembre"),
                List.of("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
                List.of("EFE", "HispanTV", "El País", "RT en Español", "Europa Press"),
                List.of("Beirut", "Bagdad", "Damasco", "Madrid", "Teherán"),
                List.of("cohetes", "drones", "misiles", "proyectiles de mortero"),
                List.of("el Pentágono", "la Resistencia Islámica en Irak", "fuentes locales",
                        "un funcionario estadounidense", "el Observatorio Sirio de Derechos Humanos"),
                List.of("{count} {weapon} impactaron la base estadounidense de {site} el {weekday}, según {speaker}.",
                        "La base de {site} fue atacada con {count} {weapon} el {weekday} por la noche, informó {speaker}.",
                        "{speaker} reivindicó un ataque con {count} {weapon} contra la base de {site} el {weekday}."),
                List.of("Según {speaker}, {intercepted} fueron interceptados y {hit} alcanzaron la base.",
                        "{speaker} dijo que las defensas derribaron {intercepted} y que {hit} impactaron dentro del recinto."),
                List.of("{speaker} afirmó que el ataque destruyó varios edificios.",
                        "Imágenes difundidas por {speaker} muestran graves daños en la base."),
                List.of("{speaker} aseguró que no hubo daños ni heridos.", "{speaker} negó que la base sufriera daños."),
                List.of("No hubo información sobre daños.", "{speaker} no precisó si la base resultó dañada."),
                List.of("{speaker} informó de {injured} militares con heridas leves.",
                        "No se registraron víctimas, según {speaker}."),
                List.of("{speaker} negó que se hubiera producido un ataque en {site}.",
                        "{speaker} no ha confirmado el ataque."),
                List.of("El {earlierDate}, el mismo grupo anunció un ataque contra la base de {otherSite}.",
                        "El ataque se produce tras otro contra {otherSite} el {earlierDate}."),
                List.of("Las fuerzas estadounidenses han sido atacadas más de 150 veces en Irak y Siria desde mediados de octubre.",
                        "Estados Unidos mantiene unos 900 soldados en Siria y 2.500 en Irak dentro de la coalición.",
                        "Washington ha respondido a algunos ataques con bombardeos aéreos.",
                        "La zona alberga yacimientos de petróleo y gas arrebatados al Estado Islámico en 2017.",
                        "Bagdad ha pedido un calendario para la retirada de las tropas de la coalición."));
    }

    private static Phrasebook portuguese() {
        return new Phrasebook("pt",
                List.of("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                        "outubro", "novembro", "dezembro"),
                List.of("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                        "domingo"),
                List.of("Agência Brasil", "Público", "Sputnik Brasil", "Folha de S.Paulo", "Observador"),
                List.of("Beirute", "Bagdá", "Damasco", "Lisboa", "Teerã"),
                List.of("foguetes", "drones", "mísseis", "granadas de morteiro"),
                List.of("o Pentágono", "a Resistência Islâmica no Iraque", "fontes locais",
                        "um funcionário americano", "o Observatório Sírio de Direitos Humanos"),
                List.of("{count} {weapon} atingiram a base americana de {site} na {weekday}, disse {speaker}.",
                        "A base de {site} foi alvo de {count} {weapon} na noite de {weekday}, segundo {speaker}.",
                        "{speaker} reivindicou um ataque com {count} {weapon} contra a base de {site} na {weekday}."),
                List.of("Segundo {speaker}, {intercepted} foram interceptados e {hit} atingiram a base.",
                        "{speaker} afirmou que a defesa aérea abateu {intercepted} e que {hit} caíram dentro da base."),
                List.of("{speaker} afirmou que o ataque destruiu vários edifícios.",
                        "Imagens divulgadas por {speaker} mostram danos graves na base."),
                List.of("{speaker} disse que não houve danos nem feridos.", "{speaker} negou que a base tenha sofrido danos."),
                List.of("Não houve informação sobre danos.", "{speaker} não disse se a base foi danificada."),
                List.of("{speaker} relatou {injured} militares com ferimentos leves.",
                        "Não houve vítimas, segundo {speaker}."),
                List.of("{speaker} negou que tenha havido um ataque em {site}.", "{speaker} não confirmou o ataque."),
                List.of("Em {earlierDate}, o mesmo grupo anunciou um ataque contra a base de {otherSite}.",
                        "O ataque ocorre após outro contra {otherSite} em {earlierDate}."),
                List.of("As forças americanas foram atacadas mais de 150 vezes no Iraque e na Síria desde meados de outubro.",
                        "Os Estados Unidos mantêm cerca de 900 soldados na Síria e 2.500 no Iraque na coalizão.",
                        "Washington respondeu a alguns ataques com bombardeios aéreos.",
                        "A região abriga campos de petróleo e gás tomados do Estado Islâmico em 2017.",
                        "Bagdá pediu um calendário para a retirada das tropas da coalizão."));
    }

    private static Phrasebook indonesian() {
        return new Phrasebook("id",
                List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                        "Oktober", "November", "Desember"),
                List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
                List.of("TRIBUNNEWS.COM", "Kompas", "Antara", "Republika", "CNN Indonesia"),
                List.of("Jakarta", "Beirut", "Baghdad", "Damaskus", "Teheran"),
                List.of("roket", "drone", "rudal", "mortir"),
                List.of("Pentagon", "Perlawanan Islam di Irak", "sumber lokal", "koresponden Sputnik",
                        "seorang pejabat AS"),
                List.of("Sebanyak {count} {weapon} menghantam pangkalan AS di {site} pada hari {weekday}, kata {speaker}.",
                        "Pangkalan militer AS di {site} diserang {count} {weapon} pada {weekday} malam, menurut {speaker}.",
                        "{speaker} mengklaim serangan {count} {weapon} terhadap pangkalan {site} pada {weekday} pagi."),
                List.of("Menurut {speaker}, {intercepted} berhasil dicegat dan {hit} mengenai pangkalan.",
                        "{speaker} mengatakan pertahanan udara menembak jatuh {intercepted}, sementara {hit} menghantam sasaran."),
                List.of("{speaker} mengatakan serangan itu menghancurkan beberapa bangunan.",
                        "Rekaman yang dibagikan {speaker} memperlihatkan kerusakan parah."),
                List.of("{speaker} mengatakan tidak ada kerusakan maupun korban.",
                        "{speaker} membantah pangkalan itu mengalami kerusakan."),
                List.of("Tidak ada informasi mengenai kerusakan.",
                        "{speaker} tidak menyebut apakah pangkalan itu rusak."),
                List.of("{speaker} menyebut {injured} tentara mengalami luka ringan.",
                        "Tidak ada korban jiwa, kata {speaker}."),
                List.of("{speaker} membantah adanya serangan di {site}.", "{speaker} belum mengonfirmasi serangan itu."),
                List.of("Pada {earlierDate}, kelompok yang sama mengumumkan serangan terhadap pangkalan AS di {otherSite}.",
                        "Serangan ini terjadi setelah serangan ke {otherSite} pada {earlierDate}."),
                List.of("Pasukan AS telah diserang lebih dari 150 kali di Irak dan Suriah sejak pertengahan Oktober.",
                        "Amerika Serikat menempatkan sekitar 900 tentara di Suriah dan 2.500 di Irak dalam koalisi.",
                        "Washington membalas sebagian serangan dengan serangan udara.",
                        "Wilayah di sekitar pangkalan itu memiliki ladang minyak dan gas yang direbut dari ISIS pada 2017.",
                        "Baghdad berulang kali meminta jadwal penarikan pasukan koalisi."));
    }
}
