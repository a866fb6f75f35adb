package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.export.ExportFinish;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck export --out DIR [--excel] [--geojson] [--kml]}: writes the export files into a folder (the
 * files are those of {@code AppContext.exporter()}, the same as File ▸ Export) and prints one line per file.
 */
@Command(name = "export", description = "Write the CSV exports (articles.csv, ...) into a folder; "
        + "cells that a spreadsheet would run as formulas get a leading apostrophe.")
final class ExportCommand implements Callable<Integer> {

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
        try (var context = database.open()) {
            var lines = spec.commandLine().getOut();
            var written = context.exporter().exportTo(out, new ExportFinish.Options(excel, geojson, kml),
                    Progress.NONE);
            written.forEach(file -> lines.println("wrote " + file));
            lines.flush();
            return 0;
        }
    }
}
