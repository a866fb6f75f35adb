package org.crosscheck.export;

import java.io.Closeable;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Grade;
import org.crosscheck.model.ItemType;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.TagRepository;
import org.crosscheck.task.Progress;

/**
 * Writes the extraction's three annotation files with the headers of {@link AnnotationFiles}: {@code incidents.csv}
 * (ACLED's 31 columns in ACLED's order, then Crosscheck's own), {@code claims.csv} and {@code links.csv}, with
 * {@link IncidentProvenanceCsv}'s file beside them, all from one read of each table. Lists inside a cell are
 * {@code ;}-separated; {@code start}/{@code end} are character offsets into the stored text.
 */
public final class AnnotationCsv {

    private static final Map<String, String[]> COUNTRY_CODES = Map.of(
            "Syria", new String[] {"SYR", "760"}, "Iraq", new String[] {"IRQ", "368"},
            "Jordan", new String[] {"JOR", "400"});
    /** ACLED's actor2 and its inter code for the forces at the attacked bases. */
    private static final String ACTOR2 = "Military Forces of the United States";
    private static final int INTER_EXTERNAL = 8;
    private static final int INTER_MILITIA = 3;
    /** Rows written between two checks for cancellation (and progress messages) while claims and links stream. */
    private static final int ROWS_PER_CHECK = 8192;
    private static final ArticleHeader NO_ARTICLE = new ArticleHeader(null, null, null);
    private static final long[] NO_CLAIMS = {};

    private AnnotationCsv() {
    }

    /**
     * Writes {@code incidents.csv} (one row per incident, by id; and the same rows into {@code incidents.geojson} and
     * {@code incidents.kml} when the options ask for them), {@code claims.csv} (one row per claim, by id, with its
     * article's header and the grades), {@code links.csv} (one row per link, by id) and
     * {@value IncidentProvenanceCsv#FILE_NAME}, reading the incident, claim and link tables once: the claims and links
     * files are written from the rows the incident summaries are counted from, as they are read. Returns the four
     * files in that order. Checks for cancellation every {@value #ROWS_PER_CHECK} rows.
     */
    public static List<Path> write(IncidentRepository incidents, TagRepository tags, GradeRepository grades,
                                   ArticleRepository articles, Path folder, ExportFinish.Options options,
                                   Progress progress) throws IOException {
        var headers = new HashMap<Long, ArticleHeader>();
        articles.forEachMetadata(article -> headers.put(article.id(),
                new ArticleHeader(article.fileName(), article.outlet(), article.published())));
        var claimsFile = folder.resolve(AnnotationFiles.CLAIMS);
        var linksFile = folder.resolve(AnnotationFiles.LINKS);
        IncidentRepository.SummariesWithClaimIds read;
        try (var claimRows = new ClaimRows(SafeCsvWriter.create(claimsFile, AnnotationFiles.CLAIM_COLUMNS,
                     options.excel()), headers, tags, grades, progress);
             var linkRows = new LinkRows(SafeCsvWriter.create(linksFile, AnnotationFiles.LINK_COLUMNS,
                     options.excel()), progress)) {
            read = incidents.summariesWithClaimIds(claimRows, linkRows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.update(2, 4, "writing " + AnnotationFiles.INCIDENTS);
        var incidentsFile = writeIncidents(read, headers, tags, grades, folder, options);
        progress.update(3, 4, "writing " + IncidentProvenanceCsv.FILE_NAME);
        var provenanceFile = IncidentProvenanceCsv.write(
                read.summaries().stream().map(summary -> summary.incident()).toList(), folder, options.excel());
        return List.of(incidentsFile, claimsFile, linksFile, provenanceFile);
    }

    /** What a claim's row says about its article. */
    private record ArticleHeader(String fileName, String outlet, LocalDate published) {
    }

    private static Path writeIncidents(IncidentRepository.SummariesWithClaimIds read,
                                       Map<Long, ArticleHeader> headers, TagRepository tags, GradeRepository grades,
                                       Path folder, ExportFinish.Options options) throws IOException {
        var file = folder.resolve(AnnotationFiles.INCIDENTS);
        var tagNames = tags.tagNamesByItem(ItemType.INCIDENT);
        var assessments = grades.all(ItemType.INCIDENT);
        var claimIdsByIncident = read.claimIdsByIncident();
        var timestamp = Instant.now().getEpochSecond();
        try (var printer = SafeCsvWriter.create(file, AnnotationFiles.INCIDENT_COLUMNS, options.excel());
             var maps = IncidentMaps.create(folder, AnnotationFiles.INCIDENT_COLUMNS, options.geojson(),
                     options.kml())) {
            for (var summary : read.summaries()) {
                var incident = summary.incident();
                var codes = COUNTRY_CODES.getOrDefault(incident.country(), new String[] {"", ""});
                var claimIds = join(claimIdsByIncident.getOrDefault(incident.id(), NO_CLAIMS));
                var sources = new TreeSet<String>();
                summary.articleIds().forEach(id -> {
                    var header = headers.get(id);
                    if (header != null && header.outlet() != null) {
                        sources.add(header.outlet());
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

    /** Writes each claim handed over by the read as a row of {@code claims.csv}. */
    private static final class ClaimRows implements Consumer<Claim>, Closeable {
        private final SafeCsvWriter printer;
        private final Map<Long, ArticleHeader> headers;
        private final Map<Long, List<String>> tagNames;
        private final Map<Long, Grade> credibility;
        private final Map<String, Grade> reliability;
        private final Progress progress;
        private final SecondsText updatedAt = new SecondsText();
        private long count;

        ClaimRows(SafeCsvWriter printer, Map<Long, ArticleHeader> headers, TagRepository tags, GradeRepository grades,
                  Progress progress) {
            this.printer = printer;
            this.headers = headers;
            this.tagNames = tags.tagNamesByItem(ItemType.CLAIM);
            this.credibility = grades.all(ItemType.CLAIM);
            this.reliability = grades.reliabilityByOutlet();
            this.progress = progress;
        }

        @Override
        public void accept(Claim claim) {
            if (++count % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(0, 4, "writing " + AnnotationFiles.CLAIMS + ": " + count + " claims");
            }
            var header = headers.getOrDefault(claim.articleId(), NO_ARTICLE);
            var outlet = header.outlet();
            var outletGrade = outlet == null ? null : reliability.get(outlet);
            var claimGrade = credibility.get(claim.id());
            row(printer, claim.id(), claim.incidentId(), claim.articleId(), header.fileName(), outlet,
                    header.published(), claim.span().start(), claim.span().end(), claim.quote(),
                    claim.attributedTo(), claim.cue(), claim.aspect().code(), claim.value(), claim.stance().code(),
                    outletGrade == null ? null : outletGrade.value(), claimGrade == null ? null : claimGrade.value(),
                    String.join(";", tagNames.getOrDefault(claim.id(), List.of())), claim.origin().code(),
                    claim.analyst(), updatedAt.text(claim.updatedAt()));
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    /** Writes each link handed over by the read as a row of {@code links.csv}. */
    private static final class LinkRows implements Consumer<ClaimLink>, Closeable {
        private final SafeCsvWriter printer;
        private final Progress progress;
        private final SecondsText createdAt = new SecondsText();
        private long count;

        LinkRows(SafeCsvWriter printer, Progress progress) {
            this.printer = printer;
            this.progress = progress;
        }

        @Override
        public void accept(ClaimLink link) {
            if (++count % ROWS_PER_CHECK == 0) {
                progress.checkCancelled();
                progress.update(1, 4, "writing " + AnnotationFiles.LINKS + ": " + count + " links");
            }
            row(printer, link.id(), link.claimA(), link.claimB(), link.relation().code(), link.origin().code(),
                    link.status().code(), link.note(), link.analyst(), createdAt.text(link.createdAt()));
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
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

    private static String join(long[] ids) {
        var text = new StringBuilder(ids.length * 8);
        for (long id : ids) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(id);
        }
        return text.toString();
    }

    /**
     * Writes instants to the second (ISO-8601, UTC), remembering the last one: rows stored together share their
     * second, so most rows reuse the text of the row before.
     */
    private static final class SecondsText {
        private long second = Long.MIN_VALUE;
        private String text;

        String text(Instant instant) {
            if (instant == null) {
                return null;
            }
            if (instant.getEpochSecond() != second) {
                second = instant.getEpochSecond();
                text = instant.truncatedTo(ChronoUnit.SECONDS).toString();
            }
            return text;
        }
    }
}
