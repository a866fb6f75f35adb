package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench generate --articles N --seed S --out DIR}: writes a deterministic synthetic corpus. */
@Command(name = "generate", description = "Write a synthetic corpus of N articles (same seed, same bytes).")
final class BenchGenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles to write.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the .txt files into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (articles < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be 0 or more.");
        }
        var files = new CorpusGenerator(seed, articles, SitesCsv.bundled()).writeTo(out, Progress.NONE);
        var lines = spec.commandLine().getOut();
        lines.println("wrote " + files.size() + " articles to " + out);
        lines.flush();
        return 0;
    }
}
