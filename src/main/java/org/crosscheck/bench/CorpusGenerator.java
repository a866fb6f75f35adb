package org.crosscheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crosscheck.model.Site;
import org.crosscheck.task.Progress;

/**
 * Writes a synthetic corpus that looks like what a monitoring desk collects: reports of attacks on the gazetteer's
 * bases in six languages from many outlets, with publication datelines, weekday-relative and explicit dates,
 * attributed claims whose numbers conflict (counts, intercepted against hit, damage against no damage) and wire
 * copy relayed word for word across outlets. It exists to measure and stress the pipeline at sizes no real test
 * corpus has; the same seed and size always give the same bytes.
 */
public final class CorpusGenerator {

    /** Roughly how many UTF-8 bytes one article has. */
    static final int TARGET_BYTES = 3000;
    private static final LocalDate FIRST_EVENT = LocalDate.of(2023, 10, 17);
    private static final int EVENT_SPAN_DAYS = 440;
    /** Articles per incident on average: most attacks are reported by several outlets. */
    private static final int REPORTS_PER_EVENT = 3;

    private final long seed;
    private final int articleCount;
    private final List<Site> targets;

    /** A generator for {@code articleCount} articles about the given sites (provinces are never attacked). */
    public CorpusGenerator(long seed, int articleCount, List<Site> sites) {
        if (articleCount < 0) {
            throw new IllegalArgumentException("the number of articles cannot be negative");
        }
        this.seed = seed;
        this.articleCount = articleCount;
        this.targets = sites.stream().filter(site -> !site.isProvince()).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("the gazetteer has no site that can be attacked");
        }
    }

    /** One generated article: the file name it is written under and its text. */
    public record GeneratedArticle(String fileName, String text) {
    }

    /** The attack an article reports, shared by every article about it. */
    private record Event(Site site, LocalDate date, int count, int weapon, int wireSpeaker, int wireLead) {
    }

    public int articleCount() {
        return articleCount;
    }

    /** Writes every article into {@code folder} as a UTF-8 {@code .txt} file and returns the files in order. */
    public List<Path> writeTo(Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        var files = new ArrayList<Path>(articleCount);
        for (int index = 0; index < articleCount; index++) {
            progress.checkCancelled();
            if (index % 1000 == 0) {
                progress.update(index, articleCount, "generating article " + index);
            }
            var article = article(index);
            var file = folder.resolve(article.fileName());
            Files.writeString(file, article.text(), StandardCharsets.UTF_8);
            files.add(file);
        }
        progress.update(articleCount, articleCount, "generated " + articleCount + " articles");
        return files;
    }

    /** The article with this index (0-based); depends only on the seed, the corpus size and the index. */
    public GeneratedArticle article(int index) {
        var random = new SplittableRandom(mix(seed, index));
        int eventCount = Math.max(1, articleCount / REPORTS_PER_EVENT);
        var event = event(random.nextInt(eventCount));
        var book = pickLanguage(random);
        var outlet = pick(random, book.outlets());
        var published = event.date().plusDays(random.nextInt(3));
        var text = new StringBuilder(TARGET_BYTES + 600);

        var values = new HashMap<String, String>();
        values.put("site", siteName(event.site(), book, random));
        values.put("weapon", book.weapons().get(event.weapon() % book.weapons().size()));
        values.put("weekday", book.weekday(event.date().getDayOfWeek()));

        // Each outlet may report a different number: the conflict the analyst has to resolve.
        int reported = random.nextInt(4) == 0 ? Math.max(1, event.count() + random.nextInt(-2, 4)) : event.count();
        values.put("count", Integer.toString(reported));
        values.put("speaker", pick(random, book.speakers()));
        var lead = fill(pick(random, book.leads()), values);

        switch (random.nextInt(3)) {
            case 0 -> text.append(outlet).append(" – ").append(lead);
            case 1 -> text.append(pick(random, book.cities())).append(", ").append(outlet).append(", ")
                    .append(book.longDate(published)).append(" – ").append(lead);
            default -> text.append(stripFinalStop(lead)).append("\n\n").append(publishedLine(book, outlet, published))
                    .append("\n\n").append(lead);
        }
        text.append("\n\n");

        if (random.nextBoolean()) {
            // Wire copy: the same sentence, word for word, in every article of this language about the event.
            var wire = new HashMap<>(values);
            wire.put("count", Integer.toString(event.count()));
            wire.put("speaker", book.speakers().get(event.wireSpeaker() % book.speakers().size()));
            text.append(fill(book.leads().get(event.wireLead() % book.leads().size()), wire)).append("\n\n");
        }
        if (random.nextInt(3) > 0) {
            int intercepted = random.nextInt(reported + 1);
            values.put("intercepted", Integer.toString(intercepted));
            values.put("hit", Integer.toString(reported - intercepted));
            values.put("speaker", pick(random, book.speakers()));
            text.append(fill(pick(random, book.interceptions()), values)).append("\n\n");
        }
        values.put("speaker", pick(random, book.speakers()));
        var damage = switch (random.nextInt(3)) {
            case 0 -> book.damageClaims();
            case 1 -> book.noDamage();
            default -> book.damageUnknown();
        };
        text.append(fill(pick(random, damage), values)).append("\n\n");
        if (random.nextBoolean()) {
            values.put("speaker", pick(random, book.speakers()));
            values.put("injured", Integer.toString(1 + random.nextInt(8)));
            text.append(fill(pick(random, book.casualties()), values)).append("\n\n");
        }
        if (random.nextInt(4) == 0) {
            values.put("speaker", pick(random, book.speakers()));
            text.append(fill(pick(random, book.denials()), values)).append("\n\n");
        }
        if (random.nextBoolean()) {
            var earlier = event.date().minusDays(1 + random.nextInt(20));
            values.put("earlierDate", book.longDate(earlier));
            values.put("otherSite", siteName(pick(random, targets), book, random));
            text.append(fill(pick(random, book.earlierAttacks()), values)).append("\n\n");
        }
        // Context paragraphs, each at most once, then a recap of earlier attacks until the article is long enough.
        var background = new ArrayList<>(book.background());
        while (utf8Length(text) < TARGET_BYTES && !background.isEmpty()) {
            text.append(background.remove(random.nextInt(background.size()))).append("\n\n");
        }
        while (utf8Length(text) < TARGET_BYTES) {
            values.put("earlierDate", book.longDate(event.date().minusDays(1 + random.nextInt(60))));
            values.put("otherSite", siteName(pick(random, targets), book, random));
            text.append(fill(pick(random, book.earlierAttacks()), values)).append("\n\n");
        }
        var fileName = String.format("%06d-%s.txt", index, book.language());
        return new GeneratedArticle(fileName, text.toString().strip() + "\n");
    }

    private static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private Event event(int eventIndex) {
        var random = new SplittableRandom(mix(~seed, eventIndex));
        var site = pick(random, targets);
        var date = FIRST_EVENT.plusDays(random.nextInt(EVENT_SPAN_DAYS));
        return new Event(site, date, 1 + random.nextInt(9), random.nextInt(8), random.nextInt(16), random.nextInt(6));
    }

    /** English dominates real monitoring corpora; Arabic follows; the other four share the rest. */
    private static Phrasebook pickLanguage(SplittableRandom random) {
        int roll = random.nextInt(10);
        int book = roll < 4 ? 0 : roll < 6 ? 1 : 2 + (roll - 6);
        return Phrasebook.ALL.get(Math.min(book, Phrasebook.ALL.size() - 1));
    }

    private String publishedLine(Phrasebook book, String outlet, LocalDate published) {
        return switch (book.language()) {
            case "en" -> "Published on " + outlet + ", " + book.longDate(published);
            case "ar" -> "نشر في " + outlet + "، " + book.longDate(published);
            case "fr" -> "Publié sur " + outlet + ", le " + book.longDate(published);
            case "es" -> "Publicado en " + outlet + ", " + book.longDate(published);
            case "pt" -> "Publicado em " + outlet + ", " + book.longDate(published);
            default -> "Diterbitkan di " + outlet + ", " + book.longDate(published);
        };
    }

    /** An alias the article's language would use: Arabic script for Arabic articles, Latin script otherwise. */
    private static String siteName(Site site, Phrasebook book, SplittableRandom random) {
        boolean arabic = "ar".equals(book.language());
        var fitting = site.aliases().stream().filter(alias -> isArabic(alias) == arabic).toList();
        if (fitting.isEmpty()) {
            return arabic ? site.aliases().get(0) : site.name();
        }
        return pick(random, fitting);
    }

    private static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static String fill(String pattern, Map<String, String> values) {
        var result = new StringBuilder(pattern.length() + 64);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                result.append(pattern, at, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            result.append(pattern, at, open);
            var value = values.get(pattern.substring(open + 1, close));
            if (value == null) {
                throw new IllegalStateException("no value for " + pattern.substring(open, close + 1));
            }
            result.append(value);
            at = close + 1;
        }
        var sentence = result.toString();
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String stripFinalStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A 64-bit mix of seed and index (SplitMix64's finaliser), so neighbouring indexes look unrelated. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
