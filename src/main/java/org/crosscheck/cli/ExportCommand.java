package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.AppContext;
import org.crosscheck.export.AnnotationCsv;
import org.crosscheck.export.ArticlesCsv;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.export.OutletsCsv;
import org.crosscheck.export.TagsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck export --out DIR}: writes the export files into a folder and prints one line per file written.
 * Each file is one {@link ExportFile}; a new export is one more entry in {@link #FILES}.
 */
@Command(name = "export", description = "Write the CSV exports (articles.csv, ...) into a folder; "
        + "cells that a spreadsheet would run as formulas get a leading apostrophe.")
final class ExportCommand implements Callable<Integer> {

    /** Writes one export file into the output folder and returns its path. */
    @FunctionalInterface
    interface ExportFile {
        Path writeInto(Path folder, AppContext context) throws IOException;
    }

    static final List<ExportFile> FILES = List.of(
            (folder, context) -> ArticlesCsv.write(context.articles(), folder),
            (folder, context) -> TagsCsv.write(context.tags(), folder),
            (folder, context) -> OutletsCsv.write(context.grades(), folder),
            (folder, context) -> AnnotationCsv.writeIncidents(context.incidents(), context.claims(), context.tags(),
                    context.grades(), context.articles(), folder),
            (folder, context) -> AnnotationCsv.writeClaims(context.claims(), context.articles(), context.tags(),
                    context.grades(), folder),
            (folder, context) -> AnnotationCsv.writeLinks(context.links(), folder));

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
    Path out;

    @Option(names = "--excel", description = "Start each CSV file with a UTF-8 byte-order mark for Excel.")
    boolean excel;

    @Option(names = "--geojson", description = "Also write incidents.geojson (RFC 7946) for QGIS.")
    boolean geojson;

    @Option(names = "--kml", description = "Also write incidents.kml for Google Earth.")
    boolean kml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        try (var context = database.open()) {
            var lines = spec.commandLine().getOut();
            var written = new ArrayList<Path>();
            for (var file : FILES) {
                written.add(file.writeInto(out, context));
            }
            written.addAll(ExportFinish.apply(out, written, new ExportFinish.Options(excel, geojson, kml)));
            written.forEach(file -> lines.println("wrote " + file));
            lines.flush();
            return 0;
        }
    }
}
