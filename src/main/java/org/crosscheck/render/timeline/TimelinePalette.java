package org.crosscheck.render.timeline;

import org.crosscheck.render.Rgb;

/** The colours of the timeline apart from the incident states, for the light and the dark theme. */
public record TimelinePalette(
        Rgb background,
        Rgb gutter,
        Rgb laneStripe,
        Rgb grid,
        Rgb text,
        Rgb mutedText,
        Rgb axis,
        Rgb histogram,
        Rgb histogramBrushed,
        Rgb brush,
        Rgb reportTick,
        Rgb selection,
        Rgb tooltip,
        Rgb tooltipBorder) {

    public static final TimelinePalette LIGHT = new TimelinePalette(
            Rgb.hex("#ffffff"), Rgb.hex("#f6f8fa"), Rgb.hex("#f6f8fa"), Rgb.hex("#e3e7ec"),
            Rgb.hex("#1f2328"), Rgb.hex("#656d76"), Rgb.hex("#8c959f"),
            Rgb.hex("#9aa6b2"), Rgb.hex("#0969da"), Rgb.hex("#0969da"),
            Rgb.hex("#57606a"), Rgb.hex("#1f2328"), Rgb.hex("#ffffff"), Rgb.hex("#d0d7de"));

    public static final TimelinePalette DARK = new TimelinePalette(
            Rgb.hex("#0d1117"), Rgb.hex("#161b22"), Rgb.hex("#131820"), Rgb.hex("#2a313a"),
            Rgb.hex("#e6edf3"), Rgb.hex("#8d96a0"), Rgb.hex("#6e7681"),
            Rgb.hex("#56616e"), Rgb.hex("#4493f8"), Rgb.hex("#4493f8"),
            Rgb.hex("#9aa4ae"), Rgb.hex("#f0f6fc"), Rgb.hex("#1c2128"), Rgb.hex("#3d444d"));
}
