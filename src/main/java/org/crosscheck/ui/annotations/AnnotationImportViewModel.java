package org.crosscheck.ui.annotations;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.crosscheck.edit.EditService;
import org.crosscheck.export.AnnotationImport;
import org.crosscheck.task.CancelledException;
import org.crosscheck.ui.common.FxTasks;

/**
 * File ▸ Import annotations…: restores the incidents, claims, links, tags and grades of an export folder in the
 * background (progress and Cancel in the status bar), forgets the undo history the import made meaningless, and
 * turns the import's problems into lines for the result dialog.
 */
public final class AnnotationImportViewModel {

    /** How an import ended: applied, refused with problems, or cancelled (then nothing was changed either). */
    public record Outcome(Path folder, AnnotationImport.Report report, boolean cancelled) {

        public String heading() {
            if (cancelled) {
                return "Import cancelled: nothing was changed";
            }
            return report.applied() ? "Annotations restored from " + folder.getFileName()
                    : "Nothing was imported: " + report.problems().size()
                            + (report.problems().size() == 1 ? " problem" : " problems") + " to fix first";
        }
    }

    /** One problem of the result dialog: the file, the line (0 when the whole file is concerned) and what is wrong. */
    public record Problem(String file, long line, String message) {
    }

    private static final Pattern FILE_AND_LINE = Pattern.compile("^(\\S+\\.csv)(?: line (\\d+))?: (.*)$");

    private final AnnotationImport importer;
    private final EditService edits;
    private final Supplier<String> analyst;
    private final FxTasks tasks;

    public AnnotationImportViewModel(AnnotationImport importer, EditService edits, Supplier<String> analyst,
                                     FxTasks tasks) {
        this.importer = importer;
        this.edits = edits;
        this.analyst = analyst;
        this.tasks = tasks;
    }

    /**
     * Imports {@code folder} in the background; {@code onDone} gets the outcome on the FX thread (also when the
     * files had problems or the analyst cancelled), {@code onError} a sentence when the import itself failed.
     */
    public void importFrom(Path folder, Consumer<Outcome> onDone, Consumer<String> onError) {
        var name = analyst.get();
        tasks.run("Importing annotations from " + folder.getFileName(), progress -> {
            try {
                return new Outcome(folder, importer.importFrom(folder, name, progress), false);
            } catch (CancelledException e) {
                return new Outcome(folder, null, true);
            }
        }, outcome -> {
            if (!outcome.cancelled() && outcome.report().applied()) {
                edits.clearHistory();
            }
            onDone.accept(outcome);
        }, error -> onError.accept("Nothing was imported from " + folder + ": " + error.getMessage()));
    }

    /** The report's problems split into file, line and message, in the order found. */
    public static List<Problem> problems(AnnotationImport.Report report) {
        return report.problems().stream().map(AnnotationImportViewModel::problem).toList();
    }

    static Problem problem(String sentence) {
        var matcher = FILE_AND_LINE.matcher(sentence);
        if (!matcher.matches()) {
            return new Problem("", 0, sentence);
        }
        var line = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        return new Problem(matcher.group(1), line, matcher.group(3));
    }
}
