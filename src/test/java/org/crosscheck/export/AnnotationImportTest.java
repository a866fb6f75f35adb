package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosscheck.AppContext;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.task.CancelledException;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnotationImportTest {

    private static final String TEXT = "Sputnik: six missiles hit the Conoco field on Friday, a correspondent said. "
            + "The Pentagon said two were intercepted.";
    private static final String SHA = "b".repeat(64);

    @TempDir
    Path folder;

    private AppContext context;
    private Article article;
    private Path export;
    private final Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();

    @BeforeEach
    void openAndWriteAnExport() throws IOException {
        context = AppContext.open(folder.resolve("target.mv.db"));
        article = context.articles().insert(new Article(0, "000.txt", SHA, TEXT, "Sputnik", null, null, null, "en",
                LocalDate.of(2024, 1, 12), DateBasis.EXPLICIT, null, Instant.now()));
        export = Files.createDirectories(folder.resolve("export"));
        row(ArticlesCsv.FILE_NAME, Map.of("article_id", 7, "file_name", "000.txt", "sha256", SHA));
        row(TagsCsv.FILE_NAME, Map.of("tag_id", 4, "name", "wire copy", "color", "#1f77b4", "shortcut", 2,
                "article_ids", "7"));
        row(AnnotationFiles.INCIDENTS, incidentRow());
        row(AnnotationFiles.CLAIMS, claimRow(10, 9, 22, "hit", "ANALYST-free"));
        row(AnnotationFiles.CLAIMS, claimRow(11, 82, 114, "intercepted 2", ""));
        row(AnnotationFiles.LINKS, Map.of("link_id", 3, "claim_a", 10, "claim_b", 11, "relation", "contradicts",
                "origin", "analyst", "status", "accepted", "note", "=hit vs intercepted", "analyst", "maya",
                "created_at", "2024-02-01T10:00:00Z"));
        row(OutletsCsv.FILE_NAME, Map.of("outlet", "Sputnik", "reliability", "D", "analyst", "maya"));
        row(IncidentProvenanceCsv.FILE_NAME, Map.of("incident_id", 5, "origin", "analyst", "date_basis",
                "inferred-from-context", "confirmed", "true"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Map<String, Object> incidentRow() {
        var row = new LinkedHashMap<String, Object>();
        row.put("incident_id", 5);
        row.put("event_date", "2024-01-12");
        row.put("time_precision", 1);
        row.put("event_type", "Explosions/Remote violence");
        row.put("sub_event_type", "Shelling/artillery/missile attack");
        row.put("location", "Conoco gas field");
        row.put("latitude", 35.28);
        row.put("longitude", 40.29);
        row.put("geo_precision", 1);
        row.put("country", "Syria");
        row.put("site_id", "conoco");
        row.put("weapons", "missile;drone");
        row.put("tags", "wire copy");
        row.put("assessment", "contested");
        return row;
    }

    private Map<String, Object> claimRow(long id, int start, int end, String value, String tags) {
        var row = new LinkedHashMap<String, Object>();
        row.put("claim_id", id);
        row.put("incident_id", 5);
        row.put("article_id", 7);
        row.put("start", start);
        row.put("end", end);
        row.put("quote", TEXT.substring(start, end));
        row.put("attributed_to", id == 10 ? "Sputnik correspondent" : "the Pentagon");
        row.put("cue", "said");
        row.put("aspect", "outcome");
        row.put("value", value);
        row.put("stance", "asserts");
        row.put("reliability", "D");
        row.put("credibility", id == 10 ? "5" : "");
        row.put("tags", tags.equals("ANALYST-free") ? "wire copy" : tags);
        row.put("origin", id == 10 ? "analyst" : "auto");
        row.put("analyst", id == 10 ? "maya" : "");
        row.put("updated_at", "2024-02-01T09:00:00Z");
        return row;
    }

    private void row(String file, Map<String, ?> cells) {
        files.computeIfAbsent(file, name -> new ArrayList<>()).add(new LinkedHashMap<>(cells));
    }

    private void writeFiles() throws IOException {
        var columns = Map.of(ArticlesCsv.FILE_NAME, ArticlesCsv.COLUMNS, TagsCsv.FILE_NAME, TagsCsv.COLUMNS,
                AnnotationFiles.INCIDENTS, AnnotationFiles.INCIDENT_COLUMNS, AnnotationFiles.CLAIMS,
                AnnotationFiles.CLAIM_COLUMNS, AnnotationFiles.LINKS, AnnotationFiles.LINK_COLUMNS,
                OutletsCsv.FILE_NAME, OutletsCsv.COLUMNS, IncidentProvenanceCsv.FILE_NAME,
                IncidentProvenanceCsv.COLUMNS);
        for (var entry : files.entrySet()) {
            var header = columns.get(entry.getKey());
            try (var out = Files.newBufferedWriter(export.resolve(entry.getKey()), StandardCharsets.UTF_8);
                 var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                         .setHeader(header.toArray(String[]::new)).get())) {
                for (var cells : entry.getValue()) {
                    var values = header.stream().map(column -> cells.get(column) == null ? ""
                            : SpreadsheetSafety.neutralise(cells.get(column).toString())).toList();
                    printer.printRecord(values);
                }
            }
        }
    }

    private AnnotationImport.Report runImport() throws IOException {
        writeFiles();
        return context.annotationImport().importFrom(export, "omar", Progress.NONE);
    }

    @Test
    void restoresIncidentsClaimsLinksTagsAndGradesWithTheirIds() throws IOException {
        var report = runImport();

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary()).isEqualTo("restored 1 incidents, 2 claims, 1 links, 1 tags, 3 grades");
        var incident = context.incidents().find(5).orElseThrow();
        assertThat(incident).extracting(Incident::siteId, Incident::eventDate, Incident::timePrecision,
                        Incident::weapons, Incident::origin, Incident::dateBasis, Incident::confirmed)
                .containsExactly("conoco", LocalDate.of(2024, 1, 12), TimePrecision.DAY, List.of("missile", "drone"),
                        Origin.ANALYST, DateBasis.INFERRED_FROM_CONTEXT, true);
        assertThat(context.claims().forIncident(5)).extracting(Claim::id, Claim::articleId, Claim::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, article.id(), "hit"),
                        org.assertj.core.groups.Tuple.tuple(11L, article.id(), "intercepted 2"));
        assertThat(context.links().find(3)).get()
                .extracting(ClaimLink::relation, ClaimLink::status, ClaimLink::note)
                .containsExactly(Relation.CONTRADICTS, LinkStatus.ACCEPTED, "=hit vs intercepted");
        assertThat(context.tags().findAll()).containsExactly(new Tag(4, "wire copy", "#1f77b4", 2));
        assertThat(context.tags().itemsWithTag(4, ItemType.ARTICLE)).containsExactly(article.id());
        assertThat(context.tags().itemsWithTag(4, ItemType.CLAIM)).containsExactly(10L);
        assertThat(context.tags().itemsWithTag(4, ItemType.INCIDENT)).containsExactly(5L);
        assertThat(context.grades().find(ItemType.INCIDENT, 5)).get().extracting(Grade::value)
                .isEqualTo("contested");
        assertThat(context.grades().find(ItemType.CLAIM, 10)).get().extracting(Grade::value).isEqualTo("5");
        assertThat(context.grades().reliabilityByOutlet().get("Sputnik").value()).isEqualTo("D");
    }

    @Test
    void replacesWhatTheDatabaseHeldAndNewItemsGetFreshIds() throws IOException {
        var old = context.incidents().insert(new Incident(0, null, LocalDate.of(2023, 10, 27), TimePrecision.DAY,
                null, "Explosions/Remote violence", "Air/drone strike", null, List.of(), "Al-Omar", 35.0, 40.5, 1,
                null, null, null, null, Origin.AUTO, false));

        runImport();

        assertThat(context.incidents().findAll()).extracting(Incident::id).containsExactly(5L);
        assertThat(context.auditLog().forItem(ItemType.INCIDENT, old.id())).extracting(e -> e.action())
                .contains("delete");
        var fresh = context.claims().insert(new Claim(0, article.id(), 5L, new org.crosscheck.model.Span(0, 7),
                "Sputnik", "Sputnik", null, Aspect.OCCURRENCE, "attack", Stance.ASSERTS, "analyst", 1, Origin.ANALYST,
                "omar", Instant.now()));
        assertThat(fresh.id()).isGreaterThan(11L);
    }

    @Test
    void aBadValueIsReportedWithFileAndLineAndNothingIsChanged() throws IOException {
        files.get(AnnotationFiles.CLAIMS).get(1).put("aspect", "colour");
        var tag = context.tags().create("keep me", "#000000", null, "maya");

        var report = runImport();

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).containsExactly("claims.csv line 3: aspect \"colour\" is not a known value.");
        assertThat(context.tags().findAll()).containsExactly(tag);
        assertThat(context.incidents().findAll()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(textBlock = """
            links.csv,     0, relation,       refutes,   'links.csv line 2: relation "refutes" is not a known value.'
            links.csv,     0, status,         pending,   'links.csv line 2: status "pending" is not a known value.'
            links.csv,     0, claim_a,        x1,        'links.csv line 2: claim_a "x1" is not a number.'
            claims.csv,    1, stance,         maybe,     'claims.csv line 3: stance "maybe" is not a known value.'
            claims.csv,    1, credibility,    7,         'claims.csv line 3: credibility "7" is not a digit 1–6.'
            claims.csv,    0, article_id,     8,         'claims.csv line 2: article 8 is not in articles.csv.'
            claims.csv,    1, start,          200,       'claims.csv line 3: span 200–114 lies outside article 7 (115 characters).'
            incidents.csv, 0, assessment,     probable,  'incidents.csv line 2: assessment "probable" is not one of confirmed, fair, weak, contested, discounted, single source.'
            incidents.csv, 0, site_id,        atlantis,  'incidents.csv line 2: unknown site_id "atlantis".'
            incidents.csv, 0, time_precision, 4,         'incidents.csv line 2: time_precision 4 is not 1, 2 or 3.'
            incidents.csv, 0, event_date,     12/1/2024, 'incidents.csv line 2: event_date "12/1/2024" is not a date like 2024-01-12.'
            tags.csv,      0, color,          red,       'tags.csv line 2: colour "red" is not of the form #1f77b4.'
            outlets.csv,   0, reliability,    G,         'outlets.csv line 2: reliability "G" is not a letter A–F.'
            incident_provenance.csv, 0, confirmed, yes,      'incident_provenance.csv line 2: confirmed "yes" is neither true nor false.'
            incident_provenance.csv, 0, origin,    robot,    'incident_provenance.csv line 2: origin "robot" is not a known value.'
            incident_provenance.csv, 0, incident_id, 9,      'incident_provenance.csv line 2: incident_id 9 is not in incidents.csv.'
            """)
    void aMalformedRowIsReportedWithFileAndLineAndNothingOfAnyFileIsApplied(String file, int row, String column,
                                                                            String value, String problem)
            throws IOException {
        var before = context.incidents().insert(new Incident(0, null, LocalDate.of(2023, 10, 27), TimePrecision.DAY,
                null, "Explosions/Remote violence", "Air/drone strike", null, List.of(), "Al-Omar", 35.0, 40.5, 1,
                null, null, null, null, Origin.AUTO, false));
        files.get(file).get(row).put(column, value);

        var report = runImport();

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).containsExactly(problem);
        assertThat(context.incidents().findAll()).containsExactly(before);
        assertThat(context.claims().findAll()).isEmpty();
        assertThat(context.links().findAll()).isEmpty();
        assertThat(context.tags().findAll()).isEmpty();
        assertThat(context.grades().reliabilityByOutlet()).isEmpty();
    }

    @Test
    void cancellingWhileRestoringRollsEverythingBack() throws IOException {
        writeFiles();
        var tag = context.tags().create("keep me", "#000000", null, "maya");
        var cancelAfterFirstClaim = new Progress() {
            private boolean cancelled;

            @Override
            public void update(long done, long total, String message) {
                cancelled |= message.startsWith("Restoring claim");
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };

        assertThatThrownBy(() -> context.annotationImport().importFrom(export, "omar", cancelAfterFirstClaim))
                .isInstanceOf(CancelledException.class);

        assertThat(context.tags().findAll()).containsExactly(tag);
        assertThat(context.incidents().findAll()).isEmpty();
        assertThat(context.claims().findAll()).isEmpty();
    }

    @Test
    void unknownIdsAreReported() throws IOException {
        files.get(AnnotationFiles.LINKS).get(0).put("claim_b", 99);
        files.get(AnnotationFiles.CLAIMS).get(0).put("incident_id", 6);

        var report = runImport();

        assertThat(report.problems()).containsExactly(
                "claims.csv line 2: incident_id 6 is not in incidents.csv.",
                "links.csv line 2: claim 99 is not in claims.csv.");
    }

    @Test
    void anArticleThisDatabaseDoesNotHoldIsReported() throws IOException {
        files.get(ArticlesCsv.FILE_NAME).get(0).put("sha256", "c".repeat(64));

        var report = runImport();

        assertThat(report.problems()).contains("claims.csv line 2: article 7 (sha256 cccccccccccc…) is not in this "
                + "database; import the same articles first.");
    }

    @Test
    void aQuoteThatIsNotTheArticleTextIsReported() throws IOException {
        files.get(AnnotationFiles.CLAIMS).get(0).put("quote", "something else");

        assertThat(runImport().problems()).containsExactly("claims.csv line 2: the quote is not the text of article 7 "
                + "at 9–22 (is it the same article?).");
    }

    @Test
    void brokenQuotingIsReportedWithItsLine() throws IOException {
        writeFiles();
        Files.writeString(export.resolve(AnnotationFiles.LINKS),
                String.join(",", AnnotationFiles.LINK_COLUMNS) + "\r\n3,10,11,contradicts,analyst,accepted,\"open note,"
                        + "maya,2024-02-01T10:00:00Z\r\n");

        var report = context.annotationImport().importFrom(export, "omar", Progress.NONE);

        assertThat(report.problems()).singleElement().asString().startsWith("links.csv line 2: ");
        assertThat(context.claims().findAll()).isEmpty();
    }
}
