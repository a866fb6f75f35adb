package org.crosscheck.render.timeline;

import org.crosscheck.model.DateRange;

/**
 * Everything one picture of the timeline depends on: the data, the visible days, the brush, the selected and the
 * hovered incident, the vertical scroll of the lanes, the size in pixels and whether the incidents are still being
 * loaded (an empty timeline then says so instead of inviting an import). The control and the command line
 * fill one in and hand it to {@link TimelineRenderer}.
 */
public record TimelineFrame(
        TimelineData data,
        DaySpan span,
        DateRange brush,
        Long selectedId,
        Hover hover,
        double laneScroll,
        double width,
        double height,
        boolean loading) {

    /** The incident under the mouse and where the mouse is, for the tooltip. */
    public record Hover(long id, double x, double y) {
    }

    /** A still picture: no selection, no hover, lanes from the top. */
    public static TimelineFrame still(TimelineData data, DaySpan span, DateRange brush, double width, double height) {
        return new TimelineFrame(data, span, brush, null, null, 0, width, height, false);
    }

    public boolean hasBrush() {
        return brush != null && !brush.isAll();
    }
}
