package org.crosscheck.render.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.geo.MarkerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarkStateTest {

    @ParameterizedTest
    @EnumSource(MarkState.class)
    void aStateHasTheSameColourOnTheTimelineAsOnTheMap(MarkState state) {
        var mapColour = MarkerKind.valueOf(state.name()).rgb();

        assertThat(state.color().toHex()).isEqualTo(String.format("#%06x", mapColour));
    }
}
