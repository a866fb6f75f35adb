package org.crosscheck.ui.reader;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Site;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.MentionRepository;
import org.crosscheck.store.SiteRepository;

/**
 * What the extractor found in one article, as the reader marks it: the site and date mentions, the claims, and the
 * names of the gazetteer sites (mentions store site ids). {@link #NONE} belongs to no article.
 */
public record ArticleMarks(long articleId, List<Mention> mentions, List<Claim> claims, Map<String, String> siteNames) {

    public static final ArticleMarks NONE = new ArticleMarks(-1, List.of(), List.of(), Map.of());

    public ArticleMarks {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        siteNames = Map.copyOf(siteNames);
    }

    /** Loads the marks of an article from the repositories; call off the FX thread. */
    public static LongFunction<ArticleMarks> loader(MentionRepository mentions, ClaimRepository claims,
                                                    SiteRepository sites) {
        return articleId -> new ArticleMarks(articleId, mentions.forArticle(articleId), claims.forArticle(articleId),
                sites.findAll().stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a)));
    }
}
