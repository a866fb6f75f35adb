package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchMapCommandTest {

    @Test
    void printsTheMapFrameFigures() {
        var result = CliOutput.run("bench", "map", "--incidents", "400");

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("incidents=400");
        assertThat(result.lines()).anySatisfy(line -> assertThat(line).matches("map_frame_ms=\\d+\\.\\d\\d"));
        assertThat(result.lines()).anySatisfy(line -> assertThat(line).matches("map_tile_ms=\\d+\\.\\d\\d"));
        assertThat(result.lines()).anySatisfy(line -> assertThat(line).matches("map_brush_ms=\\d+\\.\\d\\d"));
    }

    @Test
    void refusesANonsenseCount() {
        assertThat(CliOutput.run("bench", "map", "--incidents", "0").exitCode()).isEqualTo(2);
    }
}
