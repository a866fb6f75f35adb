package org.crosscheck.ui.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.grading.AssessmentSuggester;
import org.crosscheck.grading.CredibilitySuggester;
import org.crosscheck.grading.Evidence;
import org.crosscheck.grading.Suggestion;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Tag;

/**
 * One incident laid out for the side-by-side compare view: a column per report (article), a row per aspect, and in
 * each cell the claims of that report on that aspect, marked as agreeing, conflicting, standing alone or not
 * reported; plus the links, grades, suggestions and tags the view shows. Built in one go from plain records, so it
 * can be tested without a screen.
 */
public record CompareModel(
        Incident incident,
        List<Column> columns,
        Map<Aspect, Map<Long, List<ClaimCell>>> cells,
        List<LinkRow> links,
        String assessment,
        Suggestion<Assessment> assessmentSuggestion,
        List<Tag> incidentTags) {

    /** How a cell is coloured. */
    public enum CellState {
        /** Another report says the same, or a corroborates/repeats link supports it. */
        AGREE,
        /** A contradicts link not rejected touches one of its claims. */
        CONFLICT,
        /** Only this report speaks to the aspect. */
        ALONE,
        NOT_REPORTED
    }

    /** One report: the article, its outlet and date, its speakers and the outlet's reliability grade. */
    public record Column(long articleId, String fileName, String outlet, LocalDate published, List<String> speakers,
                         String reliability) {
    }

    /** One claim in a cell, with its grade, the suggested grade and reason, and its tags. */
    public record ClaimCell(Claim claim, CellState state, String credibility, Suggestion<Integer> suggestion,
                            List<Tag> tags) {
    }

    /** One link with the values it joins, for the links panel. */
    public record LinkRow(ClaimLink link, Claim a, Claim b) {

        public String describe() {
            return "\"" + a.value() + "\" (" + a.attributedTo() + ") " + link.relation().code() + " \"" + b.value()
                    + "\" (" + b.attributedTo() + ")";
        }
    }

    /** What the model is built from. */
    public record Input(Incident incident, List<Claim> claims, List<ClaimLink> links, Map<Long, Article> articles,
                        Map<String, String> reliabilityByOutlet, Map<Long, String> credibilityByClaim,
                        String assessment, Map<Long, List<Tag>> tagsByClaim, List<Tag> incidentTags) {
    }

    public static CompareModel build(Input input) {
        var articles = input.articles();
        var claimsById = new LinkedHashMap<Long, Claim>();
        input.claims().forEach(claim -> claimsById.put(claim.id(), claim));
        var columns = input.claims().stream().map(Claim::articleId).distinct()
                .map(articles::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .map(article -> new Column(article.id(), article.fileName(), article.outlet(), article.published(),
                        speakers(input.claims(), article.id()),
                        article.outlet() == null ? null : input.reliabilityByOutlet().get(article.outlet())))
                .toList();
        var outletByArticle = new HashMap<Long, String>();
        articles.values().forEach(article -> {
            if (article.outlet() != null) {
                outletByArticle.put(article.id(), article.outlet());
            }
        });
        var evidence = new Evidence(input.claims(), input.links(), outletByArticle,
                new LinkedHashSet<>(input.claims().stream().map(Claim::articleId).toList()));
        var credibility = new CredibilitySuggester();
        var cells = new EnumMap<Aspect, Map<Long, List<ClaimCell>>>(Aspect.class);
        for (var aspect : Aspect.values()) {
            var row = new LinkedHashMap<Long, List<ClaimCell>>();
            for (var column : columns) {
                var inCell = input.claims().stream()
                        .filter(claim -> claim.aspect() == aspect && claim.articleId() == column.articleId()).toList();
                var state = state(inCell, input.claims(), input.links());
                var list = new ArrayList<ClaimCell>();
                for (var claim : inCell) {
                    list.add(new ClaimCell(claim, state, input.credibilityByClaim().get(claim.id()),
                            credibility.suggest(claim, evidence),
                            input.tagsByClaim().getOrDefault(claim.id(), List.of())));
                }
                row.put(column.articleId(), list);
            }
            cells.put(aspect, row);
        }
        var links = input.links().stream()
                .filter(link -> claimsById.containsKey(link.claimA()) && claimsById.containsKey(link.claimB()))
                .map(link -> new LinkRow(link, claimsById.get(link.claimA()), claimsById.get(link.claimB())))
                .toList();
        return new CompareModel(input.incident(), columns, cells, links, input.assessment(),
                new AssessmentSuggester().suggest(evidence), List.copyOf(input.incidentTags()));
    }

    /** The cells of one aspect's row, by article id in column order. */
    public Map<Long, List<ClaimCell>> row(Aspect aspect) {
        return cells.get(aspect);
    }

    /** Every claim cell of the model, row by row. */
    public List<ClaimCell> allClaims() {
        var result = new ArrayList<ClaimCell>();
        cells.values().forEach(row -> row.values().forEach(result::addAll));
        return result;
    }

    static CellState state(List<Claim> inCell, List<Claim> all, List<ClaimLink> links) {
        if (inCell.isEmpty()) {
            return CellState.NOT_REPORTED;
        }
        var ids = inCell.stream().map(Claim::id).toList();
        var touching = links.stream().filter(link -> link.status() != LinkStatus.REJECTED)
                .filter(link -> ids.contains(link.claimA()) || ids.contains(link.claimB())).toList();
        if (touching.stream().anyMatch(link -> link.relation() == Relation.CONTRADICTS)) {
            return CellState.CONFLICT;
        }
        if (touching.stream().anyMatch(link -> link.relation() == Relation.CORROBORATES
                || link.relation() == Relation.REPEATS)) {
            return CellState.AGREE;
        }
        var articleId = inCell.get(0).articleId();
        var values = inCell.stream().map(claim -> normalised(claim.value())).toList();
        var sameElsewhere = all.stream().anyMatch(other -> other.articleId() != articleId
                && other.aspect() == inCell.get(0).aspect() && values.contains(normalised(other.value())));
        return sameElsewhere ? CellState.AGREE : CellState.ALONE;
    }

    private static List<String> speakers(List<Claim> claims, long articleId) {
        return claims.stream().filter(claim -> claim.articleId() == articleId).map(Claim::attributedTo)
                .filter(Objects::nonNull).distinct().toList();
    }

    private static String normalised(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
