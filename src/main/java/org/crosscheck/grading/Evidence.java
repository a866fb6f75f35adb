package org.crosscheck.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;

/**
 * What the suggestions are computed from: the claims of one incident, the links between them, the outlet of each
 * article and the articles that report the incident (some may have no claim in it).
 */
public record Evidence(List<Claim> claims, List<ClaimLink> links, Map<Long, String> outletByArticle,
                       Set<Long> reportArticleIds) {

    public Evidence {
        claims = List.copyOf(claims);
        links = List.copyOf(links);
        outletByArticle = Map.copyOf(outletByArticle);
        reportArticleIds = Set.copyOf(reportArticleIds);
    }
}
