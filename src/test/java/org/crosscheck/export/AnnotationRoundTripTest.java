package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.assertj.core.api.SoftAssertions;
import org.crosscheck.AppContext;
import org.crosscheck.edit.Edits;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of issue 5 item 8 on the real seeds, writers and services: annotate database A through the edit
 * service, export it, import the export into a fresh database B holding the same articles, export B, and every
 * file is the same as A's apart from the columns that say when it was written.
 */
class AnnotationRoundTripTest {

    /** Columns (CSV) and properties (GeoJSON, KML) holding the moment of writing or importing. */
    private static final Set<String> TIME_COLUMNS = Set.of("timestamp", "imported_at");
    private static final Pattern GEOJSON_TIME = Pattern.compile("\"(timestamp)\":\\d+");
    private static final Pattern KML_TIME = Pattern.compile("(<Data name=\"timestamp\"><value>)\\d+(</value>)");
    private static final ExportFinish.Options ALL = new ExportFinish.Options(true, true, true);

    @TempDir
    Path folder;
    private Path exportA;
    private Path exportB;

    @BeforeEach
    void annotateExportAndReimport() throws IOException {
        exportA = folder.resolve("export-a");
        try (var a = AppContext.open(folder.resolve("a.mv.db"))) {
            a.setAnalyst("maya");
            a.importer().importSeeds(Progress.NONE);
            a.extractor().extractAll(Progress.NONE);
            annotate(a);
            a.exporter().exportTo(exportA, ALL, Progress.NONE);
        }
        exportB = folder.resolve("export-b");
        try (var b = AppContext.open(folder.resolve("b.mv.db"))) {
            b.setAnalyst("omar");
            b.importer().importSeeds(Progress.NONE);
            var report = b.annotationImport().importFrom(exportA, b.analyst(), Progress.NONE);
            assertThat(report.problems()).isEmpty();
            b.exporter().exportTo(exportB, ALL, Progress.NONE);
        }
    }

    /** One of every kind of annotation the analyst can make, through the same edits the window makes. */
    private static void annotate(AppContext context) {
        var edits = context.edits();
        var incidents = context.incidents().findAll();
        assertThat(incidents).as("the seeds give at least two incidents").hasSizeGreaterThanOrEqualTo(2);
        var incident = incidents.stream()
                .max(Comparator.comparingInt(i -> context.claims().forIncident(i.id()).size())).orElseThrow();
        var other = incidents.stream().filter(i -> i.id() != incident.id()).findFirst().orElseThrow();
        var claims = context.claims().forIncident(incident.id());
        assertThat(claims).hasSizeGreaterThanOrEqualTo(3);

        edits.perform(Edits.createTag("wire copy", "#1f77b4", 1));
        edits.perform(Edits.createTag("=check", "#d62728", null));
        var wire = context.tags().findByName("wire copy").orElseThrow();
        var check = context.tags().findByName("=check").orElseThrow();
        edits.perform(Edits.tag(wire.id(), ItemType.CLAIM, claims.get(0).id(), true));
        edits.perform(Edits.tag(check.id(), ItemType.CLAIM, claims.get(0).id(), true));
        edits.perform(Edits.tag(wire.id(), ItemType.ARTICLE, claims.get(0).articleId(), true));
        edits.perform(Edits.tag(check.id(), ItemType.INCIDENT, incident.id(), true));

        var article = context.articles().find(claims.get(0).articleId()).orElseThrow();
        edits.perform(Edits.grade(ItemType.OUTLET, context.grades().outletId(article.outlet()).orElseThrow(), "D"));
        edits.perform(Edits.grade(ItemType.CLAIM, claims.get(1).id(), "3"));
        edits.perform(Edits.grade(ItemType.INCIDENT, incident.id(), "contested"));

        var sentenceEnd = article.text().indexOf('.');
        edits.perform(Edits.createClaim(article, new Span(0, sentenceEnd), incident.id(), "-local sources",
                Aspect.DAMAGE, "not reported", Stance.NOT_CONFIRMED));
        var analystClaim = context.claims().forArticle(article.id()).stream()
                .filter(claim -> claim.origin() == Origin.ANALYST).findFirst().orElseThrow();
        edits.perform(Edits.createLink(analystClaim.id(), claims.get(1).id(), Relation.CONTRADICTS,
                "=damage not reported, \"destroyed\" says the other"));

        var suggested = context.links().findAll().stream()
                .filter(link -> link.status() == LinkStatus.SUGGESTED).map(ClaimLink::id).toList();
        assertThat(suggested).as("the extractor suggests links on the seeds").hasSizeGreaterThanOrEqualTo(2);
        edits.perform(Edits.decideLinks(List.of(suggested.get(0)), LinkStatus.ACCEPTED, "same Sputnik sentence"));
        edits.perform(Edits.decideLinks(List.of(suggested.get(1)), LinkStatus.REJECTED, null));

        var moved = claims.get(claims.size() - 1);
        edits.perform(Edits.moveClaim(moved.id(), other.id()));
        edits.perform(Edits.setIncidentDate(other.id(), other.eventDate().minusDays(1), TimePrecision.WEEK));
        context.incidents().setConfirmed(incident.id(), true, context.analyst());
    }

    @Test
    void everyExportedFileIsTheSameAfterImportApartFromTimestamps() throws IOException {
        var namesA = fileNames(exportA);
        assertThat(namesA).contains("articles.csv", "incidents.csv", "claims.csv", "links.csv", "tags.csv",
                "outlets.csv", "incident_provenance.csv", "incidents.geojson", "incidents.kml");
        assertThat(fileNames(exportB)).isEqualTo(namesA);
        var softly = new SoftAssertions();
        for (var name : namesA) {
            softly.assertThat(comparable(exportB.resolve(name))).as(name).isEqualTo(comparable(exportA.resolve(name)));
        }
        softly.assertAll();
    }

    @Test
    void theExportCarriesTheAnnotationsMadeInA() throws IOException {
        var claims = Files.readString(exportA.resolve("claims.csv"), StandardCharsets.UTF_8);
        var links = Files.readString(exportA.resolve("links.csv"), StandardCharsets.UTF_8);
        var incidents = Files.readString(exportA.resolve("incidents.csv"), StandardCharsets.UTF_8);

        assertThat(claims).contains("'-local sources", ",analyst,maya,", ",not reported,not confirmed,");
        assertThat(links).contains(",accepted,same Sputnik sentence,maya,", ",rejected,",
                "\"'=damage not reported, \"\"destroyed\"\" says the other\"");
        assertThat(incidents).contains(",contested,", "'=check");
    }

    @Test
    void databaseBHoldsTheSameAnnotationsAsA() {
        try (var a = AppContext.open(folder.resolve("a.mv.db"));
             var b = AppContext.open(folder.resolve("b.mv.db"))) {
            assertThat(withoutTimes(b.claims().findAll())).isEqualTo(withoutTimes(a.claims().findAll()));
            assertThat(b.links().findAll()).extracting(ClaimLink::id, ClaimLink::relation, ClaimLink::status,
                            ClaimLink::note)
                    .isEqualTo(a.links().findAll().stream().map(link -> org.assertj.core.groups.Tuple.tuple(link.id(),
                            link.relation(), link.status(), link.note())).toList());
            assertThat(b.incidents().findAll()).extracting(Incident::id, Incident::eventDate, Incident::timePrecision,
                            Incident::siteId, Incident::dateBasis, Incident::origin, Incident::confirmed)
                    .isEqualTo(a.incidents().findAll().stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.id(),
                            i.eventDate(), i.timePrecision(), i.siteId(), i.dateBasis(), i.origin(), i.confirmed()))
                            .toList());
            assertThat(a.incidents().findAll()).extracting(Incident::origin).contains(Origin.ANALYST, Origin.AUTO);
            assertThat(a.incidents().findAll()).extracting(Incident::confirmed).contains(true, false);
            assertThat(b.tags().findAll()).isEqualTo(a.tags().findAll());
            assertThat(b.grades().reliabilityByOutlet().keySet()).isEqualTo(a.grades().reliabilityByOutlet().keySet());
        }
    }

    private static List<String> withoutTimes(List<Claim> claims) {
        return claims.stream().map(claim -> claim.id() + "|" + claim.articleId() + "|" + claim.incidentId() + "|"
                + claim.span() + "|" + claim.attributedTo() + "|" + claim.aspect() + "|" + claim.value() + "|"
                + claim.stance() + "|" + claim.origin() + "|" + claim.analyst()).toList();
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    /** The file's content with the moments of writing blanked out. */
    private static String comparable(Path file) throws IOException {
        var name = file.getFileName().toString();
        if (name.endsWith(".geojson")) {
            return GEOJSON_TIME.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("\"$1\":0");
        }
        if (name.endsWith(".kml")) {
            return KML_TIME.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("$1$2");
        }
        var lines = new ArrayList<String>();
        try (var parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<String> header = null;
            for (var record : parser) {
                var cells = new ArrayList<String>();
                record.forEach(cells::add);
                if (header == null) {
                    header = List.copyOf(cells);
                } else {
                    for (int i = 0; i < cells.size(); i++) {
                        if (TIME_COLUMNS.contains(header.get(i))) {
                            cells.set(i, "<time>");
                        }
                    }
                }
                lines.add(cells.stream().collect(Collectors.joining("\u241f")));
            }
        }
        return String.join("\n", lines);
    }
}
