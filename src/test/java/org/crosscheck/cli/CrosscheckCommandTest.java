package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrosscheckCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"import", "extract", "eval", "export", "import-annotations", "stats", "compact", "bench",
            "bench generate", "bench map", "bench timeline", "bench start", "bench window", "render", "render map",
            "render timeline"})
    void everyCommandPrintsItsUsageForHelpAndDoesNothingElse(String command) {
        var args = (command + " --help").split(" ");

        var result = CliOutput.run(args);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: crosscheck " + command);
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help"})
    void shortAndLongHelpAreTheSame(String option) {
        assertThat(CliOutput.run("bench", "timeline", option).out())
                .isEqualTo(CliOutput.run("bench", "timeline", "--help").out());
    }
}
