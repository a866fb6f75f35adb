package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crosscheck.extract.Evaluation;
import org.crosscheck.extract.GoldArticle;
import org.crosscheck.ingest.SitesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck eval DIR}: runs extraction on a hand-annotated gold folder in a throw-away database and prints
 * precision, recall and F1 per field, then the median extraction time per article (first pass and warm).
 */
@Command(name = "eval", description = "Score extraction against a gold folder (NAME.txt + NAME.gold).")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with NAME.txt and NAME.gold files.")
    Path folder;

    @Option(names = "--diff", description = "Also print every missed and extra item.")
    boolean diff;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("error: " + folder + " is not a folder.");
            return 2;
        }
        var gold = GoldArticle.readFolder(folder);
        if (gold.isEmpty()) {
            spec.commandLine().getErr().println("error: " + folder + " holds no NAME.txt with a NAME.gold beside it.");
            return 2;
        }
        var work = Files.createTempDirectory("crosscheck-eval");
        try {
            var result = Evaluation.run(gold, SitesCsv.bundled(), work);
            out.println(String.format(Locale.ROOT, "%-10s %9s %9s %9s %5s %5s %5s", "field", "precision", "recall",
                    "f1", "tp", "pred", "gold"));
            for (var score : result.scores().values()) {
                out.println(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %5d %5d %5d", score.field(),
                        score.precision(), score.recall(), score.f1(), score.truePositives(), score.predicted(),
                        score.expected()));
            }
            out.println(String.format(Locale.ROOT, "articles %d, median extraction time %.2f ms/article (first pass, "
                    + "cold JVM), %.2f ms/article warm", result.articles(), result.medianMillisPerArticle(),
                    result.warmMedianMillisPerArticle()));
            if (diff) {
                result.differences().forEach(out::println);
            }
            out.flush();
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
