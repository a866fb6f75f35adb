package org.crosscheck.render.timeline;

import org.crosscheck.render.Rgb;

/**
 * How well an incident is backed, which decides its colour on the timeline (and the same colours on the map):
 * reports that disagree, several independent sources that agree, one source only, or checked by the analyst.
 */
public enum MarkState {
    CONTESTED("contested", "#d0453b"),
    CORROBORATED("corroborated", "#2e8a57"),
    SINGLE_SOURCE("single source", "#e09a1a"),
    CONFIRMED("analyst-confirmed", "#2f67b8");

    private final String label;
    private final Rgb color;

    MarkState(String label, String hex) {
        this.label = label;
        this.color = Rgb.hex(hex);
    }

    public String label() {
        return label;
    }

    public Rgb color() {
        return color;
    }
}
