package org.crosscheck.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.crosscheck.extract.ExtractionReport;
import org.crosscheck.extract.ExtractionService;
import org.crosscheck.ingest.ImportReport;
import org.crosscheck.ingest.ImportService;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.task.Progress;
import org.crosscheck.ui.common.FxTasks;

/**
 * Runs imports in the background (files, folders, or the bundled seeds on first start), extracts incidents and
 * claims from the newly imported articles in the same task, and hands each finished report on; turns a report into
 * the lines the report dialog lists.
 */
public final class ImportViewModel {

    private final ImportService importer;
    private final ExtractionService extractor;
    private final ArticleRepository articles;
    private final FxTasks tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private int runningCount;

    public ImportViewModel(ImportService importer, ExtractionService extractor, ArticleRepository articles,
                           FxTasks tasks) {
        this.importer = importer;
        this.extractor = extractor;
        this.articles = articles;
        this.tasks = tasks;
    }

    /** True while at least one import runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Imports files and folders (recursively). {@code onStored} gets the report once the articles are stored, before
     * their extraction (which takes minutes for a large folder) begins; {@code onDone} gets it when the whole import
     * has ended, {@code onError} a sentence. Both run on the FX thread.
     */
    public void importPaths(List<Path> paths, Consumer<ImportReport> onStored, Consumer<ImportReport> onDone,
                            Consumer<String> onError) {
        if (paths.isEmpty()) {
            return;
        }
        var title = paths.size() == 1 ? "Importing " + paths.get(0).getFileName() : "Importing " + paths.size() + " items";
        start(title, progress -> extracted(importer.importPaths(paths, progress), progress, onStored), onDone, onError);
    }

    /**
     * Imports the five bundled seed articles if the database holds no article yet (a first start); does nothing
     * otherwise. {@code onDone} runs only when seeds were imported.
     */
    public void importSeedsIntoEmptyDatabase(Consumer<ImportReport> onDone, Consumer<String> onError) {
        start("Importing the seed articles",
                progress -> articles.count(ArticleQuery.all()) == 0
                        ? extracted(importer.importSeeds(progress), progress, stored -> { }) : null,
                report -> {
                    if (report != null) {
                        onDone.accept(report);
                    }
                }, onError);
    }

    /**
     * Runs extraction again in the background over the given articles, or over all when the list is empty (after
     * the analyst corrected a publication date, or after the rules changed). What the analyst made or confirmed
     * stays as it is.
     */
    public void extractAgain(List<Long> articleIds, Consumer<ExtractionReport> onDone, Consumer<String> onError) {
        var title = articleIds.isEmpty() ? "Extracting incidents and claims from every article"
                : articleIds.size() == 1 ? "Extracting incidents and claims again"
                : "Extracting incidents and claims from " + articleIds.size() + " articles";
        tasks.run(title, progress -> articleIds.isEmpty() ? extractor.extractAll(progress)
                : extractor.extractArticles(articleIds, progress), onDone,
                error -> onError.accept("The extraction stopped: " + error.getMessage()));
    }

    /**
     * Extracts the articles the import stored (unless it was cancelled), after handing the report to {@code onStored}
     * on the FX thread, and returns the report.
     */
    private ImportReport extracted(ImportReport report, Progress progress, Consumer<ImportReport> onStored) {
        if (!report.cancelled() && !report.imported().isEmpty() && !progress.isCancelled()) {
            tasks.publish(() -> onStored.accept(report));
            extractor.extractArticles(report.imported().stream().map(ArticleSummary::id).toList(), progress);
        }
        return report;
    }

    private void start(String title, FxTasks.Job<ImportReport> job, Consumer<ImportReport> onDone,
                       Consumer<String> onError) {
        runningCount++;
        running.set(true);
        tasks.run(title, job, report -> {
            finished();
            onDone.accept(report);
        }, error -> {
            finished();
            onError.accept("The import stopped: " + error.getMessage());
        });
    }

    private void finished() {
        runningCount--;
        running.set(runningCount > 0);
    }

    /** What happened to one file, for the report list: the file's name, its folder, and the reason or header. */
    public record Line(Outcome outcome, String file, String folder, String detail) {
    }

    /** The three ends a file can come to. */
    public enum Outcome { FAILED, DUPLICATE, IMPORTED }

    /** The report as lines: failures first (they need attention), then duplicates, then what was imported. */
    public static List<Line> lines(ImportReport report) {
        var lines = new ArrayList<Line>();
        report.failures().forEach(f -> lines.add(new Line(Outcome.FAILED, name(f.file()), folder(f.file()),
                f.reason())));
        report.duplicates().forEach(d -> lines.add(new Line(Outcome.DUPLICATE, name(d), folder(d),
                "Already in the database; not imported again.")));
        report.imported().forEach(a -> lines.add(new Line(Outcome.IMPORTED, a.fileName(), "", describe(a))));
        return lines;
    }

    /** The heading of the report, e.g. "Imported 3 articles" or "Import cancelled after 2 articles". */
    public static String heading(ImportReport report) {
        var count = report.imported().size();
        var articles = count == 1 ? "1 article" : count + " articles";
        if (report.cancelled()) {
            return "Import cancelled after " + articles;
        }
        return count == 0 ? "Nothing new was imported" : "Imported " + articles;
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static String folder(Path file) {
        return file.getParent() == null ? "" : file.getParent().toString();
    }

    private static String describe(ArticleSummary article) {
        var parts = new ArrayList<String>();
        if (article.outlet() != null) {
            parts.add(article.outlet());
        }
        if (article.published() != null) {
            parts.add(article.published().toString());
        }
        parts.add(article.title() != null ? article.title() : "no title found");
        return String.join(" · ", parts);
    }
}
