package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.SourceKey;
import org.crosscheck.model.Stance;

/**
 * The claims of one incident as {@link LinkSuggester} compares them, in its order (by article, then text position,
 * then id), held compactly in arrays: ids, articles, spans, aspect, stance, and codes for the value, the speaker as
 * written, the speaker as a source and the quote's content words. An extraction run keeps these across its chunks
 * ({@link ComparedClaimsCache}), so a chunk neither reads an incident's earlier claims back from the database nor
 * works out their words and speakers again; about 50 bytes and 4 per content word a claim, instead of a few hundred
 * for a {@link Claim} with its quote.
 */
final class ComparedClaims {

    /** Codes shared by the incidents of one run: word ids, pooled strings and the values found compatible. */
    static final class Codes {

        private static final int MAX_REMEMBERED_PAIRS = 1 << 18;

        private final Map<String, Integer> wordIds = new HashMap<>();
        private final Map<String, Integer> stringIds = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private final Map<Long, Boolean> compatibleValues = new HashMap<>();
        private final Map<Long, Integer> outletSpeakers = new HashMap<>();
        private final Map<String, Integer> sources = new HashMap<>();

        /** The ids of the quote's {@link Similarity#words}, ascending and each once. */
        int[] words(String quote) {
            var folded = FoldedText.words(quote);
            var ids = new int[folded.size()];
            int next = 0;
            for (var word : folded) {
                var content = Similarity.contentWord(word);
                if (content != null) {
                    ids[next++] = wordIds.computeIfAbsent(content, w -> wordIds.size());
                }
            }
            Arrays.sort(ids, 0, next);
            int distinct = 0;
            for (int i = 0; i < next; i++) {
                if (distinct == 0 || ids[i] != ids[distinct - 1]) {
                    ids[distinct++] = ids[i];
                }
            }
            return Arrays.copyOf(ids, distinct);
        }

        /** The code of an article's outlet speaking in its own voice: one per article, unlike any speaker's. */
        int outletSpeaker(long articleId) {
            return outletSpeakers.computeIfAbsent(articleId, id -> code(OUTLET_SPEAKER + id));
        }

        /** The code of the {@link SourceKey} of a speaker as written. */
        int source(String attributedTo) {
            return sources.computeIfAbsent(attributedTo, speaker -> code(SourceKey.of(speaker)));
        }

        int code(String text) {
            var id = stringIds.get(text);
            if (id == null) {
                id = strings.size();
                stringIds.put(text, id);
                strings.add(text);
            }
            return id;
        }

        String text(int code) {
            return strings.get(code);
        }

        /** {@link LinkSuggester#compatible(Aspect, String, String)} of two coded values, remembered per pair. */
        boolean compatible(Aspect aspect, int first, int second) {
            if (first == second) {
                return true;
            }
            if (first >= 1 << 27 || second >= 1 << 27) {
                return LinkSuggester.compatible(aspect, text(first), text(second));
            }
            long key = (long) aspect.ordinal() << 54 | (long) first << 27 | second;
            var known = compatibleValues.get(key);
            if (known == null) {
                if (compatibleValues.size() >= MAX_REMEMBERED_PAIRS) {
                    compatibleValues.clear();
                }
                known = LinkSuggester.compatible(aspect, text(first), text(second));
                compatibleValues.put(key, known);
            }
            return known;
        }
    }

    private static final Aspect[] ASPECTS = Aspect.values();
    private static final String OUTLET_SPEAKER = "outlet:";

    private final long[] ids;
    private final long[] articles;
    private final int[] starts;
    private final int[] ends;
    private final byte[] aspects;
    private final boolean[] denies;
    private final int[] values;
    private final int[] attributed;
    private final int[] speakers;
    private final boolean[] outletVoice;
    /** The word ids of claim i are {@code words[wordStarts[i]] .. words[wordStarts[i + 1] - 1]}, ascending. */
    private final int[] wordStarts;
    private final int[] words;

    private ComparedClaims(Builder built, int[] words) {
        ids = built.ids;
        articles = built.articles;
        starts = built.starts;
        ends = built.ends;
        aspects = built.aspects;
        denies = built.denies;
        values = built.values;
        attributed = built.attributed;
        speakers = built.speakers;
        outletVoice = built.outletVoice;
        wordStarts = built.wordStarts;
        this.words = words;
    }

    /**
     * The features of these claims (ordered by article, then text position, then id), each speaker judged against
     * its article's outlet.
     */
    static ComparedClaims of(List<Claim> claims, Map<Long, String> outletByArticle, Codes codes) {
        return new Builder(claims.size(), codes).addAll(claims, outletByArticle).build();
    }

    /** These claims' features with more claims merged in at their place in the order. */
    ComparedClaims with(List<Claim> added, Map<Long, String> outletByArticle, Codes codes) {
        var fresh = new ArrayList<>(added);
        fresh.sort(java.util.Comparator.comparingLong(Claim::articleId).thenComparingInt(c -> c.span().start())
                .thenComparingLong(Claim::id));
        var builder = new Builder(size() + fresh.size(), codes);
        int next = 0;
        for (int i = 0; i < size(); i++) {
            while (next < fresh.size() && before(fresh.get(next), i)) {
                builder.add(fresh.get(next++), outletByArticle);
            }
            builder.copy(this, i);
        }
        while (next < fresh.size()) {
            builder.add(fresh.get(next++), outletByArticle);
        }
        return builder.build();
    }

    private boolean before(Claim claim, int i) {
        if (claim.articleId() != articles[i]) {
            return claim.articleId() < articles[i];
        }
        if (claim.span().start() != starts[i]) {
            return claim.span().start() < starts[i];
        }
        return claim.id() < ids[i];
    }

    int size() {
        return ids.length;
    }

    /** A rough count of the bytes held, for the cache's bound. */
    long bytes() {
        return 64 + 46L * size() + 4L * words.length;
    }

    long id(int i) {
        return ids[i];
    }

    long article(int i) {
        return articles[i];
    }

    boolean sameSpan(int i, int j) {
        return starts[i] == starts[j] && ends[i] == ends[j];
    }

    int start(int i) {
        return starts[i];
    }

    Aspect aspect(int i) {
        return ASPECTS[aspects[i]];
    }

    int value(int i) {
        return values[i];
    }

    int attributedTo(int i) {
        return attributed[i];
    }

    int speaker(int i) {
        return speakers[i];
    }

    /** Whether the claim speaks in its outlet's own voice (unattributed, or attributed to the outlet itself). */
    boolean outletVoice(int i) {
        return outletVoice[i];
    }

    /** Whether two claims of the same aspect can both be true: by stance for occurrence, else by value. */
    boolean compatible(int i, int j, Codes codes) {
        if (aspect(i) == Aspect.OCCURRENCE) {
            return denies[i] == denies[j];
        }
        return codes.compatible(aspect(i), values[i], values[j]);
    }

    /**
     * {@link Similarity#overlap} of the two quotes' content words with a minimum of {@code minimum} shared words:
     * the same value, counted on the sorted word ids.
     */
    double overlap(int i, int j, int minimum) {
        int a = wordStarts[i];
        int aEnd = wordStarts[i + 1];
        int b = wordStarts[j];
        int bEnd = wordStarts[j + 1];
        int smaller = Math.min(aEnd - a, bEnd - b);
        if (smaller < minimum) {
            return 0;
        }
        int shared = 0;
        while (a < aEnd && b < bEnd) {
            int x = words[a];
            int y = words[b];
            if (x == y) {
                shared++;
                a++;
                b++;
            } else if (x < y) {
                a++;
            } else {
                b++;
            }
        }
        return shared < minimum ? 0 : (double) shared / smaller;
    }

    /** Fills the arrays claim by claim, in order; sized for exactly {@code size} claims. */
    private static final class Builder {

        private final Codes codes;
        private final long[] ids;
        private final long[] articles;
        private final int[] starts;
        private final int[] ends;
        private final byte[] aspects;
        private final boolean[] denies;
        private final int[] values;
        private final int[] attributed;
        private final int[] speakers;
        private final boolean[] outletVoice;
        private final int[] wordStarts;
        private int[] words;
        private int count;
        private int wordCount;

        Builder(int size, Codes codes) {
            this.codes = codes;
            ids = new long[size];
            articles = new long[size];
            starts = new int[size];
            ends = new int[size];
            aspects = new byte[size];
            denies = new boolean[size];
            values = new int[size];
            attributed = new int[size];
            speakers = new int[size];
            outletVoice = new boolean[size];
            wordStarts = new int[size + 1];
            words = new int[Math.max(16, size * 12)];
        }

        Builder addAll(List<Claim> claims, Map<Long, String> outletByArticle) {
            for (var claim : claims) {
                add(claim, outletByArticle);
            }
            return this;
        }

        void add(Claim claim, Map<Long, String> outletByArticle) {
            var outlet = outletByArticle.get(claim.articleId());
            boolean ownVoice = claim.rule() != null && claim.rule().contains("attribution.outlet")
                    || outlet != null && outlet.equalsIgnoreCase(claim.attributedTo());
            var speaker = ownVoice ? codes.outletSpeaker(claim.articleId()) : codes.source(claim.attributedTo());
            var quoteWords = codes.words(claim.quote());
            put(claim.id(), claim.articleId(), claim.span().start(), claim.span().end(), claim.aspect().ordinal(),
                    claim.stance() == Stance.DENIES, codes.code(claim.value()), codes.code(claim.attributedTo()),
                    speaker, ownVoice, quoteWords, 0, quoteWords.length);
        }

        void copy(ComparedClaims from, int i) {
            put(from.ids[i], from.articles[i], from.starts[i], from.ends[i], from.aspects[i], from.denies[i],
                    from.values[i], from.attributed[i], from.speakers[i], from.outletVoice[i], from.words,
                    from.wordStarts[i], from.wordStarts[i + 1]);
        }

        /** Puts the next claim; its word ids are {@code claimWords[from .. to - 1]}. */
        private void put(long id, long article, int start, int end, int aspect, boolean denying, int value,
                         int attributedTo, int speaker, boolean ownVoice, int[] claimWords, int from, int to) {
            ids[count] = id;
            articles[count] = article;
            starts[count] = start;
            ends[count] = end;
            aspects[count] = (byte) aspect;
            denies[count] = denying;
            values[count] = value;
            attributed[count] = attributedTo;
            speakers[count] = speaker;
            outletVoice[count] = ownVoice;
            wordStarts[count] = wordCount;
            int length = to - from;
            if (wordCount + length > words.length) {
                words = Arrays.copyOf(words, Math.max(words.length * 2, wordCount + length));
            }
            System.arraycopy(claimWords, from, words, wordCount, length);
            wordCount += length;
            count++;
        }

        ComparedClaims build() {
            wordStarts[count] = wordCount;
            return new ComparedClaims(this, Arrays.copyOf(words, wordCount));
        }
    }
}
