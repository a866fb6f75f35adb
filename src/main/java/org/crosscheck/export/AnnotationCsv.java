package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.model.Grade;
import org.crosscheck.model.ItemType;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.TagRepository;

/**
 * Writes the extraction's three annotation files with the headers of {@link AnnotationFiles}: {@code incidents.csv}
 * (ACLED's 31 columns in ACLED's order, then Crosscheck's own), {@code claims.csv} and {@code links.csv}. Lists
 * inside a cell are {@code ;}-separated; {@code start}/{@code end} are character offsets into the stored text.
 */
public final class AnnotationCsv {

    private static final Map<String, String[]> COUNTRY_CODES = Map.of(
            "Syria", new String[] {"SYR", "760"}, "Iraq", new String[] {"IRQ", "368"},
            "Jordan", new String[] {"JOR", "400"});
    /** ACLED's actor2 and its inter code for the forces at the attacked bases. */
    private static final String ACTOR2 = "Military Forces of the United States";
    private static final int INTER_EXTERNAL = 8;
    private static final int INTER_MILITIA = 3;

    private AnnotationCsv() {
    }

    /**
     * Writes {@code incidents.csv}: one row per incident, by date; and the same rows into {@code incidents.geojson}
     * and {@code incidents.kml} when the options ask for them.
     */
    public static Path writeIncidents(IncidentRepository incidents, TagRepository tags, GradeRepository grades,
                                      ArticleRepository articles, Path folder, ExportFinish.Options options)
            throws IOException {
        var file = folder.resolve(AnnotationFiles.INCIDENTS);
        var tagNames = tags.tagNamesByItem(ItemType.INCIDENT);
        var assessments = grades.all(ItemType.INCIDENT);
        var outlets = new HashMap<Long, String>();
        articles.forEachMetadata(article -> outlets.put(article.id(), article.outlet()));
        var read = incidents.summariesWithClaimIds();
        var claimIdsByIncident = read.claimIdsByIncident();
        var timestamp = Instant.now().getEpochSecond();
        try (var printer = SafeCsvWriter.create(file, AnnotationFiles.INCIDENT_COLUMNS, options.excel());
             var maps = IncidentMaps.create(folder, AnnotationFiles.INCIDENT_COLUMNS, options.geojson(),
                     options.kml())) {
            for (var summary : read.summaries()) {
                var incident = summary.incident();
                var codes = COUNTRY_CODES.getOrDefault(incident.country(), new String[] {"", ""});
                var claimIds = join(claimIdsByIncident.getOrDefault(incident.id(), List.of()));
                var sources = new TreeSet<String>();
                summary.articleIds().forEach(id -> {
                    var outlet = outlets.get(id);
                    if (outlet != null) {
                        sources.add(outlet);
                    }
                });
                Integer inter1 = incident.actor1() == null ? null : INTER_MILITIA;
                Grade assessment = assessments.get(incident.id());
                var row = new Object[] {
                        codes[0] + incident.id(), incident.eventDate(), incident.eventDate().getYear(),
                        incident.timePrecision().code(), "Political violence", incident.eventType(),
                        incident.subEventType(), incident.actor1(), null, inter1, ACTOR2, null, INTER_EXTERNAL,
                        inter1 == null ? null : String.valueOf(inter1) + INTER_EXTERNAL, null, codes[1],
                        "Middle East", incident.country(), incident.admin1(), null, null, incident.location(),
                        incident.latitude(), incident.longitude(), incident.geoPrecision(), String.join(";", sources),
                        null, incident.notes(), incident.fatalities(),
                        String.join(";", tagNames.getOrDefault(incident.id(), List.of())), timestamp,
                        incident.id(), incident.siteId(), String.join(";", incident.weapons()), summary.reportCount(),
                        summary.independentSourceCount(), join(summary.articleIds()), claimIds,
                        assessment == null ? null : assessment.value(), summary.conflictCount()};
                printer.row(row);
                maps.row(row);
            }
        }
        return file;
    }

    /** Writes {@code claims.csv}: one row per claim, by id, with its article's header and the grades. */
    public static Path writeClaims(ClaimRepository claims, ArticleRepository articles, TagRepository tags,
                                   GradeRepository grades, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(AnnotationFiles.CLAIMS);
        var tagNames = tags.tagNamesByItem(ItemType.CLAIM);
        var credibility = grades.all(ItemType.CLAIM);
        var reliability = grades.reliabilityByOutlet();
        var headers = new HashMap<Long, Object[]>();
        articles.forEachMetadata(article -> headers.put(article.id(),
                new Object[] {article.fileName(), article.outlet(), article.published()}));
        try (var printer = SafeCsvWriter.create(file, AnnotationFiles.CLAIM_COLUMNS, excel)) {
            claims.forEach(claim -> {
                var header = headers.getOrDefault(claim.articleId(), new Object[3]);
                var outlet = (String) header[1];
                var outletGrade = outlet == null ? null : reliability.get(outlet);
                var claimGrade = credibility.get(claim.id());
                row(printer, claim.id(), claim.incidentId(), claim.articleId(), header[0], outlet,
                        (LocalDate) header[2], claim.span().start(), claim.span().end(), claim.quote(),
                        claim.attributedTo(), claim.cue(), claim.aspect().code(), claim.value(), claim.stance().code(),
                        outletGrade == null ? null : outletGrade.value(), claimGrade == null ? null : claimGrade.value(),
                        String.join(";", tagNames.getOrDefault(claim.id(), List.of())), claim.origin().code(),
                        claim.analyst(), timestamp(claim.updatedAt()));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    /** Writes {@code links.csv}: one row per link, by id. */
    public static Path writeLinks(LinkRepository links, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(AnnotationFiles.LINKS);
        try (var printer = SafeCsvWriter.create(file, AnnotationFiles.LINK_COLUMNS, excel)) {
            links.forEach(link -> row(printer, link.id(), link.claimA(), link.claimB(), link.relation().code(),
                    link.origin().code(), link.status().code(), link.note(), link.analyst(),
                    timestamp(link.createdAt())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return file;
    }

    /** Writes a row from inside a repository's row callback, which cannot throw {@link IOException}. */
    private static void row(SafeCsvWriter printer, Object... cells) {
        try {
            printer.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
