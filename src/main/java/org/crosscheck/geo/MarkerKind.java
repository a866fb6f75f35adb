package org.crosscheck.geo;

/**
 * The evidence state an incident marker shows, with its colour and legend text; the map view and the PNG renderer
 * both colour by these, so the picture and the screen agree. Names match
 * {@code org.crosscheck.extract.IncidentSummary.State}.
 */
public enum MarkerKind {
    CONTESTED(0xD7301F, "Contested: reports contradict each other"),
    SINGLE_SOURCE(0xE89A0C, "Single source"),
    CORROBORATED(0x2B7BBA, "Corroborated: two or more independent sources"),
    CONFIRMED(0x1A9850, "Confirmed by the analyst");

    private final int rgb;
    private final String legend;

    MarkerKind(int rgb, String legend) {
        this.rgb = rgb;
        this.legend = legend;
    }

    /** The fill colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    public String legend() {
        return legend;
    }
}
