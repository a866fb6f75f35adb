package org.crosscheck.render.timeline;

import org.crosscheck.geo.MarkerKind;
import org.crosscheck.render.Rgb;

/**
 * How well an incident is backed, which decides its colour on the timeline (and the same colours on the map):
 * reports that disagree, several independent sources that agree, one source only, or checked by the analyst. The
 * colours are the map's ({@link MarkerKind}), so a state looks the same in every view.
 */
public enum MarkState {
    CONTESTED("contested", MarkerKind.CONTESTED),
    CORROBORATED("corroborated", MarkerKind.CORROBORATED),
    SINGLE_SOURCE("single source", MarkerKind.SINGLE_SOURCE),
    CONFIRMED("analyst-confirmed", MarkerKind.CONFIRMED);

    private final String label;
    private final Rgb color;

    MarkState(String label, MarkerKind mapKind) {
        this.label = label;
        this.color = Rgb.of(mapKind.rgb());
    }

    public String label() {
        return label;
    }

    public Rgb color() {
        return color;
    }
}
