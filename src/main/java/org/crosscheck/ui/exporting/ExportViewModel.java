package org.crosscheck.ui.exporting;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.crosscheck.export.ArticlesCsv;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.ui.common.FxTasks;

/** File ▸ Export: writes the export files into a folder the analyst picked, in the background. */
public final class ExportViewModel {

    private final ArticleRepository articles;
    private final FxTasks tasks;

    public ExportViewModel(ArticleRepository articles, FxTasks tasks) {
        this.articles = articles;
        this.tasks = tasks;
    }

    /** Writes {@code articles.csv} into {@code folder}; {@code onDone} gets a sentence saying what was written. */
    public void exportTo(Path folder, Consumer<String> onDone, Consumer<String> onError) {
        tasks.run("Exporting", progress -> ArticlesCsv.write(articles, folder),
                written -> onDone.accept("Exported " + written),
                error -> onError.accept("Nothing was written to " + folder + ": " + error.getMessage()));
    }
}
