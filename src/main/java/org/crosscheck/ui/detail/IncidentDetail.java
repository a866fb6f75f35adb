package org.crosscheck.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crosscheck.AppContext;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Span;
import org.crosscheck.ui.reader.ReaderMarks;

/**
 * Everything the detail panel shows about one incident, loaded in one go off the FX thread: the incident, its
 * site's name, the reports (articles with claims about it), its claims, and how many independent sources and open
 * contradictions it has (counted as the incidents list counts them).
 */
public record IncidentDetail(Incident incident, String siteName, List<Report> reports, List<Claim> claims,
                             int independentSourceCount, int conflictCount) {

    /**
     * One article reporting the incident; {@code firstClaim} is the span of its first claim about the incident,
     * where the reader opens it.
     */
    public record Report(long articleId, String outlet, String title, String fileName, LocalDate published,
                         Span firstClaim) {

        /** The outlet, or the file name when the article states none. */
        public String source() {
            return outlet == null || outlet.isBlank() ? fileName : outlet;
        }
    }

    public IncidentDetail {
        reports = List.copyOf(reports);
        claims = List.copyOf(claims);
    }

    /** The claims by aspect, occurrence last ({@link ReaderMarks#TELLING_FIRST}), each group in text order per report. */
    public Map<Aspect, List<Claim>> claimsByAspect() {
        var groups = new TreeMap<Aspect, List<Claim>>(ReaderMarks.TELLING_FIRST);
        claims.stream().filter(claim -> claim.aspect() != null)
                .sorted(Comparator.comparingLong(Claim::articleId).thenComparingInt(claim -> claim.span().start()))
                .forEach(claim -> groups.computeIfAbsent(claim.aspect(), aspect -> new ArrayList<>())
                        .add(claim));
        return groups;
    }

    /** The report a claim comes from. */
    public Optional<Report> reportOf(Claim claim) {
        return reports.stream().filter(report -> report.articleId() == claim.articleId()).findFirst();
    }

    /** Loads the detail of incident {@code id} from the repositories; empty when it no longer exists. */
    public static Optional<IncidentDetail> load(AppContext context, long id) {
        var found = context.incidents().summary(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var summary = found.get();
        var claims = context.claims().forIncident(id).stream().filter(claim -> claim.span() != null).toList();
        var firstClaims = new LinkedHashMap<Long, Span>();
        claims.stream().sorted(Comparator.comparingInt(claim -> claim.span().start()))
                .forEach(claim -> firstClaims.putIfAbsent(claim.articleId(), claim.span()));
        var reports = context.articles().summaries(List.copyOf(firstClaims.keySet())).stream()
                .map(article -> new Report(article.id(), article.outlet(), article.title(), article.fileName(),
                        article.published(), firstClaims.get(article.id())))
                .sorted(Comparator.comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Report::source))
                .toList();
        return Optional.of(new IncidentDetail(summary.incident(), summary.siteName(), reports, claims,
                summary.independentSourceCount(), summary.conflictCount()));
    }
}
