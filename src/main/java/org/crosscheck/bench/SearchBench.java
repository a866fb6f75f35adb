package org.crosscheck.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.AppContext;
import org.crosscheck.store.ArticleQuery;

/**
 * Full-text search latency as the article list sees it: for each of twenty words in the corpus's languages, count
 * the hits and load the first page of 100 rows. Five words warm up, then three rounds of all twenty are timed, so
 * the figures mix first reads of a word's page from the file with repeated ones.
 */
public final class SearchBench {

    private static final List<String> SEARCHES = List.of("Conoco", "Tanf", "rockets", "Pentagon", "drones",
            "intercepted", "roquettes", "misiles", "pangkalan", "صواريخ", "Shaddadi", "Omar", "destroyed", "damage",
            "Erbil", "Washington", "Rumeilan", "mísseis", "Sputnik", "injuries");
    private static final int ROUNDS = 3;
    private static final int WARM_UP = 5;
    private static final int PAGE = 100;

    private SearchBench() {
    }

    /** {@code search_p50_ms} and {@code search_p95_ms} over the database the context holds. */
    public static Map<String, Object> measure(AppContext context) {
        for (var word : SEARCHES.subList(0, WARM_UP)) {
            search(context, word);
        }
        var latencies = new double[SEARCHES.size() * ROUNDS];
        for (int round = 0, i = 0; round < ROUNDS; round++) {
            for (var word : SEARCHES) {
                long start = System.nanoTime();
                search(context, word);
                latencies[i++] = PipelineBench.millis(start);
            }
        }
        var figures = new LinkedHashMap<String, Object>();
        figures.put("search_p50_ms", PipelineBench.round(PipelineBench.percentile(latencies, 50)));
        figures.put("search_p95_ms", PipelineBench.round(PipelineBench.percentile(latencies, 95)));
        return figures;
    }

    private static void search(AppContext context, String word) {
        var query = ArticleQuery.all().withSearch(word);
        context.articles().count(query);
        context.articles().page(query, 0, PAGE);
    }
}
