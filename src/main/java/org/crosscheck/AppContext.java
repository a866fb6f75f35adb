package org.crosscheck;

import java.nio.file.Path;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.edit.EditService;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.export.AnnotationImport;
import org.crosscheck.extract.ExtractionService;
import org.crosscheck.export.AnnotationCsv;
import org.crosscheck.export.ArticlesCsv;
import org.crosscheck.export.ExportService;
import org.crosscheck.export.OutletsCsv;
import org.crosscheck.export.TagsCsv;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.store.AnnotationStore;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.AuditLog;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.ExtractionStore;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.MentionRepository;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.store.StatsRepository;
import org.crosscheck.store.TagRepository;

/**
 * The composition root: opens the database and wires repositories and services by hand, once. The GUI and the
 * tests build one of these; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final ArticleRepository articles;
    private final SiteRepository sites;
    private final StatsRepository stats;
    private final AuditLog auditLog;
    private final MentionRepository mentions;
    private final IncidentRepository incidents;
    private final ClaimRepository claims;
    private final LinkRepository links;
    private final TagRepository tags;
    private final GradeRepository grades;
    private final ImportService importer;
    private final EditService edits;
    private final AnnotationImport annotationImport;
    private final ExportService exporter;
    private volatile String analyst = defaultAnalyst();
    private final ExtractionService extractor;

    private AppContext(Database database) {
        this.database = database;
        this.articles = new ArticleRepository(database);
        this.sites = new SiteRepository(database);
        this.stats = new StatsRepository(database);
        this.auditLog = new AuditLog(database);
        this.mentions = new MentionRepository(database);
        this.incidents = new IncidentRepository(database);
        this.claims = new ClaimRepository(database);
        this.links = new LinkRepository(database);
        this.tags = new TagRepository(database);
        this.grades = new GradeRepository(database);
        this.importer = new ImportService(articles);
        this.edits = new EditService(database, claims, incidents, links, tags, grades, this::analyst);
        this.annotationImport = new AnnotationImport(database, articles, sites, incidents, claims, links, tags, grades,
                new AnnotationStore(database));
        this.extractor = new ExtractionService(articles, sites, incidents, claims, new ExtractionStore(database));
        this.exporter = new ExportService(List.of(
                (folder, options, progress) -> List.of(ArticlesCsv.write(articles, folder, options.excel())),
                (folder, options, progress) -> List.of(TagsCsv.write(tags, folder, options.excel())),
                (folder, options, progress) -> List.of(OutletsCsv.write(grades, folder, options.excel())),
                (folder, options, progress) -> AnnotationCsv.write(incidents, tags, grades, articles, folder, options,
                        progress)));
    }

    /** Opens the database file, migrates it and makes sure the bundled gazetteer is loaded. */
    public static AppContext open(Path databaseFile) {
        return open(databaseFile, status -> { });
    }

    /** Opens the database as {@link #open(Path)} does, telling {@code status} what takes long (see {@link Database}). */
    public static AppContext open(Path databaseFile, Consumer<String> status) {
        var context = new AppContext(Database.open(databaseFile, status));
        context.sites.saveAll(SitesCsv.bundled());
        return context;
    }

    public Database database() {
        return database;
    }

    public ArticleRepository articles() {
        return articles;
    }

    public SiteRepository sites() {
        return sites;
    }

    public StatsRepository stats() {
        return stats;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public MentionRepository mentions() {
        return mentions;
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    public ClaimRepository claims() {
        return claims;
    }

    public LinkRepository links() {
        return links;
    }

    public TagRepository tags() {
        return tags;
    }

    public GradeRepository grades() {
        return grades;
    }

    public ImportService importer() {
        return importer;
    }

    /** The analyst's edits with undo and redo for this session. */
    public EditService edits() {
        return edits;
    }

    /** Restores exported annotations into this database (File ▸ Import annotations…, import-annotations). */
    public AnnotationImport annotationImport() {
        return annotationImport;
    }

    /** Writes the export files (File ▸ Export…, crosscheck export). */
    public ExportService exporter() {
        return exporter;
    }

    /** The name written in the audit log: set in Settings, the operating-system user by default. */
    public String analyst() {
        return analyst;
    }

    public void setAnalyst(String name) {
        analyst = name == null || name.isBlank() ? defaultAnalyst() : name.strip();
    }

    private static String defaultAnalyst() {
        var user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
    }

    public ExtractionService extractor() {
        return extractor;
    }

    @Override
    public void close() {
        database.close();
    }
}
