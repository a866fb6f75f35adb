package org.crosscheck.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;

/**
 * Reads one article: finds sites (with their role) and dates, walks the sentences keeping track of the attack being
 * talked about (so "the third managed to target the base" attaches to the attack named one sentence earlier), and
 * returns the attacks it reports with their attributed claims. Pure and thread-safe.
 */
public final class ArticleExtractor {

    private static final Lexicon MONTH_LEVEL = new Lexicon("so far this month", "attacks so far", "previous attack*",
            "previously", "earlier attack*", "recent attack*", "earlier this month", "wave of", "series of attacks",
            "depuis le debut du mois", "ataques anteriores", "ataques anteriores", "serangan sebelumnya");
    /** Words that say a sentence still reports what the last speaker said ("Verletzt wurde demnach niemand"). */
    private static final Lexicon SAME_SOURCE = new Lexicon("demnach", "den angaben zufolge",
            "according to the same source", "the same source said", "selon la meme source", "selon cette source",
            "segun la misma fuente", "segundo a mesma fonte", "по его словам", "по их словам", "по словам источника", "وبحسب المصدر",
            "وفقا للمصدر", "bu kaynaga gore");

    /** A pointer to another story, kept when a page was saved as text: "Read more: ...", "اقرأ أيضا: ...". */
    private static final Pattern OTHER_STORY = Pattern.compile("(?iU)(?:read more|related|see also|also read|more on this"
            + "|lire aussi|a lire aussi|leer tambien|lea tambien|leia tambem|leia mais|baca juga|اقرا ايضا|اقرا المزيد"
            + "|читаите также|lesen sie auch|mehr zum thema|leggi anche|ayrica bakiniz|bunu da okuyun|بیشتر بخوانید)"
            + "\\s*[:：-]");

    /** Places beyond the bases that a sentence's attack is on: such a sentence joins no base's attack. */
    private static final Lexicon OTHER_TARGET = new Lexicon("on israel", "on israeli", "against israel", "zionist",
            "in israel", "on the golan", "in yemen", "on houthi*", "houthis in", "contre israel", "contra israel",
            "terhadap israel", "houthi*", "الكيان الصهيوني", "golan", "golanhohen", "голанск*",
            "الجولان", "جولان", "in lebanon", "southern lebanon", "au liban", "sud-liban", "red sea", "mer rouge",
            "mar rojo");
    private static final Lexicon STATEMENT_VERB = new Lexicon("said", "says", "claimed", "confirmed", "announced",
            "stated", "told", "denied", "declared", "indicated", "revealed", "briefing", "identified", "named",
            "released", "a declare",
            "dijo", "disse", "mengatakan", "قال", "قالت", "اعلن", "اعلنت");

    private static final String REPORT_DATE = "date.report-date";

    private final Gazetteer gazetteer;
    private final DateResolver dates;
    /** How far into its line a dateline's date may start, and how far its dash may follow the date. */
    private static final int DATELINE_REACH = 40;
    /** What follows a dateline's date: an outlet in brackets perhaps, then a dash; or nothing (a byline line). */
    private static final Pattern DATELINE_TAIL = Pattern.compile(
            "[\\s,]*(?:\\([^()]{1,40}\\)[\\s.]*)?(?:[–—]|-{1,2}\\s|$)");

    private final Actors actors = Actors.bundled();

    public ArticleExtractor(List<Site> sites, List<ReferenceEvent> events) {
        this.gazetteer = new Gazetteer(sites);
        this.dates = new DateResolver(events);
    }

    /** A site mention with its role, ready for the sentence walk. */
    private record PlacedSite(Gazetteer.SiteMatch match, SiteRole.Decision decision) {
    }

    /** A candidate being built during the walk. */
    private static final class Building {
        final Site site;
        final int geoPrecision;
        LocalDate date;
        final DayOfWeek weekday;
        final TimePrecision precision;
        final DateBasis basis;
        final String dateRule;
        final Set<String> weapons = new LinkedHashSet<>();
        String actor;
        final List<ExtractedClaim> claims = new ArrayList<>();

        Building(Site site, int geoPrecision, DateChoice date) {
            this.site = site;
            this.geoPrecision = geoPrecision;
            this.date = date.date;
            this.weekday = date.weekday;
            this.precision = date.precision;
            this.basis = date.basis;
            this.dateRule = date.rule;
        }

        boolean sameDay(DateChoice other) {
            if (date == null || other.date == null) {
                return date == null && other.date == null && weekday == other.weekday;
            }
            return date.equals(other.date) || precision != TimePrecision.DAY && other.precision != TimePrecision.DAY
                    && Math.abs(ChronoUnit.DAYS.between(date, other.date)) <= 3;
        }

        IncidentCandidate freeze() {
            return new IncidentCandidate(site, geoPrecision, date, weekday, precision, basis, dateRule, weapons, actor,
                    claims);
        }
    }

    private record DateChoice(LocalDate date, DayOfWeek weekday, TimePrecision precision, DateBasis basis,
                              String rule) {
    }

    /** How claims in an article's own voice name its outlet: as the article does, or "the outlet" when it does not. */
    static String outletName(String articleOutlet) {
        return articleOutlet == null || articleOutlet.isBlank() ? "the outlet" : articleOutlet;
    }

    public ArticleExtraction extract(Article article) {
        var text = article.text();
        var outlet = outletName(article.outlet());
        var resolved = dates.resolve(text, article.published());
        var siteMatches = gazetteer.find(text);
        var sentences = Sentences.split(text);
        var mentions = new ArrayList<Mention>();
        for (var date : resolved.mentions()) {
            if (date.resolved()) {
                mentions.add(new Mention(0, article.id(), MentionKind.DATE, date.span(), date.date().toString(),
                        date.bound() ? "bound" : null, date.precision(), date.basis(), date.rule(),
                        date.confidence()));
            }
        }
        var candidates = new ArrayList<Building>();
        Building current = null;
        DateChoice currentDate = null;
        String pendingActor = null;
        var pendingResponsibility = new ArrayList<ExtractedClaim>();
        int pendingParagraph = 0;
        String lastSpeaker = null;
        int lastAttachParagraph = 0;
        int matchIndex = 0;
        var lead = new Lead();
        var attributedByFollowing = attributedByFollowing(sentences);
        for (int index = 0; index < sentences.size(); index++) {
            var sentence = sentences.get(index);
            var folded = FoldedText.fold(sentence.text());
            if (OTHER_STORY.matcher(folded).lookingAt()) {
                continue;
            }
            boolean attack = Cues.ATTACK.foundIn(folded);
            var placed = new ArrayList<PlacedSite>();
            while (matchIndex < siteMatches.size() && siteMatches.get(matchIndex).span().start() < sentence.span().end()) {
                var match = siteMatches.get(matchIndex++);
                if (match.span().start() < sentence.span().start()) {
                    continue;
                }
                var before = text.substring(sentence.span().start(), match.span().start());
                var after = text.substring(match.span().end(), sentence.span().end());
                var decision = SiteRole.classify(match.site(), before, after, attack);
                if (!placed.isEmpty() && decision.fallback()) {
                    var previous = placed.get(placed.size() - 1);
                    var between = text.substring(previous.match().span().end(), match.span().start());
                    if (SiteRole.listContinues(between)) {
                        decision = new SiteRole.Decision(previous.decision().role(), "role.list-continues",
                                previous.decision().confidence() - 0.05);
                    }
                }
                placed.add(new PlacedSite(match, decision));
                mentions.add(new Mention(0, article.id(), MentionKind.SITE, match.span(), match.site().id(),
                        decision.role().code(), null, null, "site.alias+" + decision.rule(), decision.confidence()));
            }
            var sentenceDates = resolved.mentions().stream()
                    .filter(date -> sentence.span().contains(date.span()) && !date.bound() && date.usable()
                            && !statementDate(text, sentence.span(), date.span())
                            && !datelineDate(text, date.span())).toList();
            boolean statistics = resolved.mentions().stream()
                    .anyMatch(date -> sentence.span().contains(date.span()) && date.bound())
                    || Cues.GENERIC.foundIn(folded) || OTHER_TARGET.foundIn(folded);
            if (current != null && sentence.paragraph() > lastAttachParagraph + 2) {
                current = null;
            }
            var attribution = ClaimFinder.attribution(sentence.text());
            attribution = attribution == null ? attributedByFollowing[index] : attribution;
            String speaker;
            String cue;
            String rule;
            if (attribution == null && lastSpeaker != null && "“\"«".indexOf(sentence.text().charAt(0)) >= 0) {
                speaker = lastSpeaker;
                cue = null;
                rule = "attribution.quote-continues";
            } else if (attribution == null && lastSpeaker != null && SAME_SOURCE.foundIn(folded)) {
                speaker = lastSpeaker;
                cue = null;
                rule = "attribution.same-source";
            } else if (attribution == null) {
                speaker = outlet;
                cue = null;
                rule = "attribution.outlet";
            } else if (ClaimFinder.isAnaphor(attribution.speaker()) && lastSpeaker != null) {
                speaker = lastSpeaker;
                cue = attribution.cue();
                rule = "attribution.previous-speaker";
            } else {
                speaker = attribution.speaker();
                cue = attribution.cue();
                rule = attribution.rule();
            }
            if (attribution != null) {
                speaker = fullerName(speaker, lastSpeaker, pendingActor);
                lastSpeaker = speaker;
            }
            boolean aboutAttack = attack || Cues.INTERCEPTED.foundIn(folded) || Cues.DAMAGE.foundIn(folded)
                    || Cues.RESPONSIBILITY.foundIn(folded) || Cues.NOT_CONFIRMED.foundIn(folded)
                    || Cues.INJURED.foundIn(folded) || Cues.KILLED.foundIn(folded);
            var found = aboutAttack
                    ? ClaimFinder.claims(sentence.text(), folded, sentence.span(), speaker, cue, rule).stream()
                            .map(this::withKnownNames).toList()
                    : List.<ExtractedClaim>of();
            var sentenceClaims = new ArrayList<ExtractedClaim>();
            for (var claim : found) {
                if (claim.aspect() == org.crosscheck.model.Aspect.RESPONSIBILITY && ClaimFinder.isAnaphor(
                        claim.value().replaceFirst("^(?i)the ", ""))) {
                    if (pendingActor != null) {
                        sentenceClaims.add(new ExtractedClaim(claim.span(), claim.quote(), pendingActor, claim.cue(),
                                claim.aspect(), pendingActor, claim.stance(), claim.rule() + ".previous-claimant",
                                claim.confidence() - 0.1));
                    }
                } else {
                    sentenceClaims.add(claim);
                }
            }
            for (var claim : sentenceClaims) {
                if (claim.aspect() == org.crosscheck.model.Aspect.RESPONSIBILITY) {
                    pendingActor = claim.value();
                }
            }
            var talkedAbout = current == null ? null : current.site;
            boolean talkedAboutNamed = placed.stream().anyMatch(p -> p.match().site() == talkedAbout);
            boolean otherSiteNamed = talkedAbout != null && placed.stream().anyMatch(p ->
                    p.decision().role() != SiteRole.LOCATOR && p.decision().role() != SiteRole.LAUNCH
                            && !p.match().site().isProvince()
                            && p.match().site() != talkedAbout
                            && !(talkedAboutNamed && p.decision().role() == SiteRole.OTHER));
            if (!aboutAttack || Cues.COUNTER_STRIKE.foundIn(folded)) {
                if (otherSiteNamed && placed.stream().noneMatch(p -> p.match().site() == talkedAbout)) {
                    current = null;
                }
                continue;
            }
            var eventDate = sentenceDates.isEmpty() ? null : sentenceDates.get(0);
            if (attack && eventDate != null) {
                currentDate = choice(eventDate);
            }
            var created = new ArrayList<Building>();
            boolean hypothetical = Cues.HYPOTHETICAL.foundIn(folded);
            boolean undatedTally = statistics && eventDate == null;
            if (attack && !hypothetical && !undatedTally) {
                boolean monthLevel = MONTH_LEVEL.foundIn(folded);
                for (var site : placed) {
                    if (site.decision().role() != SiteRole.TARGET || site.match().site().isProvince()) {
                        continue;
                    }
                    var building = place(candidates, site.match(), site.match().site().geoPrecision(),
                            dateFor(site.match().span(), sentenceDates, currentDate, resolved, monthLevel));
                    if (building != null && !created.contains(building)) {
                        created.add(building);
                    }
                }
                boolean anotherDay = current != null && current.date != null && eventDate != null
                        && eventDate.date() != null && eventDate.precision() == TimePrecision.DAY
                        && !eventDate.date().equals(current.date);
                if (created.isEmpty() && (current == null || anotherDay) && !statistics && !sentenceDates.isEmpty()) {
                    var locators = placed.stream().filter(p -> p.decision().role() == SiteRole.LOCATOR)
                            .sorted(java.util.Comparator.comparing(p -> p.match().site().isProvince())).toList();
                    for (var site : locators) {
                        {
                            int precision = site.match().site().isProvince() ? 3 : 2;
                            var building = place(candidates, site.match(), precision,
                                    dateFor(site.match().span(), sentenceDates, currentDate, resolved, monthLevel));
                            if (building != null) {
                                created.add(building);
                                break;
                            }
                        }
                    }
                }
            }
            List<Building> receivers;
            if (!created.isEmpty()) {
                receivers = created;
                current = created.get(0);
            } else if (placed.stream().anyMatch(p -> built(candidates, p.match().site()) != null
                    && p.match().site() != talkedAbout)) {
                var named = placed.stream().map(p -> built(candidates, p.match().site())).filter(b -> b != null)
                        .findFirst().orElseThrow();
                current = named;
                receivers = statistics || attack && datedApart(eventDate, named.date) ? List.of() : List.of(named);
            } else if (otherSiteNamed) {
                current = null;
                receivers = List.of();
            } else if (current != null && eventDate != null && eventDate.date() != null && current.date != null
                    && Math.abs(ChronoUnit.DAYS.between(eventDate.date(), current.date)) > 1
                    && attack) {
                receivers = List.of();
            } else if (statistics || placed.isEmpty() && Cues.HYPOTHETICAL.foundIn(folded)) {
                receivers = List.of();
            } else {
                receivers = current == null ? List.of() : List.of(current);
            }
            if (receivers.isEmpty() && placed.isEmpty() && attack && OTHER_TARGET.foundIn(folded)) {
                current = null;
            }
            if (receivers.isEmpty() && candidates.isEmpty() && attack && !statistics && !hypothetical
                    && sentence.paragraph() <= Lead.LAST_PARAGRAPH) {
                lead.add(sentenceClaims, eventDate, folded);
            }
            if (!receivers.isEmpty()) {
                lastAttachParagraph = sentence.paragraph();
            } else if (!statistics || eventDate != null && eventDate.precision() == TimePrecision.DAY
                    && placed.isEmpty()) {
                for (var claim : sentenceClaims) {
                    if (claim.aspect() == org.crosscheck.model.Aspect.RESPONSIBILITY) {
                        pendingResponsibility.add(claim);
                        pendingParagraph = sentence.paragraph();
                    }
                }
            }
            if (!created.isEmpty() && !pendingResponsibility.isEmpty()
                    && sentence.paragraph() <= pendingParagraph + 2) {
                for (var building : created) {
                    for (var claim : pendingResponsibility) {
                        building.claims.add(new ExtractedClaim(claim.span(), claim.quote(), claim.attributedTo(),
                                claim.cue(), claim.aspect(), claim.value(), claim.stance(),
                                claim.rule() + ".announces-following-attacks", claim.confidence() - 0.1));
                    }
                }
                pendingResponsibility.clear();
            }
            var weapons = ClaimFinder.weapons(folded);
            for (var building : receivers) {
                building.claims.addAll(sentenceClaims);
                building.weapons.addAll(weapons);
                if (building.actor == null) {
                    building.actor = pendingActor;
                }
                for (var claim : sentenceClaims) {
                    if (claim.aspect() == org.crosscheck.model.Aspect.RESPONSIBILITY) {
                        building.actor = claim.value();
                    }
                }
            }
        }
        foldReportDated(candidates);
        var reported = candidates.stream().filter(b -> !b.claims.isEmpty()).toList();
        if (reported.size() == 1) {
            lead.joinTo(reported.get(0));
        }
        candidates.forEach(ArticleExtractor::countTheRestThatHit);
        return new ArticleExtraction(article.id(), outlet, article.published(), mentions,
                candidates.stream().filter(b -> !b.claims.isEmpty()).map(Building::freeze).toList());
    }

    /**
     * The full name of a speaker the article named in full before: a surname after the whole name ("Ryder" after "Pat
     * Ryder"), or part of the name of the group that claimed the attack ("the Resistance" after "the Islamic Resistance
     * in Iraq").
     */
    static String fullerName(String speaker, String lastSpeaker, String claimant) {
        if (speaker.split("\\s+").length > 2) {
            return speaker;
        }
        if (lastSpeaker != null && lastSpeaker.length() > speaker.length() && lastSpeaker.endsWith(" " + speaker)) {
            return lastSpeaker;
        }
        if (claimant != null && claimant.length() > speaker.length() && claimant.contains(speaker)
                && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(speaker) + "(?![\\p{L}])").matcher(claimant).find()) {
            return claimant;
        }
        return speaker;
    }

    /** For each sentence, the speaker a following "Das teilten X mit." / "Об этом сообщили X." gives it, or null. */
    private static ClaimFinder.Attribution[] attributedByFollowing(List<Sentences.Sentence> sentences) {
        var result = new ClaimFinder.Attribution[sentences.size()];
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (sentences.get(i + 1).paragraph() == sentences.get(i).paragraph()) {
                result[i] = ClaimFinder.attributionOfPrevious(sentences.get(i + 1).text());
            }
        }
        return result;
    }

    /**
     * The claims of an article's opening about an attack on a base it names only later ("Rockets were fired at a
     * coalition base in eastern Syria, with no casualties" before "six rockets hit Green Village"). When the article
     * reports that one attack, they join it, unless their date or country rules it out; only what the rest of the
     * article does not say already (a round-up's headline speaks of several attacks, and a loose headline's "hit" is
     * no claim against the body's "two intercepted, one hit").
     */
    private static final class Lead {
        /** The headline is paragraph 0; the lead may run over the two paragraphs after it. */
        static final int LAST_PARAGRAPH = 2;
        private static final java.util.Map<String, Lexicon> COUNTRIES = java.util.Map.of(
                "SYR", new Lexicon("syria", "syrie", "siria", "suriah", "syrien", "suriye", "سوريا", "سوريه", "سوریه",
                        "сирии", "сирия", "сирию"),
                "IRQ", new Lexicon("iraq", "irak", "iraque", "العراق", "عراق", "ирак", "ирака", "ираке"),
                "JOR", new Lexicon("jordan", "jordanie", "jordania", "yordania", "jordanien", "urdun", "الاردن",
                        "اردن", "иордания", "иордании"));

        private final List<ExtractedClaim> claims = new ArrayList<>();
        private final Set<String> countries = new java.util.HashSet<>();
        private DateResolver.DateMention date;

        void add(List<ExtractedClaim> sentenceClaims, DateResolver.DateMention sentenceDate, String folded) {
            claims.addAll(sentenceClaims);
            date = date == null ? sentenceDate : date;
            COUNTRIES.forEach((country, words) -> {
                if (words.foundIn(folded)) {
                    countries.add(country);
                }
            });
        }

        /** What a claim speaks of: its aspect, and for casualties the killed and the injured apart. */
        private static java.util.stream.Stream<String> topics(ExtractedClaim claim) {
            if (claim.aspect() != org.crosscheck.model.Aspect.CASUALTIES) {
                return java.util.stream.Stream.of(claim.aspect().code());
            }
            return java.util.Arrays.stream(claim.value().split(";\\s*")).map(part -> "casualties " + part.split(" ")[0]);
        }

        void joinTo(Building attack) {
            if (claims.isEmpty() || datedApart(date, attack.date)
                    || !countries.isEmpty() && !countries.contains(attack.site.country())) {
                return;
            }
            var said = attack.claims.stream().flatMap(Lead::topics).collect(java.util.stream.Collectors.toSet());
            attack.claims.addAll(0, claims.stream().filter(claim -> topics(claim).anyMatch(topic -> !said.contains(topic)))
                    .map(claim -> new ExtractedClaim(claim.span(), claim.quote(), claim.attributedTo(), claim.cue(),
                            claim.aspect(), claim.value(), claim.stance(), claim.rule() + ".lead",
                            claim.confidence() - 0.1)).toList());
        }
    }

    /**
     * Whether a sentence's own date rules out the day of an attack already found: "a pipeline near the base was
     * targeted last week" is not the attack on the base this Friday. A week is the calendar week (Monday first).
     */
    static boolean datedApart(DateResolver.DateMention sentenceDate, LocalDate attackDay) {
        if (sentenceDate == null || sentenceDate.date() == null || attackDay == null) {
            return false;
        }
        return switch (sentenceDate.precision()) {
            case DAY -> Math.abs(ChronoUnit.DAYS.between(sentenceDate.date(), attackDay)) > 1;
            case WEEK -> !sentenceDate.date().with(DayOfWeek.MONDAY).equals(attackDay.with(DayOfWeek.MONDAY));
            case MONTH -> !YearMonth.from(sentenceDate.date()).equals(YearMonth.from(attackDay));
        };
    }

    /** Gives a claimant and a speaker that name a known actor its one canonical name, saying so in the rule. */
    private ExtractedClaim withKnownNames(ExtractedClaim claim) {
        var speaker = actors.speaker(claim.attributedTo());
        var value = claim.aspect() == org.crosscheck.model.Aspect.RESPONSIBILITY ? actors.actor(claim.value())
                : claim.value();
        if (speaker.equals(claim.attributedTo()) && value.equals(claim.value())) {
            return claim;
        }
        return new ExtractedClaim(claim.span(), claim.quote(), speaker, claim.cue(), claim.aspect(), value,
                claim.stance(), claim.rule() + "+known-actor", claim.confidence());
    }

    /**
     * A headline or lead that names the attacked site without a date of its own ("Rockets fired at Victory Base") is
     * dated only by the report; when the article dates an attack on that site in the week before, it reports that
     * attack, so its claims join it.
     */
    private static void foldReportDated(List<Building> candidates) {
        for (var undated : List.copyOf(candidates)) {
            if (!undated.dateRule.equals(REPORT_DATE) || undated.date == null) {
                continue;
            }
            Building target = null;
            for (var dated : candidates) {
                if (dated == undated || dated.site != undated.site || dated.date == null
                        || dated.dateRule.startsWith(REPORT_DATE) || dated.date.isAfter(undated.date)
                        || dated.date.isBefore(undated.date.minusDays(7))) {
                    continue;
                }
                if (target == null || dated.precision.compareTo(target.precision) < 0
                        || dated.precision == target.precision && dated.date.isAfter(target.date)) {
                    target = dated;
                }
            }
            if (target != null) {
                target.claims.addAll(0, undated.claims);
                target.weapons.addAll(undated.weapons);
                if (target.actor == null) {
                    target.actor = undated.actor;
                }
                candidates.remove(undated);
            }
        }
    }

    private static final java.util.regex.Pattern UNCOUNTED_REST = java.util.regex.Pattern.compile(
            "intercepted (\\d+); hit");
    private static final java.util.regex.Pattern SINGLE_COUNT = java.util.regex.Pattern.compile("(\\d+) \\w+");

    /**
     * "Two were shot down and the others hit" after "four drones attacked": the others are the four less the two.
     * Done only when the article gives one total for the attack.
     */
    private static void countTheRestThatHit(Building building) {
        var totals = building.claims.stream().filter(claim -> claim.aspect() == org.crosscheck.model.Aspect.COUNT)
                .map(ExtractedClaim::value).filter(value -> SINGLE_COUNT.matcher(value).matches()).distinct().toList();
        if (totals.size() != 1) {
            return;
        }
        var total = SINGLE_COUNT.matcher(totals.get(0));
        total.matches();
        int all = Integer.parseInt(total.group(1));
        for (int i = 0; i < building.claims.size(); i++) {
            var claim = building.claims.get(i);
            var rest = UNCOUNTED_REST.matcher(claim.value());
            if (claim.aspect() == org.crosscheck.model.Aspect.OUTCOME && rest.matches()
                    && Integer.parseInt(rest.group(1)) < all) {
                int intercepted = Integer.parseInt(rest.group(1));
                building.claims.set(i, new ExtractedClaim(claim.span(), claim.quote(), claim.attributedTo(),
                        claim.cue(), claim.aspect(), "intercepted " + intercepted + "; hit " + (all - intercepted),
                        claim.stance(), claim.rule() + ".rest-of-the-count", claim.confidence() - 0.1));
            }
        }
    }

    private static Building built(List<Building> candidates, Site site) {
        return candidates.stream().filter(b -> b.site == site).findFirst().orElse(null);
    }

    /** A date right next to a verb of saying dates the statement, not the attack ("claimed on Wednesday"). */
    /**
     * Whether a date stamps the article rather than dating what it reports: a dateline near the start of a line and
     * followed by a dash ("BAGHDAD, Jan 12, 2024 (Reuters) –", "Berlin, 10.11.2023 (dpa) –"), or a line of only an
     * outlet and a date ("ТАСС, 26 декабря 2023").
     */
    private static boolean datelineDate(String text, Span date) {
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        if (date.start() - lineStart > DATELINE_REACH || Cues.ATTACK.foundIn(
                FoldedText.fold(text.substring(lineStart, date.start())))) {
            return false;
        }
        int lineEnd = text.indexOf('\n', date.end());
        var after = text.substring(date.end(), Math.min(lineEnd < 0 ? text.length() : lineEnd,
                date.end() + DATELINE_REACH));
        return DATELINE_TAIL.matcher(after).lookingAt();
    }

    private static boolean statementDate(String text, Span sentence, Span date) {
        var before = FoldedText.fold(text.substring(Math.max(sentence.start(), date.start() - 16), date.start()))
                .replaceFirst("\\s*(on|le|el|pada)?\\s*$", "");
        var after = FoldedText.fold(text.substring(date.end(), Math.min(sentence.end(), date.end() + 14)))
                .replaceFirst("^('s)?\\s*", "");
        int endBefore = STATEMENT_VERB.lastEnd(before);
        int startAfter = STATEMENT_VERB.firstStart(after);
        return endBefore >= 0 && endBefore >= before.length() - 1 || startAfter == 0;
    }

    private static DateChoice choice(DateResolver.DateMention date) {
        return new DateChoice(date.date(), date.date() == null ? date.weekday() : null, date.precision(),
                date.basis(), date.rule());
    }

    /** The date of an attack named at {@code at}: the nearest date of its sentence, else the one talked about. */
    private static DateChoice dateFor(Span at, List<DateResolver.DateMention> sentenceDates, DateChoice current,
                                      DateResolver.Result resolved, boolean monthLevel) {
        DateResolver.DateMention nearest = null;
        int best = Integer.MAX_VALUE;
        for (var date : sentenceDates) {
            int distance = date.span().start() >= at.end() ? date.span().start() - at.end()
                    : at.start() - date.span().end();
            distance = Math.abs(distance);
            if (distance < best) {
                best = distance;
                nearest = date;
            }
        }
        if (nearest != null) {
            return choice(nearest);
        }
        if (monthLevel) {
            var anchor = current != null && current.date != null ? current.date : resolved.now();
            if (anchor != null) {
                return new DateChoice(anchor.withDayOfMonth(1), null, TimePrecision.MONTH,
                        DateBasis.INFERRED_FROM_CONTEXT, "date.month-of-report");
            }
            return null;
        }
        if (current != null) {
            return new DateChoice(current.date, current.weekday, current.precision, current.basis,
                    current.rule + ".carried");
        }
        if (resolved.now() != null) {
            return new DateChoice(resolved.now(), null, TimePrecision.WEEK, resolved.nowBasis(),
                    REPORT_DATE);
        }
        return null;
    }

    /** The article's candidate for this site and date, created if new; null when no date is known at all. */
    private static Building place(List<Building> candidates, Gazetteer.SiteMatch match, int geoPrecision,
                                  DateChoice date) {
        if (date == null || date.date == null && date.weekday == null) {
            return null;
        }
        for (var building : candidates) {
            boolean reportDatedOnly = building.dateRule.equals(REPORT_DATE) && !date.rule.startsWith(REPORT_DATE);
            if (building.site == match.site() && !reportDatedOnly
                    && (building.sameDay(date) || date.rule.endsWith(".carried"))) {
                return building;
            }
        }
        var building = new Building(match.site(), geoPrecision, date);
        candidates.add(building);
        return building;
    }
}
