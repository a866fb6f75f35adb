package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.crosscheck.store.Database;
import org.crosscheck.store.FileUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactOptionTest {

    private static final long GB = 1L << 30;

    @TempDir
    Path folder;

    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed);

    @Test
    void namesALargeFileOfMostlyReplacedPagesAndSaysSo() {
        var file = folder.resolve("big.mv.db");

        assertThat(new CompactOption().fileToCompact(file, new FileUse(48 * GB, 10), out)).isEqualTo(file);
        assertThat(printed.toString().strip()).isEqualTo("compacting " + file + " (48.0 GB, 10 % of it in use)");
    }

    @Test
    void leavesASmallOrMostlyLiveFileAloneAndSaysNothing() {
        var file = folder.resolve("small.mv.db");

        assertThat(new CompactOption().fileToCompact(file, new FileUse(20L << 20, 10), out)).isNull();
        assertThat(new CompactOption().fileToCompact(file, new FileUse(48 * GB, 90), out)).isNull();
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void noCompactLeavesEvenALargeFileOfMostlyReplacedPagesAlone() {
        var option = new CompactOption();
        option.skip = true;

        assertThat(option.fileToCompact(folder.resolve("big.mv.db"), new FileUse(48 * GB, 10), out)).isNull();
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void compactsTheNamedFileAndPrintsHowItWent() {
        var file = folder.resolve("named.mv.db");
        Database.open(file).close();

        CompactOption.compact(file, out);
        CompactOption.compact(null, out);

        assertThat(printed.toString().lines()).singleElement().asString()
                .startsWith("Compacted " + file.toAbsolutePath().normalize() + " from ");
    }
}
