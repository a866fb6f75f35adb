package org.crosscheck.extract;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Mention;

/** What extraction found in one article: its site and date mentions and the attacks it reports. */
public record ArticleExtraction(long articleId, String outlet, LocalDate published, List<Mention> mentions,
                                List<IncidentCandidate> candidates) {

    public ArticleExtraction {
        mentions = List.copyOf(mentions);
        candidates = List.copyOf(candidates);
    }
}
