package org.crosscheck.extract;

/**
 * The cue vocabularies of extraction in English, French, Spanish, Portuguese, Italian, Indonesian, Arabic, Persian,
 * Kurdish (Sorani), Turkish, Russian and German, kept in one place so they can be read and extended together. Russian entries mostly end in {@code *},
 * so that one stem covers the cases and genders of a word.
 */
final class Cues {

    /** Words that make a sentence about an attack. */
    static final Lexicon ATTACK = new Lexicon("attack*", "struck", "strike", "strikes", "airstrike*", "hit", "hits",
            "targeted", "targeting", "targetted", "rocket*", "missile*", "drone*", "explosion*", "blast", "blasts", "shell*",
            "bombard*", "mortar*", "salvo*", "rained down", "rocked", "came under fire", "intercepted", "downed",
            "attaque*", "attaqu*", "frappe*", "frappé*", "visé*", "vise", "visee", "roquette*", "obus", "tir*",
            "ataque*", "atacad*", "atacaron", "atacaram", "cohete*", "misil*", "dron", "drones", "explosión*",
            "explosion*", "bombarde*", "foguete*", "míssil", "misseis", "mísseis", "explosão", "explosões",
            "serang*", "diserang", "menyerang", "roket", "rudal", "pesawat nirawak", "ledakan", "hantam*",
            "هجوم*", "الهجوم*", "استهداف", "استهدف*", "قصف*", "صاروخ*", "صواريخ", "مسير*", "طائرات مسيره",
            "انفجار*", "قذائف", "هجمات", "بهجوم", "استهدفت",
            "атак*", "атаков*", "удар", "удара", "удары", "ударов", "ударил*", "обстрел*", "нападени*", "ракет*",
            "беспилотник*", "дрон*", "бпла", "взрыв*", "миномет*", "снаряд*", "angriff*", "angegriffen", "attackiert",
            "beschuss", "beschossen", "drohne*", "rakete*", "luftangriff*", "explosion*", "mörser*", "granate*",
            "einschlag*",
            "حمله", "حملات", "پهپاد*", "موشک*", "راکت*", "خمپاره*",
            "saldırı*", "saldırd*", "hedef al*", "füze*", "iha", "ihalar*", "insansız hava aracı", "patlama*", "havan", "havan topu", "vuruld*",
            "attacco", "attacchi", "attaccat*", "colpit*", "razzi", "razzo", "missili", "droni", "esplosion*",
            "bombardament*", "preso di mira", "presa di mira", "presi di mira", "mortai", "mortaio",
            "هێرش*", "درۆن*", "مووشەک*", "ڕۆکێت*", "ڕۆکیت*", "تەقینەوە*", "بۆمبڕێژ*", "کرایە ئامانج");

    /** Attacks carried out by the US side or others on third parties, not on the bases. */
    static final Lexicon COUNTER_STRIKE = new Lexicon("us aircraft", "us raids", "us strikes", "us airstrikes",
            "us forces struck", "us forces carried out", "us military carried out", "us and uk launched",
            "american aircraft", "american strikes", "retaliat*", "israeli air force", "israeli strikes",
            "israeli strike", "us warplanes", "coalition aircraft", "coalition strikes", "us had struck",
            "had struck two", "us attack", "american attack", "airstrikes against iraq", "frappes americaines",
            "ataques estadounidenses", "bombardeios americanos",
            "serangan balasan", "غارات امريكيه", "الطيران الامريكي",
            "удары сша", "американская авиация", "американские удары", "ответн*", "us-luftangriffe", "vergeltung*",
            "amerikanische luftangriffe",
            "حملات هوایی امریکا", "حمله امریکا", "raid statunitensi", "raid americani", "attacchi americani",
            "attacchi statunitensi", "rappresagli*");

    /** Words that make a statement hypothetical or about drills, not about an attack that happened. */
    static final Lexicon HYPOTHETICAL = new Lexicon("potential", "could be", "would be", "bracing", "drills",
            "exercises", "training for", "threaten*", "warned", "ready to", "if washington",
            "legitimate military targets",
            "menace*", "amenaz*", "ameaç*", "mengancam", "تهدد", "تهديد",
            "угрож*", "пригрози*", "учения", "учений", "drohte*", "droht", "drohen", "übung*", "manöver*",
            "تهدید*",
            "tehdit*", "minacc*", "esercitazion*");

    /** Cues right before a site naming it as the attacked place. */
    static final Lexicon TARGET_LEFT = new Lexicon("attack on", "attacks on", "attack against", "attacks against",
            "attacked", "targeted", "targeting", "target", "struck", "hit", "hits", "strike on", "strikes on",
            "strike against", "base at", "base in", "bases in", "base on", "bases at", "outpost at", "explosions at",
            "explosions inside", "explosions in", "rocked", "shelled", "bombed", "fired at", "fired on", "atop",
            "inside", "against", "rained down on", "attacks against", "military's", "forces at", "troops at",
            "stationed at", "attaque contre", "attaques contre", "contre", "visant", "vise", "frappe", "base de",
            "base d", "ataque contra", "ataques contra", "contra", "atacaron", "atacaram", "atingiu", "ataque a",
            "ataque à", "terhadap", "menyerang", "menghantam", "pangkalan", "serangan ke", "استهداف", "استهدف",
            "استهدفت", "قصف", "هجوم على", "هجوما على", "قاعده", "على",
            "атака на", "атаку на", "атаки на", "нападение на", "удар по", "удары по", "обстрел", "обстреляли",
            "атаковали", "атаковал", "база", "базу", "базе", "базы", "по базе", "на базу", "против", "angriff auf",
            "angriffe auf", "drohnenangriff auf", "raketenangriff auf", "luftangriff auf", "anschlag auf", "stützpunkt",
            "luftwaffenstützpunkt", "militärstützpunkt", "basis", "luftwaffenbasis", "militärbasis", "gegen", "auf den",
            "auf die", "авиабаза", "авиабазу", "авиабазе", "авиабазы",
            "به پایگاه", "پایگاه", "علیه", "حمله به",
            "üssüne", "üssünü", "üssüne yönelik", "saldırısı", "hedef aldı",
            "attacco contro", "attacchi contro", "attacco alla", "attacco al", "contro la", "contro il", "base di",
            "base aerea di", "alla base", "hanno colpito", "ha colpito", "hanno attaccato", "ha attaccato",
            "سەر بنکەی", "بۆ سەر", "کردە سەر", "بنکەی", "سەر");

    /** Cues right after a site naming it as the attacked place ("Ain al-Asad was targeted"). */
    static final Lexicon TARGET_RIGHT = new Lexicon("was targeted", "were targeted", "had been targeted",
            "has been targeted", "was hit", "were hit", "was struck", "were struck", "was attacked", "were attacked",
            "came under", "has come under", "had come under", "was rocked", "was reportedly targeted",
            "a ete visee", "a ete vise", "a ete attaquee", "a ete frappee", "fue atacada", "fue atacado",
            "fue blanco", "foi atacada", "foi atacado", "foi alvo", "diserang", "dihantam", "تعرضت", "تعرض",
            "подверглась", "подвергся", "подверглись", "была атакована", "был атакован", "атакована", "атакован",
            "wurde angegriffen", "wurde beschossen", "wurde getroffen", "ist angegriffen", "ist beschossen",
            "را هدف قرار", "مورد حمله قرار گرفت", "هدف قرار گرفت", "مورد هدف قرار گرفت",
            "üssü", "üssüne", "üssünde", "hedef alındı", "saldırıya uğradı",
            "e stata attaccata", "e stata colpita", "e stata presa di mira", "e stato attaccato", "e stato colpito");

    /** Cues naming a place as the launch point. */
    static final Lexicon LAUNCH = new Lexicon("launched from", "fired from", "from the direction of", "lance depuis",
            "lances depuis", "tires depuis", "tire depuis", "lanzado desde", "lanzados desde", "disparado desde",
            "disparados desde", "lancado de", "lancados de", "disparados de", "diluncurkan dari", "ditembakkan dari",
            "من اتجاه", "انطلقت من", "اطلقت من",
            "запущены с", "запущен с", "выпущены с", "выпущен с", "abgefeuert von", "gestartet von", "lanciati da",
            "lanciato da", "sparati da");

    /** Cues naming a place where a convoy was seen. */
    static final Lexicon CONVOY = new Lexicon("convoy*", "convoi*", "comboio*", "konvoi", "رتل", "قافله",
            "колонн*", "конво*", "konvoi*");

    /** Cues right before a place used as a locator ("near", "outskirts of", "province of"). */
    static final Lexicon LOCATOR_LEFT = new Lexicon("near", "outskirts of", "vicinity of", "countryside of",
            "north of", "south of", "east of", "west of", "northeast of", "northwest of", "southeast of",
            "southwest of", "close to", "province of", "governorate of", "pres de", "pres d", "a proximite de",
            "aux abords de", "cerca de", "proximo a", "proxima a", "perto de", "proximo de", "arredores de", "dekat",
            "di sekitar", "sekitar", "قرب", "بالقرب من", "ريف", "شمال", "جنوب", "شرق", "غرب", "محيط",
            "близ", "вблизи", "недалеко от", "возле", "рядом с", "в районе", "провинции", "провинция", "к северу от",
            "к югу от", "к востоку от", "к западу от", "nahe", "in der nähe von", "bei", "nördlich von", "südlich von",
            "östlich von", "westlich von", "provinz",
            "نزدیک", "در نزدیکی", "حومه", "استان", "vicino a", "nei pressi di", "alla periferia di",
            "provincia di", "نزیک", "لە نزیک", "پارێزگای");

    /** Words right after a place that make it a region ("Deir ez-Zor province"). */
    static final Lexicon LOCATOR_RIGHT = new Lexicon("province", "governorate", "countryside", "region",
            "province's", "provincia", "province de", "gouvernorat", "governorado", "provinsi",
            "provinz");

    /** Attribution verbs that follow their speaker ("X said"). */
    static final Lexicon SAY = new Lexicon("said", "says", "reported", "confirmed",
            "claimed", "denied", "denies", "announced", "announces", "stated", "added", "told",
            "indicated", "revealed", "cited", "declared", "noted", "wrote", "tweeted", "affirmed", "read",
            "a declare", "a affirme", "a annonce", "a dementi", "a confirme", "a rapporte", "a indique", "a revendique",
            "affirme", "declare", "dijo", "afirmo", "informo", "confirmo", "nego", "aseguro", "reporto", "anuncio",
            "senalo", "indico", "disse", "afirmou", "informou", "confirmou", "negou", "relatou", "anunciou",
            "declarou", "mengatakan", "menyatakan", "melaporkan", "mengonfirmasi", "membantah", "mengklaim",
            "kata", "ujar", "menurut",
            "сообщил*", "сообщает", "сообщают", "заявил*", "заявляет", "заявляют", "подтвердил*", "опроверг*",
            "передает", "пишет", "отметил*", "добавил*", "уточнил*", "утверждает", "утверждают", "рассказал*", "sagte",
            "sagten", "sagt", "erklärte*", "berichtete*", "meldete*", "bestätigte*", "teilte mit", "teilten mit",
            "dementierte*", "behauptete*",
            "گفت", "اعلام کرد", "گزارش داد", "افزود", "تایید کرد", "مدعی شد",
            "açıkladı", "bildirdi", "belirtti", "aktardı", "iddia etti", "doğruladı", "yalanladı", "göre",
            "ha detto", "hanno detto", "ha dichiarato", "ha riferito", "hanno riferito", "ha affermato", "ha annunciato",
            "ha confermato", "ha smentito", "ha reso noto", "ha precisato", "riferisce", "riferiscono",
            "ڕایگەیاند", "گوتی", "وتی", "ڕاشیگەیاند", "ئاشکرایکرد");

    /** Arabic attribution verbs that come before their speaker ("قالت وكالة سانا"). */
    static final Lexicon SAY_ARABIC = new Lexicon("قال", "قالت", "افاد", "افادت", "اكد", "اكدت", "نفى", "نفت",
            "اضاف", "اضافت", "اوضح", "اوضحت", "صرح", "صرحت", "كشف", "كشفت",
            "اعلن", "اعلنت", "ذكر", "ذكرت", "زعم", "زعمت", "ادعى", "ادعت", "اشار", "اشارت", "نقلت", "نقل", "تبنت",
            "تبنى");

    /** "According to X" in the languages extraction reads. */
    static final Lexicon ACCORDING_TO = new Lexicon("according to", "according", "reported by", "reported on by",
            "cited by", "quoted by", "selon", "d'apres", "segun",
            "de acuerdo con", "segundo", "conforme", "de acordo com", "menurut", "وفقا ل", "وفقا لـ", "بحسب", "حسب",
            "نقلا عن",
            "по данным", "по словам", "по информации", "по сведениям", "как сообщает", "как сообщили", "согласно",
            "со ссылкой на", "nach angaben", "laut", "secondo il", "secondo la", "secondo le", "secondo i",
            "secondo l", "secondo fonti", "secondo quanto riferito da", "stando a", "بەپێی", "بە گوتەی",
            "به گزارش", "به نقل از", "طبق گزارش", "بنا بر گزارش");

    /** Cues of denial. */
    static final Lexicon DENY = new Lexicon("denied", "denies", "deny", "dismissed", "a dementi", "dementi",
            "nie", "nego", "negó", "niega", "negaron", "negou", "negaram", "nega", "membantah", "نفى", "نفت", "ينفي",
            "опроверг*", "отрица*", "dementier*", "bestritt*", "bestreit*",
            "تکذیب کرد", "رد کرد",
            "yalanladı", "reddetti", "ha smentito", "smentito", "ha negato", "negato", "ڕەتیکردەوە");

    /** Words of statistics and background: such a sentence names no particular attack. */
    static final Lexicon GENERIC = new Lexicon("times since", "number of attacks", "iraq and syria", "syria and iraq",
            "us bases", "u.s. bases", "american bases", "bases in the region", "spate of", "wave of",
            "series of attacks", "regime change", "dozens of attacks", "more than 100",
            "since the start", "depuis le debut", "desde el inicio", "desde o inicio", "sejak awal", "منذ بدايه",
            "first time", "premiere fois", "primera vez", "primeira vez", "pertama kali", "billion", "percent",
            "cease these attacks", "cease", "will continue", "bases americaines", "bases estadounidenses",
            "bases americanas", "pangkalan-pangkalan",
            "القواعد الامريكيه",
            "американские базы", "американских баз", "us-stützpunkte", "amerikanische stützpunkte", "впервые",
            "erstmals", "zum ersten mal", "irak und syrien", "irak und in syrien", "syrien und im irak",
            "irak et en syrie", "irak et la syrie", "syrie et en irak", "irak y siria", "siria e irak", "iraque e siria",
            "irak dan suriah", "العراق وسوريا", "العراق وسوريه", "ираке и сирии", "сирии и ираке", "ирак и сирию",
            "mehr als 100", "plus de 100", "mas de 100", "mais de 100", "seit mitte oktober", "since mid-october",
            "depuis la mi-octobre", "desde mediados de octubre", "iraq e siria", "siria e iraq", "basi americane",
            "basi statunitensi", "per la prima volta", "dall'inizio", "piu di 100", "repeatedly", "frequent",
            "frequently", "regularly", "a plusieurs reprises", "regulierement", "repetidamente", "varias veces",
            "wiederholt", "неоднократно", "مرارا", "بشكل متكرر", "ripetutamente");

    /** Cues that something is not (yet) confirmed. */
    static final Lexicon NOT_CONFIRMED = new Lexicon("has not confirmed", "have not confirmed", "had not confirmed",
            "not confirmed", "yet to confirm", "unconfirmed", "no confirmation", "did not confirm",
            "not been confirmed",
            "could not confirm", "could not be confirmed", "n'a pas confirme", "non confirme", "pas confirme",
            "no ha confirmado", "no confirmo", "sin confirmar", "nao confirmou", "nao foi confirmado",
            "sem confirmacao", "belum mengonfirmasi", "belum dikonfirmasi", "tidak mengonfirmasi", "لم يؤكد",
            "لم تؤكد", "لم يتم التاكد", "دون تاكيد",
            "не подтвердил*", "не подтверждена", "не подтвержден*", "nicht bestätigt", "bestätigte nicht",
            "unbestätigt*",
            "تایید نکرد", "تایید نشده",
            "doğrulanmadı", "teyit edilmedi", "non ha confermato", "non confermat*", "non e stato confermato",
            "senza conferma");

    /** Cues that something is confirmed. */
    static final Lexicon CONFIRMED = new Lexicon("confirmed", "confirms", "confirm", "a confirme", "confirme",
            "confirmo", "confirmou", "mengonfirmasi", "membenarkan", "اكد", "اكدت",
            "подтвердил*", "bestätigte*", "ha confermato", "confermato", "conferma");

    /** Claims of responsibility. */
    static final Lexicon RESPONSIBILITY = new Lexicon("claimed responsibility", "claims responsibility",
            "claiming responsibility", "claimed by", "claimed the attack", "claimed the attacks", "took responsibility",
            "claimed an attack", "claimed a drone attack", "claimed a rocket attack", "claimed a missile attack",
            "claimed drone attacks", "claimed rocket attacks",
            "a revendique", "revendique", "revendiquee", "reivindico", "reivindicó", "se atribuyo",
            "se ha atribuido", "se atribuyeron", "ha reivindicado",
            "reivindicou", "assumiu a responsabilidade", "mengklaim bertanggung jawab", "bertanggung jawab",
            "تبنت", "تبنى", "اعلنت مسؤوليتها", "اعلن مسؤوليته", "مسؤوليتها", "مسؤوليته",
            "взял на себя ответственность", "взяла на себя ответственность", "взяло на себя ответственность",
            "взяли на себя ответственность", "взяло на себя", "взяла на себя", "взяли на себя", "взял на себя",
            "bekannte sich", "bekannten sich", "involvement in the attack", "participation in the attack",
            "participacion en el ataque", "participation a l'attaque", "implication dans l'attaque",
            "participacao no ataque", "übernahm die verantwortung", "reklamierte*",
            "مسئولیت",
            "üstlendi", "üstlenildi", "rivendicat*", "ha rivendicato", "hanno rivendicato", "rivendicazione",
            "بەرپرسیارێتی*");

    /**
     * A speaker telling of its own attack ("the group said its fighters targeted the base", "announced that it had
     * targeted"): a claim of responsibility without the word.
     */
    static final Lexicon SELF_CLAIM = new Lexicon("its fighters", "its mujahideen", "our fighters", "our mujahideen",
            "it targeted", "it had targeted", "it has targeted", "it also targeted", "it attacked", "it had attacked",
            "it struck", "it had struck", "ses combattants", "sus combatientes", "seus combatentes", "i suoi combattenti",
            "seine kampfer", "ее бойцы", "его бойцы", "مجاهدي المقاومه", "مجاهدو المقاومه", "مجاهدينا", "مقاتليها");

    /** Interception. */
    static final Lexicon INTERCEPTED = new Lexicon("intercepted", "intercept", "downed", "shot down", "repelled",
            "thwarted", "foiled", "intercepte*", "abattu*", "interceptado*", "derribado*", "derribaron",
            "abatido*", "abateu", "dicegat", "ditembak jatuh", "اعتراض", "اسقاط", "اسقطت", "تصدت", "اعترضت", "اعترض",
            "сбит*", "сбил*", "перехвач*", "перехвачен*", "abgefangen", "abgeschossen", "fingen ab", "fing ab",
            "abzufangen",
            "رهگیری", "رهگیری شد", "سرنگون",
            "düşürüld*", "düşürdü*", "önlendi", "engellendi", "imha edildi", "intercettat*", "abbattut*",
            "خرایە خوارەوە", "خرانە خوارەوە", "تێکشکێنرا", "تێکشکێنران", "ڕێگری لێکرا");

    /** Hit, successful. */
    static final Lexicon HIT = new Lexicon("hit", "hits", "hitting", "direct hits", "direct hit", "successful", "successfully",
            "managed to target", "to no avail", "struck", "impacted", "touche*", "atteint", "impacto*", "impactaron",
            "atingi*", "alcanzado", "alcanzaron", "fell inside", "landed inside", "crashed into", "se estrello contra",
            "s'est ecrase sur", "caiu sobre", "tombees a l'interieur",
            "tombee a l'interieur", "se estrello", "se estrellaron", "cayeron dentro", "cairam dentro",
            "jatuh di dalam", "سقطت داخل", "سقط داخل", "menghantam", "tepat sasaran", "اصابه مباشره",
            "اصابات مباشره", "اصابت", "اصابتا", "بشكل مباشر",
            "попал*", "поразил*", "поражен*", "прямое попадание", "schlug ein", "schlugen", "eingeschlagen",
            "getroffen", "traf*",
            "اصابت کرد",
            "isabet*", "içine düş*", "içerisine düş*", "ha colpito", "hanno colpito", "caduto all'interno",
            "caduti all'interno", "si e schiantato", "andato a segno", "andati a segno", "پێکا", "پێکرا");

    /** Failed attempts. */
    static final Lexicon FAILED = new Lexicon("failed", "unsuccessful", "missed", "echoue", "fallido*",
            "fracassad*", "gagal", "فشل",
            "неудачн*", "scheiterte*", "gescheitert", "fallit*");

    static final Lexicon DESTROYED = new Lexicon("destroyed", "destroy", "detruit*", "destruy*", "destruid*",
            "hancur*", "menghancurkan", "دمر", "تدمير",
            "уничтожен*", "разрушен*", "zerstört*",
            "نابود", "ویران", "distrutt*");
    static final Lexicon DAMAGE = new Lexicon("damage*", "degats", "dommages", "danos", "danos materiais",
            "daños", "dano", "kerusakan", "اضرار", "خسائر",
            "ущерб*", "повреждени*", "поврежден*", "schaden", "schäden", "sachschaden*", "beschädigt*",
            "خسارت*",
            "hasar*", "danni", "danno", "danneggiat*", "زیان*");
    static final Lexicon NO_DAMAGE = new Lexicon("no damage", "without damage", "caused no damage",
            "without causing damage", "no damage was", "aucun degat", "sans degats", "sans causer de degats",
            "sin danos", "sin causar danos", "no causo danos", "sem danos", "sem causar danos", "tidak ada kerusakan",
            "tanpa menimbulkan kerusakan", "tanpa kerusakan",
            "دون اضرار", "لا اضرار",
            "без ущерба", "ущерба нет", "не причинив ущерба", "keine schäden", "keinen schaden", "ohne schaden",
            "ohne schäden",
            "بدون خسارت", "خسارتی وارد نشد",
            "hasar oluşmadı", "hasar meydana gelmedi", "senza causare danni", "senza danni", "nessun danno",
            "non ha causato danni", "هیچ زیانێکی ماددی", "بێ زیان", "هیچ زیانێک");
    static final Lexicon DAMAGE_UNKNOWN = new Lexicon("no information", "without information", "no details",
            "extent of the damage", "extent of the losses", "not known", "unknown", "unclear", "not clear",
            "without details", "gave no details", "sans details", "sans donner de details",
            "sin detalles", "sin dar detalles", "sem detalhes", "sem dar detalhes", "tanpa rincian",
            "belum ada rincian", "دون تفاصيل", "تتوفر معلومات", "حجم الاضرار", "حجم الخسائر", "pas d'information",
            "aucune information", "sin informacion", "se desconoce", "sem informacao", "sem informacoes",
            "belum diketahui", "tidak diketahui", "belum ada informasi", "tidak ada informasi", "pas connu*",
            "n'etaient pas connu*", "inconnu*", "desconocido*", "desconhecido*", "لا معلومات", "دون معلومات",
            "لم ترد معلومات", "غير معروف",
            "нет информации", "не сообщается", "неизвестн*", "keine angaben", "unklar", "unbekannt",
            "جزئیاتی منتشر نشده", "assessments are ongoing", "assessment is ongoing", "being assessed",
            "still being assessed", "evaluation en cours", "en cours d'evaluation", "se esta evaluando",
            "em avaliacao", "wird noch gepruft", "оценивается", "non sono noti", "non e chiaro",
            "senza fornire dettagli", "in corso di valutazione");
    static final Lexicon NO_CASUALTIES = new Lexicon("no casualties", "no injuries", "no one was hurt",
            "no troops have been injured", "no injuries were reported", "no one was injured",
            "aucune victime", "sans victimes", "sin victimas", "sin heridos", "sem vitimas", "sem feridos",
            "tidak ada korban", "دون اصابات", "لا اصابات", "لم تسجل اصابات", "sans faire de victimes",
            "sans faire de victime", "sin causar victimas", "sem causar vitimas", "no victims", "without casualties",
            "caused no casualties", "دون وقوع اصابات", "دون ضحايا",
            "без пострадавших", "пострадавших нет", "жертв нет", "без жертв", "никто не пострадал", "keine verletzten",
            "keine opfer", "niemand wurde verletzt", "niemand verletzt",
            "بدون تلفات", "تلفاتی نداشت", "تلفاتی در پی نداشت",
            "yaralanan olmadı", "can kaybı ya da yaralanma yaşanmadı", "senza vittime", "nessuna vittima",
            "nessun ferito", "senza causare vittime", "non ci sono feriti", "non ci sono state vittime",
            "هیچ زیانێکی گیانی", "زیانی گیانی نییە", "بێ قوربانی", "هیچ قوربانییەک");
    /** No one killed, nothing said of the wounded ("tidak ada korban jiwa" is no loss of life). */
    static final Lexicon NO_DEATHS = new Lexicon("no deaths", "no fatalities", "no one was killed", "nobody was killed",
            "korban jiwa", "sans faire de morts", "aucun mort", "sin muertos", "no hubo muertos", "sem mortos",
            "nao houve mortos", "لا قتلى", "دون قتلى",
            "погибших нет", "keine toten",
            "کشته ای نداشت",
            "can kaybı yaşanmadı", "ölen olmadı", "nessun morto");
    static final Lexicon KILLED = new Lexicon("killed", "killing", "dead", "deaths", "tues", "tue", "morts", "muertos",
            "mortos", "tewas", "meninggal", "قتلى", "قتيل", "مقتل", "قتلوا", "لقوا حتفهم",
            "погиб*", "гибел*", "убит*", "getötet", "tote", "toten", "ums leben",
            "کشته", "کشته شدند", "جان باختند",
            "öldürüldü", "hayatını kaybetti", "hayatını kaybetmişti", "uccis*", "morti", "morto", "morta", "کوژرا", "کوژران",
            "گیانیان لەدەستدا");
    static final Lexicon INJURED = new Lexicon("injured", "injuring", "wounded", "wounding", "injuries", "hurt",
            "brain injuries", "blesse*", "blessures", "heridos", "heridas", "feridos", "ferimentos", "luka", "terluka",
            "cedera",
            "جرحى", "اصابات", "مصابين",
            "ранен*", "ранени*", "пострадал*", "пострадавш*", "травм*", "verletzt", "verletzte", "verletzten", "verwundet*",
            "زخمی", "مجروح",
            "yaralandı", "yaralı", "yaralanan", "feriti", "ferito", "ferita", "ferite", "ferimenti", "بریندار*");

    /** Weapon nouns and their normal names. */
    static final String[][] WEAPONS = {
            {"rocket", "rocket", "rockets", "roquette", "roquettes", "cohete", "cohetes", "foguete", "foguetes",
                    "roket", "صاروخ", "صواريخ", "salvo", "salvos", "katyusha", "ракета", "ракеты", "ракет", "ракету",
                    "ракетами",
                    "rakete", "raketen", "راکت", "راکتها", "razzo", "razzi", "ڕۆکێت", "ڕۆکێتێک", "ڕۆکێتەکان",
                    "کاتیۆشا"},
            {"missile", "missile", "missiles", "misil", "misiles", "missil", "misseis", "rudal", "cruise missile",
                    "крылатая ракета", "крылатые ракеты", "баллистическая ракета", "баллистические ракеты",
                    "marschflugkörper", "füze", "füzeler",
                    "flugkörper", "ballistische rakete", "ballistische raketen", "موشک", "موشکها", "missili",
                    "صاروخ باليستي", "صواريخ باليستيه", "صواريخ بالستيه", "صواريخ كروز", "مووشەک", "مووشەکێک",
                    "مووشەکەکان"},
            {"drone", "drone", "drones", "dron", "uav", "uavs", "pesawat nirawak", "مسيره", "مسيرات", "طائره مسيره",
                    "طائرات مسيره", "беспилотник", "беспилотника", "беспилотники", "беспилотников", "беспилотниками",
                    "дрон", "дрона", "дроны", "дронов", "дронами", "бпла", "drohne", "drohnen", "kamikazedrohne",
                    "kamikazedrohnen", "iha", "ihalar", "insansız hava aracı", "پهپاد", "پهپادها", "پهپادی", "droni", "درۆن",
                    "درۆنێک", "درۆنێکی", "درۆنەکە", "درۆنەکان"},
            {"mortar", "mortar", "mortars", "mortier", "mortiers", "mortero", "morteros", "morteiro", "morteiros",
                    "mortir", "هاون", "قذائف هاون", "миномет", "минометов", "минометные", "минометы", "mörser",
                    "mörsergranaten", "havan", "havan topu", "خمپاره", "mortaio", "mortai", "colpi di mortaio"},
    };

    private Cues() {
    }
}
