package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How article text becomes search terms, per language: Unicode word splitting, French and Italian elisions
 * ({@code l'armée} is {@code armée}), lower case, Arabic and Persian letter normalisation, a light stemmer for the
 * article's language (plurals and common endings, Arabic article and prefixes) and accent folding. No stop words,
 * so every word can be searched, as before. The searcher does not know the language of what the analyst types, so
 * a query word matches any of the forms the stemmers of all languages give it.
 */
final class SearchAnalyzers {

    /** Articles (and a few pronouns) elided before a vowel in French and Italian. */
    private static final CharArraySet ELISIONS = new CharArraySet(List.of("l", "m", "t", "qu", "n", "s", "j", "d",
            "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl",
            "agl", "dagl", "degl", "negl", "sugl", "un"), true);

    private static final Analyzer NEUTRAL = new LanguageAnalyzer(UnaryOperator.identity());
    /** Splits a query into words without folding accents, so each language's stemmer sees them as written. */
    private static final Analyzer WORDS = new LanguageAnalyzer(UnaryOperator.identity(), false);
    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            "en", new LanguageAnalyzer(in -> new EnglishMinimalStemFilter(new EnglishPossessiveFilter(in))),
            "fr", new LanguageAnalyzer(FrenchLightStemFilter::new),
            "es", new LanguageAnalyzer(SpanishLightStemFilter::new),
            "pt", new LanguageAnalyzer(PortugueseLightStemFilter::new),
            "it", new LanguageAnalyzer(ItalianLightStemFilter::new),
            "de", new LanguageAnalyzer(GermanLightStemFilter::new),
            "ru", new LanguageAnalyzer(RussianLightStemFilter::new),
            "id", new LanguageAnalyzer(IndonesianStemFilter::new),
            "ar", new LanguageAnalyzer(ArabicStemFilter::new),
            "fa", new LanguageAnalyzer(in -> new ArabicStemFilter(new PersianNormalizationFilter(in))));

    private SearchAnalyzers() {
    }

    /** The analyzer for text in this language (ISO 639-1 code); language-neutral when unknown. */
    static Analyzer forLanguage(String language) {
        return language == null ? NEUTRAL : BY_LANGUAGE.getOrDefault(language, NEUTRAL);
    }

    /** The words of a query as typed, split and normalised the same way as the text but not stemmed. */
    static List<String> words(String query) {
        return terms(WORDS, query);
    }

    /** Every term a query word can stand for: its neutral form and its stem in each language, first the neutral. */
    static Set<String> forms(String word) {
        var forms = new LinkedHashSet<String>(terms(NEUTRAL, word));
        for (var analyzer : BY_LANGUAGE.values()) {
            forms.addAll(terms(analyzer, word));
        }
        return forms;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        try (var stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            var terms = new ArrayList<String>();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
            return terms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokenizer and normalisation shared by all languages, with the language's stemmer in the middle. */
    private static final class LanguageAnalyzer extends Analyzer {

        private final UnaryOperator<TokenStream> stemmer;
        private final boolean foldAccents;

        LanguageAnalyzer(UnaryOperator<TokenStream> stemmer) {
            this(stemmer, true);
        }

        LanguageAnalyzer(UnaryOperator<TokenStream> stemmer, boolean foldAccents) {
            this.stemmer = stemmer;
            this.foldAccents = foldAccents;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var tokenizer = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(tokenizer, ELISIONS);
            stream = new LowerCaseFilter(stream);
            stream = new ArabicNormalizationFilter(stream);
            stream = stemmer.apply(stream);
            if (foldAccents) {
                stream = new ASCIIFoldingFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

    }
}
