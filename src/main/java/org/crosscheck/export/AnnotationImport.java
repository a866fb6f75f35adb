package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Claim;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Grade;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.store.AnnotationStore;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.store.TagRepository;
import org.crosscheck.task.Progress;

/**
 * Reads an exported folder back into a database that holds the same articles (matched by SHA-256, whatever their
 * ids there) and replaces its incidents, claims, links, tags and grades with the exported ones, ids included, so
 * exporting again gives the same files. Every file is checked first; any malformed row (unknown id, bad value,
 * broken quoting) is reported with file and line and then nothing at all is changed. The change itself is one
 * transaction.
 */
public final class AnnotationImport {

    /** What an import did, or the problems that stopped it (then nothing was changed). */
    public record Report(int incidents, int claims, int links, int tags, int grades, List<String> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean applied() {
            return problems.isEmpty();
        }

        public String summary() {
            return applied()
                    ? "restored " + incidents + " incidents, " + claims + " claims, " + links + " links, " + tags
                            + " tags, " + grades + " grades"
                    : "nothing imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        }
    }

    private static final int MAX_PROBLEMS = 100;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String DEFAULT_TAG_COLOR = "#757575";
    /** The rule of an imported extractor claim: the export does not carry the extraction rule. */
    static final String IMPORTED_RULE = "imported";

    private final Database database;
    private final ArticleRepository articles;
    private final SiteRepository sites;
    private final IncidentRepository incidents;
    private final ClaimRepository claims;
    private final LinkRepository links;
    private final TagRepository tags;
    private final GradeRepository grades;
    private final AnnotationStore annotations;

    public AnnotationImport(Database database, ArticleRepository articles, SiteRepository sites,
                            IncidentRepository incidents, ClaimRepository claims, LinkRepository links,
                            TagRepository tags, GradeRepository grades, AnnotationStore annotations) {
        this.database = database;
        this.articles = articles;
        this.sites = sites;
        this.incidents = incidents;
        this.claims = claims;
        this.links = links;
        this.tags = tags;
        this.grades = grades;
        this.annotations = annotations;
    }

    /**
     * Checks every file of the folder, then replaces the annotations in one transaction if all are sound. Cancelled
     * (a {@link org.crosscheck.task.CancelledException} from {@code progress}), the transaction is rolled back and
     * nothing is changed.
     */
    public Report importFrom(Path folder, String analyst, Progress progress) {
        var plan = new Plan(folder);
        plan.read(progress);
        if (!plan.problems.isEmpty()) {
            return new Report(0, 0, 0, 0, 0, plan.problems);
        }
        progress.checkCancelled();
        int total = plan.incidents.size() + plan.claims.size() + plan.links.size();
        int[] done = {0};
        database.transaction(() -> {
            annotations.clearAll(analyst, "replaced by the annotations imported from " + folder);
            plan.tags.values().forEach(tag -> tags.restore(tag, analyst));
            for (var incident : plan.incidents.values()) {
                progress.checkCancelled();
                incidents.restore(incident, analyst, "import");
                progress.update(++done[0], total, "Restoring incident " + incident.id());
            }
            for (var claim : plan.claims.values()) {
                progress.checkCancelled();
                claims.restore(claim, analyst, "import");
                progress.update(++done[0], total, "Restoring claim " + claim.id());
            }
            for (var link : plan.links) {
                progress.checkCancelled();
                links.restore(link, analyst, "import");
                progress.update(++done[0], total, "Restoring link " + link.id());
            }
            progress.checkCancelled();
            plan.assignments.forEach(assignment ->
                    tags.assign(assignment.tagId(), assignment.type(), assignment.itemId(), analyst));
            plan.gradeValues.forEach(grade -> grades.restore(new Grade(grade.type(), grade.itemId(), grade.value(),
                    grade.analyst(), grade.updatedAt()), analyst));
            return null;
        });
        return new Report(plan.incidents.size(), plan.claims.size(), plan.links.size(), plan.tags.size(),
                plan.gradeValues.size(), List.of());
    }

    private record Assignment(long tagId, ItemType type, long itemId) {
    }

    /** A grade to store; who set it and when are known only from {@code outlets.csv}. */
    private record GradeValue(ItemType type, long itemId, String value, String analyst, Instant updatedAt) {

        GradeValue(ItemType type, long itemId, String value) {
            this(type, itemId, value, null, null);
        }
    }

    /** Everything read and checked from the folder, ready to store. */
    private final class Plan {
        final Path folder;
        final List<String> problems = new ArrayList<>();
        final Map<Long, Article> articleByExportedId = new HashMap<>();
        final Map<Long, String> unknownArticles = new HashMap<>();
        final Map<String, Tag> tags = new LinkedHashMap<>();
        final Map<Long, Incident> incidents = new LinkedHashMap<>();
        final Map<Long, Claim> claims = new LinkedHashMap<>();
        final List<ClaimLink> links = new ArrayList<>();
        final Set<Assignment> assignments = new LinkedHashSet<>();
        final List<GradeValue> gradeValues = new ArrayList<>();
        final Map<String, Long> outletIds = new HashMap<>();
        final Map<Long, Boolean> analystIncidents = new HashMap<>();
        /** Ids and tag names of every row listed, sound or not: rows pointing at a bad one are not reported again. */
        final Set<Long> listedIncidentIds = new LinkedHashSet<>();
        final Set<Long> listedClaimIds = new LinkedHashSet<>();
        final Set<String> listedTagNames = new LinkedHashSet<>();
        boolean tagsDefined;
        String file;
        long line;

        Plan(Path folder) {
            this.folder = folder;
        }

        void read(Progress progress) {
            progress.update(0, 7, "Reading " + ArticlesCsv.FILE_NAME);
            var articleTable = table(ArticlesCsv.FILE_NAME, true, List.of("article_id", "sha256"));
            progress.update(1, 7, "Reading " + TagsCsv.FILE_NAME);
            var tagTable = table(TagsCsv.FILE_NAME, false, TagsCsv.COLUMNS);
            progress.update(2, 7, "Reading " + AnnotationFiles.INCIDENTS);
            var incidentTable = table(AnnotationFiles.INCIDENTS, true, AnnotationFiles.INCIDENT_COLUMNS);
            progress.update(3, 7, "Reading " + AnnotationFiles.CLAIMS);
            var claimTable = table(AnnotationFiles.CLAIMS, true, AnnotationFiles.CLAIM_COLUMNS);
            progress.update(4, 7, "Reading " + AnnotationFiles.LINKS);
            var linkTable = table(AnnotationFiles.LINKS, true, AnnotationFiles.LINK_COLUMNS);
            progress.update(5, 7, "Reading " + OutletsCsv.FILE_NAME);
            var outletTable = table(OutletsCsv.FILE_NAME, false, OutletsCsv.COLUMNS);
            progress.update(6, 7, "Reading " + IncidentProvenanceCsv.FILE_NAME);
            var provenanceTable = table(IncidentProvenanceCsv.FILE_NAME, false, IncidentProvenanceCsv.COLUMNS);
            progress.update(7, 7, "Checking the rows");
            progress.checkCancelled();
            if (!problems.isEmpty()) {
                return;
            }
            articleTable.ifPresent(this::readArticles);
            tagTable.ifPresent(this::readTags);
            incidentTable.ifPresent(this::readIncidents);
            claimTable.ifPresent(this::readClaims);
            incidentTable.ifPresent(this::readIncidentDecorations);
            provenanceTable.ifPresent(this::readProvenance);
            linkTable.ifPresent(this::readLinks);
            outletTable.ifPresent(this::readOutlets);
        }

        private Optional<CsvTable> table(String name, boolean required, List<String> columns) {
            var path = folder.resolve(name);
            if (!Files.exists(path)) {
                if (required) {
                    problems.add(name + ": missing from " + folder + ".");
                }
                return Optional.empty();
            }
            try {
                var table = CsvTable.read(path);
                var missing = columns.stream().filter(column -> !table.header().contains(column)).toList();
                if (!missing.isEmpty()) {
                    problems.add(name + " line 1: missing column(s) " + String.join(", ", missing) + ".");
                    return Optional.empty();
                }
                return Optional.of(table);
            } catch (CsvTable.MalformedCsvException e) {
                problems.add(name + " line " + e.line() + ": " + e.getMessage() + ".");
            } catch (NoSuchFileException e) {
                problems.add(name + ": missing from " + folder + ".");
            } catch (IOException e) {
                problems.add(name + ": cannot be read (" + e.getMessage() + ").");
            }
            return Optional.empty();
        }

        private void readArticles(CsvTable table) {
            file = table.fileName();
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "article_id", Long::parseLong);
                var sha = row.get("sha256").strip();
                if (id == null) {
                    continue;
                }
                var local = articles.findIdBySha256(sha).flatMap(articles::find);
                if (local.isPresent()) {
                    articleByExportedId.put(id, local.get());
                } else {
                    unknownArticles.put(id, sha);
                }
            }
        }

        private void readTags(CsvTable table) {
            tagsDefined = true;
            file = table.fileName();
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "tag_id", Long::parseLong);
                var name = row.get("name").strip();
                var color = row.get("color").strip();
                var shortcut = row.get("shortcut").isBlank() ? null : number(row, "shortcut", Integer::parseInt);
                listedTagNames.add(name.toLowerCase(Locale.ROOT));
                if (id == null) {
                    continue;
                }
                if (name.isEmpty() || name.contains(";")) {
                    problem("tag name \"" + name + "\" is empty or contains \";\"");
                } else if (!COLOR.matcher(color).matches()) {
                    problem("colour \"" + color + "\" is not of the form #1f77b4");
                } else if (shortcut != null && (shortcut < 1 || shortcut > 9)) {
                    problem("shortcut " + shortcut + " is not a digit from 1 to 9");
                } else if (tags.containsKey(name.toLowerCase(Locale.ROOT))) {
                    problem("tag \"" + name + "\" is listed twice");
                } else {
                    tags.put(name.toLowerCase(Locale.ROOT), new Tag(id, name, color.toLowerCase(Locale.ROOT), shortcut));
                    for (var articleId : ids(row, "article_ids")) {
                        article(articleId).ifPresent(article ->
                                assignments.add(new Assignment(id, ItemType.ARTICLE, article.id())));
                    }
                }
            }
        }

        private void readIncidents(CsvTable table) {
            file = table.fileName();
            var knownSites = new LinkedHashSet<String>();
            sites.findAll().forEach(site -> knownSites.add(site.id()));
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "incident_id", Long::parseLong);
                var date = date(row, "event_date");
                var precision = number(row, "time_precision", Integer::parseInt);
                var latitude = number(row, "latitude", Double::parseDouble);
                var longitude = number(row, "longitude", Double::parseDouble);
                var geoPrecision = number(row, "geo_precision", Integer::parseInt);
                var fatalities = row.get("fatalities").isBlank() ? null
                        : number(row, "fatalities", Integer::parseInt);
                var siteId = emptyToNull(row.get("site_id"));
                if (id != null) {
                    listedIncidentIds.add(id);
                }
                if (id == null || date == null || precision == null || latitude == null || longitude == null
                        || geoPrecision == null) {
                    continue;
                }
                if (siteId != null && !knownSites.contains(siteId)) {
                    problem("unknown site_id \"" + siteId + "\"");
                    continue;
                }
                if (incidents.containsKey(id)) {
                    problem("incident_id " + id + " appears twice");
                    continue;
                }
                TimePrecision timePrecision;
                try {
                    timePrecision = TimePrecision.fromCode(precision);
                } catch (IllegalArgumentException e) {
                    problem("time_precision " + precision + " is not 1, 2 or 3");
                    continue;
                }
                var weapons = row.get("weapons").isBlank() ? List.<String>of()
                        : Arrays.asList(row.get("weapons").split(";"));
                incidents.put(id, new Incident(id, siteId, date, timePrecision,
                        null, row.get("event_type"), row.get("sub_event_type"),
                        emptyToNull(row.get("actor1")), weapons, row.get("location"), latitude, longitude,
                        geoPrecision, emptyToNull(row.get("country")), emptyToNull(row.get("admin1")), fatalities,
                        emptyToNull(row.get("notes")), Origin.AUTO, false));
            }
        }

        /** Tags and assessments of incidents, and their origin, once the claims are known. */
        private void readIncidentDecorations(CsvTable table) {
            file = table.fileName();
            for (var row : table.rows()) {
                line = row.line();
                var id = parseOrNull(row.get("incident_id"));
                if (id == null || !incidents.containsKey(id)) {
                    continue;
                }
                if (analystIncidents.getOrDefault(id, false)) {
                    var incident = incidents.get(id);
                    incidents.put(id, new Incident(id, incident.siteId(), incident.eventDate(),
                            incident.timePrecision(), incident.dateBasis(), incident.eventType(),
                            incident.subEventType(), incident.actor1(), incident.weapons(), incident.location(),
                            incident.latitude(), incident.longitude(), incident.geoPrecision(), incident.country(),
                            incident.admin1(), incident.fatalities(), incident.notes(), Origin.ANALYST, false));
                }
                tagNames(row).forEach(tag -> assignments.add(new Assignment(tag.id(), ItemType.INCIDENT, id)));
                var assessment = row.get("assessment").strip();
                if (!assessment.isEmpty()) {
                    try {
                        gradeValues.add(new GradeValue(ItemType.INCIDENT, id, Assessment.fromCode(assessment).code()));
                    } catch (IllegalArgumentException e) {
                        problem("assessment \"" + assessment + "\" is not one of confirmed, fair, weak, contested, "
                                + "discounted, single source");
                    }
                }
            }
        }

        /** Who made each incident, how its date was obtained and whether it was confirmed, when the export says. */
        private void readProvenance(CsvTable table) {
            file = table.fileName();
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "incident_id", Long::parseLong);
                var origin = enumValue(row, "origin", Origin::fromCode);
                var basis = row.get("date_basis").isBlank() ? null : enumValue(row, "date_basis", DateBasis::fromCode);
                var confirmed = row.get("confirmed").strip().toLowerCase(Locale.ROOT);
                if (id == null || origin == null || (!row.get("date_basis").isBlank() && basis == null)) {
                    continue;
                }
                if (!confirmed.equals("true") && !confirmed.equals("false")) {
                    problem("confirmed \"" + confirmed + "\" is neither true nor false");
                    continue;
                }
                var incident = incidents.get(id);
                if (incident == null) {
                    if (!listedIncidentIds.contains(id)) {
                        problem("incident_id " + id + " is not in " + AnnotationFiles.INCIDENTS);
                    }
                    continue;
                }
                incidents.put(id, new Incident(id, incident.siteId(), incident.eventDate(), incident.timePrecision(),
                        basis, incident.eventType(), incident.subEventType(), incident.actor1(), incident.weapons(),
                        incident.location(), incident.latitude(), incident.longitude(), incident.geoPrecision(),
                        incident.country(), incident.admin1(), incident.fatalities(), incident.notes(), origin,
                        Boolean.parseBoolean(confirmed)));
            }
        }

        private void readClaims(CsvTable table) {
            file = table.fileName();
            var outletGrades = new LinkedHashMap<String, String>();
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "claim_id", Long::parseLong);
                var exportedArticle = number(row, "article_id", Long::parseLong);
                var start = number(row, "start", Integer::parseInt);
                var end = number(row, "end", Integer::parseInt);
                var aspect = enumValue(row, "aspect", Aspect::fromCode);
                var stance = enumValue(row, "stance", Stance::fromCode);
                var origin = enumValue(row, "origin", Origin::fromCode);
                var incidentId = row.get("incident_id").isBlank() ? null : number(row, "incident_id", Long::parseLong);
                var updatedAt = instant(row, "updated_at");
                if (id != null) {
                    listedClaimIds.add(id);
                }
                if (id == null || exportedArticle == null || start == null || end == null || aspect == null
                        || stance == null || origin == null || updatedAt == null
                        || (!row.get("incident_id").isBlank() && incidentId == null)) {
                    continue;
                }
                if (incidentId != null && !incidents.containsKey(incidentId)) {
                    if (listedIncidentIds.contains(incidentId)) {
                        continue;
                    }
                    problem("incident_id " + incidentId + " is not in " + AnnotationFiles.INCIDENTS);
                    continue;
                }
                if (claims.containsKey(id)) {
                    problem("claim_id " + id + " appears twice");
                    continue;
                }
                var article = article(exportedArticle);
                if (article.isEmpty()) {
                    continue;
                }
                var text = article.get().text();
                if (start < 0 || end < start || end > text.length()) {
                    problem("span " + start + "–" + end + " lies outside article " + exportedArticle + " ("
                            + text.length() + " characters)");
                    continue;
                }
                var quote = row.get("quote");
                if (!text.substring(start, end).equals(quote)) {
                    problem("the quote is not the text of article " + exportedArticle + " at " + start + "–" + end
                            + " (is it the same article?)");
                    continue;
                }
                var credibility = row.get("credibility").strip();
                if (!credibility.isEmpty() && !credibility.matches("[1-6]")) {
                    problem("credibility \"" + credibility + "\" is not a digit 1–6");
                    continue;
                }
                var reliability = row.get("reliability").strip().toUpperCase(Locale.ROOT);
                if (!reliability.isEmpty() && !reliability.matches("[A-F]")) {
                    problem("reliability \"" + reliability + "\" is not a letter A–F");
                    continue;
                }
                var analyst = emptyToNull(row.get("analyst"));
                claims.put(id, new Claim(id, article.get().id(), incidentId, new Span(start, end), quote,
                        row.get("attributed_to"), emptyToNull(row.get("cue")), aspect, row.get("value"), stance,
                        origin == Origin.ANALYST ? "analyst" : IMPORTED_RULE, 1.0, origin, analyst, updatedAt));
                if (origin == Origin.ANALYST && incidentId != null) {
                    analystIncidents.put(incidentId, true);
                }
                if (!credibility.isEmpty()) {
                    gradeValues.add(new GradeValue(ItemType.CLAIM, id, credibility));
                }
                if (!reliability.isEmpty() && article.get().outlet() != null) {
                    outletGrades.putIfAbsent(article.get().outlet(), reliability);
                }
                tagNames(row).forEach(tag -> assignments.add(new Assignment(tag.id(), ItemType.CLAIM, id)));
            }
            outletGrades.forEach((outlet, reliability) -> outletId(outlet)
                    .ifPresent(outletId -> gradeValues.add(new GradeValue(ItemType.OUTLET, outletId, reliability))));
        }

        private void readLinks(CsvTable table) {
            file = table.fileName();
            var seen = new LinkedHashSet<Long>();
            for (var row : table.rows()) {
                line = row.line();
                var id = number(row, "link_id", Long::parseLong);
                var a = number(row, "claim_a", Long::parseLong);
                var b = number(row, "claim_b", Long::parseLong);
                var relation = enumValue(row, "relation", Relation::fromCode);
                var origin = enumValue(row, "origin", Origin::fromCode);
                var status = enumValue(row, "status", LinkStatus::fromCode);
                var createdAt = instant(row, "created_at");
                if (id == null || a == null || b == null || relation == null || origin == null || status == null
                        || createdAt == null) {
                    continue;
                }
                if (!claims.containsKey(a) || !claims.containsKey(b)) {
                    for (var claimId : List.of(a, b)) {
                        if (!claims.containsKey(claimId) && !listedClaimIds.contains(claimId)) {
                            problem("claim " + claimId + " is not in " + AnnotationFiles.CLAIMS);
                        }
                    }
                } else if (a.equals(b)) {
                    problem("a claim cannot be linked to itself");
                } else if (!seen.add(id)) {
                    problem("link_id " + id + " appears twice");
                } else {
                    links.add(new ClaimLink(id, a, b, relation, origin, status, emptyToNull(row.get("note")),
                            emptyToNull(row.get("analyst")), createdAt));
                }
            }
        }

        private void readOutlets(CsvTable table) {
            file = table.fileName();
            gradeValues.removeIf(grade -> grade.type() == ItemType.OUTLET);
            for (var row : table.rows()) {
                line = row.line();
                var reliability = row.get("reliability").strip().toUpperCase(Locale.ROOT);
                if (!reliability.matches("[A-F]")) {
                    problem("reliability \"" + reliability + "\" is not a letter A–F");
                    continue;
                }
                var outlet = row.get("outlet");
                var id = outletId(outlet);
                var updatedAt = instant(row, "updated_at");
                if (id.isEmpty()) {
                    problem("no article of this database comes from the outlet \"" + outlet + "\"");
                } else if (updatedAt != null) {
                    gradeValues.add(new GradeValue(ItemType.OUTLET, id.get(), reliability,
                            emptyToNull(row.get("analyst")), updatedAt));
                }
            }
        }

        private Optional<Long> outletId(String outlet) {
            if (!outletIds.containsKey(outlet)) {
                outletIds.put(outlet, grades.outletId(outlet).orElse(null));
            }
            return Optional.ofNullable(outletIds.get(outlet));
        }

        private List<Tag> tagNames(CsvTable.Row row) {
            var result = new ArrayList<Tag>();
            for (var name : row.get("tags").split(";")) {
                var key = name.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                var tag = tags.get(key);
                if (tag == null && listedTagNames.contains(key)) {
                    continue;
                }
                if (tag == null && tagsDefined) {
                    problem("tag \"" + name.strip() + "\" is not in " + TagsCsv.FILE_NAME);
                    continue;
                }
                if (tag == null) {
                    tag = new Tag(tags.size() + 1L, name.strip(), DEFAULT_TAG_COLOR, null);
                    tags.put(key, tag);
                }
                result.add(tag);
            }
            return result;
        }

        private Optional<Article> article(long exportedId) {
            var article = articleByExportedId.get(exportedId);
            if (article != null) {
                return Optional.of(article);
            }
            problem(unknownArticles.containsKey(exportedId)
                    ? "article " + exportedId + " (sha256 " + abbreviate(unknownArticles.get(exportedId))
                            + ") is not in this database; import the same articles first"
                    : "article " + exportedId + " is not in " + ArticlesCsv.FILE_NAME);
            return Optional.empty();
        }

        private List<Long> ids(CsvTable.Row row, String column) {
            var result = new ArrayList<Long>();
            for (var part : row.get(column).split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                var id = parseOrNull(part.strip());
                if (id == null) {
                    problem(column + " \"" + part + "\" is not a number");
                } else {
                    result.add(id);
                }
            }
            return result;
        }

        private <T> T number(CsvTable.Row row, String column, Function<String, T> parse) {
            var cell = row.get(column).strip();
            try {
                return parse.apply(cell);
            } catch (RuntimeException e) {
                problem(column + " \"" + cell + "\" is not a number");
                return null;
            }
        }

        private <T> T enumValue(CsvTable.Row row, String column, Function<String, T> parse) {
            var cell = row.get(column).strip();
            try {
                return parse.apply(cell);
            } catch (RuntimeException e) {
                problem(column + " \"" + cell + "\" is not a known value");
                return null;
            }
        }

        private LocalDate date(CsvTable.Row row, String column) {
            var cell = row.get(column).strip();
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeParseException e) {
                problem(column + " \"" + cell + "\" is not a date like 2024-01-12");
                return null;
            }
        }

        private Instant instant(CsvTable.Row row, String column) {
            var cell = row.get(column).strip();
            if (cell.isEmpty()) {
                return Instant.now();
            }
            try {
                return OffsetDateTime.parse(cell).toInstant();
            } catch (DateTimeParseException e) {
                problem(column + " \"" + cell + "\" is not a time like 2024-01-12T10:15:00Z");
                return null;
            }
        }

        private void problem(String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(file + " line " + line + ": " + message + ".");
            }
        }
    }

    private static Long parseOrNull(String cell) {
        try {
            return Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }
}
