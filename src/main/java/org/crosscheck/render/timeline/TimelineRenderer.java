package org.crosscheck.render.timeline;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.render.Rgb;
import org.crosscheck.render.Surface;

/**
 * Draws the timeline on any {@link Surface}: the lane names in a left gutter, the weekly histogram strip, the time
 * axis, one lane per site with the incidents as marks (size by reports, colour by state) and the publication
 * dates of their reports as ticks under them, the brush, the selection, the tooltip and a legend. Where a lane has
 * more incidents in view than it has room for, they are binned per pixel column, so a frame costs the same at
 * 50,000 incidents as at fifty. Also answers which incident is under a point.
 */
public final class TimelineRenderer {

    static final double TOP = 10;
    static final double HISTOGRAM = 46;
    static final double AXIS = 24;
    static final double LEGEND = 32;
    static final double RIGHT = 18;
    static final double MIN_LANE = 24;
    static final double MAX_LANE = 40;
    static final double MIN_LABEL_SPACING = 80;
    private static final double DENSE_COLUMN = 2;
    private static final MarkState[] STATES = MarkState.values();
    /** Below this many pixels per incident in view, a lane is binned per pixel column instead of drawn mark by mark. */
    private static final double DENSE_SPACING = 10;
    private static final double TICK_FONT = 11;
    private static final double LABEL_FONT = 12;
    private static final String REPORT_LEGEND = "report published";
    private static final String PRECISION_LEGEND = "only week or month known";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final TimelinePalette palette;

    public TimelineRenderer(TimelinePalette palette) {
        this.palette = palette;
    }

    public TimelinePalette palette() {
        return palette;
    }

    /** The height that shows every lane of {@code data} at a comfortable size. */
    public static double preferredHeight(TimelineData data) {
        return TOP + HISTOGRAM + AXIS + LEGEND + Math.max(3, data.lanes().size()) * 32 + 8;
    }

    /** Where everything goes in {@code frame}; the surface is only used to measure the lane names. */
    public TimelineGeometry layout(TimelineFrame frame, Surface surface) {
        var data = frame.data();
        surface.setFont(LABEL_FONT, true);
        var widest = 0.0;
        var largestCount = 0;
        for (var lane : data.lanes()) {
            widest = Math.max(widest, surface.textWidth(lane.label()));
            largestCount = Math.max(largestCount, lane.size());
        }
        surface.setFont(TICK_FONT, false);
        var countWidth = surface.textWidth(Integer.toString(largestCount));
        var gutter = clamp(widest + countWidth + 36, 120, Math.max(120, Math.min(280, frame.width() * 0.32)));
        var lanesTop = TOP + HISTOGRAM + AXIS;
        var lanesBottom = Math.max(lanesTop + MIN_LANE, frame.height() - LEGEND);
        var laneCount = data.lanes().size();
        var laneHeight = laneCount == 0 ? MAX_LANE : clamp((lanesBottom - lanesTop) / laneCount, MIN_LANE, MAX_LANE);
        var maxScroll = Math.max(0, laneCount * laneHeight - (lanesBottom - lanesTop));
        return new TimelineGeometry(frame.span(), frame.width(), frame.height(), gutter,
                Math.max(gutter + 10, frame.width() - RIGHT), TOP, TOP + HISTOGRAM, TOP + HISTOGRAM + AXIS,
                lanesTop, lanesBottom, laneHeight, laneCount, clamp(frame.laneScroll(), 0, maxScroll));
    }

    /** Draws {@code frame} and returns the geometry it used. */
    public TimelineGeometry render(Surface surface, TimelineFrame frame) {
        var geometry = layout(frame, surface);
        var ticks = TimeTicks.forSpan(frame.span(), geometry.plotWidth(), MIN_LABEL_SPACING);
        surface.setFill(palette.background());
        surface.fillRect(0, 0, frame.width(), frame.height());
        surface.setFill(palette.gutter());
        surface.fillRect(0, 0, geometry.plotLeft(), frame.height());
        drawLanes(surface, frame, geometry);
        drawGrid(surface, geometry, ticks);
        drawHistogram(surface, frame, geometry);
        drawAxis(surface, geometry, ticks);
        drawBrush(surface, frame, geometry);
        drawMarks(surface, frame, geometry);
        drawSelection(surface, frame, geometry);
        drawLegend(surface, frame, geometry);
        if (frame.data().isEmpty()) {
            surface.setFont(13, false);
            surface.setFill(palette.mutedText());
            var message = frame.loading() ? "Loading the incidents…"
                    : "No incidents yet: import articles and run the extraction.";
            surface.fillText(message, geometry.plotLeft() + (geometry.plotWidth() - surface.textWidth(message)) / 2,
                    geometry.lanesTop() + 40);
        }
        drawTooltip(surface, frame, geometry);
        return geometry;
    }

    /** The incident whose mark is at {@code (x, y)}, if any. */
    public Optional<TimelineItem> hit(TimelineData data, TimelineGeometry geometry, double x, double y) {
        var laneIndex = geometry.laneAt(y);
        if (laneIndex < 0 || !geometry.inPlot(x) || laneIndex >= data.lanes().size()) {
            return Optional.empty();
        }
        var lane = data.lanes().get(laneIndex);
        var reach = (maxRadius(geometry) + 4) / geometry.pixelsPerDay();
        var day = geometry.day(x);
        var from = lane.indexOfDay((long) Math.floor(day - reach) - 32);
        var to = lane.indexOfDay((long) Math.ceil(day + reach) + 1);
        TimelineItem best = null;
        var bestDistance = Double.MAX_VALUE;
        for (var index = from; index < to; index++) {
            var item = lane.item(index);
            var distance = Math.abs(geometry.x(markDay(item)) - x);
            var limit = Math.max(radius(item, geometry) + 3, 5);
            if (distance <= limit && (distance < bestDistance - 0.5
                    || (Math.abs(distance - bestDistance) <= 0.5 && item.reportCount() > best.reportCount()))) {
                best = item;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private void drawLanes(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        var lanes = frame.data().lanes();
        var selectedLane = frame.selectedId() == null ? -1 : frame.data().laneOf(frame.selectedId());
        surface.pushClip(0, geometry.lanesTop(), geometry.width(), geometry.lanesBottom() - geometry.lanesTop());
        for (var index = 0; index < lanes.size(); index++) {
            var top = geometry.laneTop(index);
            if (top + geometry.laneHeight() < geometry.lanesTop() || top > geometry.lanesBottom()) {
                continue;
            }
            if (index % 2 == 1) {
                surface.setFill(palette.laneStripe());
                surface.fillRect(geometry.plotLeft(), top, geometry.plotWidth(), geometry.laneHeight());
            }
            if (index == selectedLane) {
                surface.setFill(palette.brush().withOpacity(0.07));
                surface.fillRect(0, top, geometry.width(), geometry.laneHeight());
            }
            surface.setStroke(palette.grid(), 1);
            surface.strokeLine(0, snap(top + geometry.laneHeight()), geometry.width(),
                    snap(top + geometry.laneHeight()));
            var lane = lanes.get(index);
            var baseline = top + geometry.laneHeight() / 2 + 4;
            surface.setFont(TICK_FONT, false);
            var count = Integer.toString(lane.size());
            var countWidth = surface.textWidth(count);
            surface.setFill(palette.mutedText());
            surface.fillText(count, geometry.plotLeft() - 10 - countWidth, baseline);
            surface.setFont(LABEL_FONT, index == selectedLane);
            surface.setFill(palette.text());
            surface.fillText(ellipsize(surface, lane.label(), geometry.plotLeft() - 30 - countWidth), 12, baseline);
        }
        surface.popClip();
        surface.setStroke(palette.grid(), 1);
        surface.strokeLine(snap(geometry.plotLeft()), geometry.histogramTop(), snap(geometry.plotLeft()),
                geometry.lanesBottom());
    }

    private void drawGrid(Surface surface, TimelineGeometry geometry, TimeTicks.TickSet ticks) {
        surface.pushClip(geometry.plotLeft(), geometry.histogramTop(), geometry.plotWidth(),
                geometry.lanesBottom() - geometry.histogramTop());
        surface.setStroke(palette.grid(), 1);
        for (var tick : ticks.major()) {
            var x = snap(geometry.x(tick.date().toEpochDay()));
            surface.strokeLine(x, geometry.histogramTop(), x, geometry.lanesBottom());
        }
        surface.popClip();
    }

    private void drawHistogram(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        var data = frame.data();
        var bottom = geometry.histogramBottom();
        surface.setFont(TICK_FONT, true);
        surface.setFill(palette.text());
        surface.fillText("Incidents per week", 12, geometry.histogramTop() + 16);
        surface.setFont(TICK_FONT, false);
        surface.setFill(palette.mutedText());
        surface.fillText(data.isEmpty() ? "none" : "highest week: " + data.maxWeekCount(), 12,
                geometry.histogramTop() + 32);
        if (data.isEmpty()) {
            return;
        }
        var barSpace = HISTOGRAM - 10;
        var brush = frame.hasBrush() ? geometry.pixelsOf(frame.brush()) : null;
        surface.pushClip(geometry.plotLeft(), geometry.histogramTop(), geometry.plotWidth(), HISTOGRAM);
        var first = (int) Math.max(0, Math.floor((frame.span().start() - data.firstWeek()) / 7));
        var last = (int) Math.min(data.weekTotal() - 1, Math.ceil((frame.span().end() - data.firstWeek()) / 7));
        for (var week = first; week <= last; week++) {
            var count = data.weekCount(week);
            if (count == 0) {
                continue;
            }
            var left = geometry.x(data.firstWeek() + week * 7L);
            var right = geometry.x(data.firstWeek() + week * 7L + 7);
            var gap = right - left > 4 ? 1 : 0;
            var height = Math.max(2, barSpace * count / (double) data.maxWeekCount());
            var brushed = brush != null && right > brush[0] && left < brush[1];
            surface.setFill(brushed ? palette.histogramBrushed() : palette.histogram());
            surface.fillRect(left + gap, bottom - height, Math.max(1, right - left - 2 * gap), height);
        }
        surface.popClip();
        surface.setStroke(palette.axis(), 1);
        surface.strokeLine(geometry.plotLeft(), snap(bottom), geometry.plotRight(), snap(bottom));
    }

    private void drawAxis(Surface surface, TimelineGeometry geometry, TimeTicks.TickSet ticks) {
        var bottom = geometry.axisBottom();
        surface.pushClip(geometry.plotLeft(), geometry.histogramBottom(), geometry.plotWidth() + RIGHT, AXIS);
        surface.setStroke(palette.axis(), 1);
        for (var minor : ticks.minor()) {
            var x = snap(geometry.x(minor.toEpochDay()));
            surface.strokeLine(x, geometry.histogramBottom(), x, geometry.histogramBottom() + 4);
        }
        surface.setFont(TICK_FONT, false);
        var lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (var tick : ticks.major()) {
            var x = snap(geometry.x(tick.date().toEpochDay()));
            surface.setStroke(palette.axis(), 1);
            surface.strokeLine(x, geometry.histogramBottom(), x, geometry.histogramBottom() + 8);
            var labelWidth = surface.textWidth(tick.label());
            if (x + 4 > lastLabelEnd + 8 && x + 4 + labelWidth <= geometry.plotRight() + RIGHT - 2) {
                surface.setFill(palette.text());
                surface.fillText(tick.label(), x + 4, bottom - 5);
                lastLabelEnd = x + 4 + labelWidth;
            }
        }
        surface.popClip();
        surface.setStroke(palette.grid(), 1);
        surface.strokeLine(geometry.plotLeft(), snap(bottom), geometry.plotRight(), snap(bottom));
    }

    private void drawBrush(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        if (!frame.hasBrush()) {
            return;
        }
        var pixels = geometry.pixelsOf(frame.brush());
        var left = Math.max(geometry.plotLeft(), pixels[0]);
        var right = Math.min(geometry.plotRight(), pixels[1]);
        if (right <= left) {
            return;
        }
        surface.setFill(palette.brush().withOpacity(0.10));
        surface.fillRect(left, geometry.histogramTop(), right - left, geometry.lanesBottom() - geometry.histogramTop());
        surface.setFill(palette.brush().withOpacity(0.12));
        surface.fillRect(left, geometry.histogramTop(), right - left, HISTOGRAM);
        surface.setStroke(palette.brush(), 1.5);
        for (var edge : new double[] {pixels[0], pixels[1]}) {
            if (edge >= geometry.plotLeft() && edge <= geometry.plotRight()) {
                surface.strokeLine(edge, geometry.histogramTop(), edge, geometry.lanesBottom());
                surface.setFill(palette.brush());
                surface.fillRoundRect(edge - 3, geometry.histogramTop() + HISTOGRAM / 2 - 9, 6, 18, 4);
            }
        }
    }

    private void drawMarks(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        var data = frame.data();
        var brush = frame.hasBrush() ? frame.brush() : null;
        surface.pushClip(geometry.plotLeft(), geometry.lanesTop(), geometry.plotWidth(),
                geometry.lanesBottom() - geometry.lanesTop());
        var firstLane = (int) Math.max(0, Math.floor(geometry.laneScroll() / geometry.laneHeight()));
        var lastLane = (int) Math.min(data.lanes().size() - 1,
                Math.ceil((geometry.laneScroll() + geometry.lanesBottom() - geometry.lanesTop()) / geometry.laneHeight()));
        for (var index = firstLane; index <= lastLane; index++) {
            var lane = data.lanes().get(index);
            drawReportTicks(surface, lane, index, geometry);
            var from = lane.indexOfDay((long) Math.floor(frame.span().start()) - 32);
            var to = lane.indexOfDay((long) Math.ceil(frame.span().end()) + 1);
            if (to - from > geometry.plotWidth() / DENSE_SPACING) {
                drawBinned(surface, lane, index, from, to, brush, geometry);
            } else {
                drawEach(surface, lane, index, from, to, brush, geometry, to - from <= geometry.plotWidth() / 40);
            }
        }
        surface.popClip();
    }

    private void drawReportTicks(Surface surface, TimelineData.Lane lane, int index, TimelineGeometry geometry) {
        var bottom = geometry.laneTop(index) + geometry.laneHeight() - 3;
        surface.setStroke(palette.reportTick(), 1);
        var from = lane.indexOfReportDay((long) Math.floor(geometry.span().start()));
        var to = lane.indexOfReportDay((long) Math.ceil(geometry.span().end()) + 1);
        var lastColumn = Long.MIN_VALUE;
        for (var report = from; report < to; report++) {
            var x = geometry.x(lane.reportDay(report) + 0.5);
            var column = Math.round(x);
            if (column != lastColumn) {
                surface.strokeLine(snap(x), bottom - 6, snap(x), bottom);
                lastColumn = column;
            }
        }
    }

    /** Draws every mark; with {@code connect}, thin lines from each mark to its reports' publication ticks. */
    private void drawEach(Surface surface, TimelineData.Lane lane, int index, int from, int to, DateRange brush,
                          TimelineGeometry geometry, boolean connect) {
        var y = geometry.markY(index);
        for (var position = from; position < to; position++) {
            var item = lane.item(position);
            if (item.precision() == TimePrecision.DAY) {
                continue;
            }
            var range = uncertainty(item);
            var left = geometry.x(range[0]);
            var right = geometry.x(range[1]);
            surface.setFill(item.state().color().withOpacity(opacity(item, brush) * 0.3));
            surface.fillRoundRect(left, y - 3, Math.max(2, right - left), 6, 6);
        }
        var tickTop = geometry.laneTop(index) + geometry.laneHeight() - 9;
        for (var position = from; connect && position < to; position++) {
            var item = lane.item(position);
            var x = geometry.x(markDay(item));
            surface.setStroke(palette.reportTick().withOpacity(0.22 * opacity(item, brush)), 1);
            for (var published : item.reportDates()) {
                surface.strokeLine(x, y, geometry.x(published.toEpochDay() + 0.5), tickTop);
            }
        }
        for (var position = from; position < to; position++) {
            var item = lane.item(position);
            var x = geometry.x(markDay(item));
            var radius = radius(item, geometry);
            surface.setFill(item.state().color().withOpacity(opacity(item, brush)));
            surface.fillCircle(x, y, radius);
            surface.setStroke(palette.background().withOpacity(opacity(item, brush)), 1.2);
            surface.strokeCircle(x, y, radius);
        }
    }

    private void drawBinned(Surface surface, TimelineData.Lane lane, int index, int from, int to, DateRange brush,
                            TimelineGeometry geometry) {
        var columns = (int) Math.ceil(geometry.plotWidth() / DENSE_COLUMN) + 1;
        var kinds = STATES.length;
        var counts = new int[columns];
        var states = new int[columns * kinds];
        var brushed = new boolean[columns];
        long brushFrom = brush == null || brush.from() == null ? Long.MIN_VALUE : brush.from().toEpochDay();
        long brushTo = brush == null || brush.to() == null ? Long.MAX_VALUE : brush.to().toEpochDay();
        for (var position = from; position < to; position++) {
            var column = (int) Math.floor((geometry.x(lane.markDay(position)) - geometry.plotLeft()) / DENSE_COLUMN);
            if (column < 0 || column >= columns) {
                continue;
            }
            counts[column]++;
            states[column * kinds + lane.stateOrdinal(position)]++;
            var day = lane.day(position);
            brushed[column] |= day >= brushFrom && day <= brushTo;
        }
        var y = geometry.markY(index);
        var maxHeight = geometry.laneHeight() * 0.6;
        for (var column = 0; column < columns; column++) {
            if (counts[column] == 0) {
                continue;
            }
            var dominant = 0;
            for (var state = 1; state < kinds; state++) {
                if (states[column * kinds + state]
                        > states[column * kinds + dominant]) {
                    dominant = state;
                }
            }
            var height = Math.min(maxHeight, 4 + 3 * Math.log(counts[column]) / Math.log(2));
            surface.setFill(STATES[dominant].color().withOpacity(brushed[column] ? 0.9 : 0.22));
            surface.fillRect(geometry.plotLeft() + column * DENSE_COLUMN, y - height / 2, DENSE_COLUMN, height);
        }
    }

    private void drawSelection(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        var data = frame.data();
        surface.pushClip(geometry.plotLeft(), geometry.lanesTop(), geometry.plotWidth(),
                geometry.lanesBottom() - geometry.lanesTop());
        if (frame.hover() != null) {
            data.find(frame.hover().id()).ifPresent(item -> {
                var lane = data.laneOf(item.id());
                surface.setStroke(palette.text().withOpacity(0.7), 1.5);
                surface.strokeCircle(geometry.x(markDay(item)), geometry.markY(lane),
                        radius(item, geometry) + 2.5);
            });
        }
        if (frame.selectedId() != null) {
            data.find(frame.selectedId()).ifPresent(item -> {
                var lane = data.laneOf(item.id());
                var x = geometry.x(markDay(item));
                var y = geometry.markY(lane);
                var radius = radius(item, geometry);
                var tickTop = geometry.laneTop(lane) + geometry.laneHeight() - 9;
                surface.setStroke(palette.selection().withOpacity(0.55), 1);
                for (var published : item.reportDates()) {
                    surface.strokeLine(x, y + radius, geometry.x(published.toEpochDay() + 0.5), tickTop);
                }
                surface.setStroke(palette.selection(), 2);
                surface.strokeCircle(x, y, radius + 3);
            });
        }
        surface.popClip();
    }

    private void drawLegend(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        var top = geometry.height() - LEGEND;
        surface.setFill(palette.gutter());
        surface.fillRect(0, top, geometry.width(), LEGEND);
        surface.setStroke(palette.grid(), 1);
        surface.strokeLine(0, snap(top), geometry.width(), snap(top));
        var baseline = top + LEGEND / 2 + 4;
        surface.setFont(TICK_FONT, false);
        var summary = summary(frame);
        var summaryLeft = geometry.width() - RIGHT - surface.textWidth(summary);
        var right = summaryLeft - 20;
        var x = 12.0;
        for (var state : MarkState.values()) {
            var width = 14 + surface.textWidth(state.label());
            if (x + width > right) {
                return;
            }
            surface.setFill(state.color());
            surface.fillCircle(x + 5, baseline - 4, 5);
            surface.setFill(palette.text());
            surface.fillText(state.label(), x + 14, baseline);
            x += width + 16;
        }
        if (x + 10 + surface.textWidth(REPORT_LEGEND) <= right) {
            surface.setStroke(palette.reportTick(), 1);
            surface.strokeLine(snap(x + 3), baseline - 9, snap(x + 3), baseline);
            surface.setFill(palette.text());
            surface.fillText(REPORT_LEGEND, x + 10, baseline);
            x += 10 + surface.textWidth(REPORT_LEGEND) + 16;
        }
        if (x + 28 + surface.textWidth(PRECISION_LEGEND) <= right) {
            surface.setFill(palette.mutedText().withOpacity(0.45));
            surface.fillRoundRect(x, baseline - 7, 22, 6, 6);
            surface.setFill(palette.text());
            surface.fillText(PRECISION_LEGEND, x + 28, baseline);
        }
        surface.setFill(palette.mutedText());
        surface.fillText(summary, summaryLeft, baseline);
    }

    private static String summary(TimelineFrame frame) {
        var data = frame.data();
        if (data.isEmpty()) {
            return frame.loading() ? "" : "0 incidents";
        }
        var total = data.size() + (data.size() == 1 ? " incident" : " incidents");
        if (frame.hasBrush()) {
            return "brush " + describeRange(frame.brush()) + ": " + data.countIn(frame.brush()) + " of " + total;
        }
        return total + ", " + SHORT_DAY.format(data.firstDate()) + " – " + SHORT_DAY.format(data.lastDate());
    }

    /** A day range as people write it: "1 Jan – 31 Jan 2024". */
    public static String describeRange(DateRange range) {
        if (range.isAll()) {
            return "all dates";
        }
        if (range.from() == null) {
            return "until " + SHORT_DAY.format(range.to());
        }
        if (range.to() == null) {
            return "from " + SHORT_DAY.format(range.from());
        }
        if (range.from().equals(range.to())) {
            return SHORT_DAY.format(range.from());
        }
        var from = range.from().getYear() == range.to().getYear()
                ? DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(range.from())
                : SHORT_DAY.format(range.from());
        return from + " – " + SHORT_DAY.format(range.to());
    }

    private void drawTooltip(Surface surface, TimelineFrame frame, TimelineGeometry geometry) {
        if (frame.hover() == null) {
            return;
        }
        var found = frame.data().find(frame.hover().id());
        if (found.isEmpty()) {
            return;
        }
        var lines = tooltipLines(found.get());
        surface.setFont(LABEL_FONT, true);
        var width = surface.textWidth(lines.get(0));
        surface.setFont(TICK_FONT + 0.5, false);
        for (var line : lines.subList(1, lines.size())) {
            width = Math.max(width, surface.textWidth(line) + (line == lines.get(lines.size() - 1) ? 14 : 0));
        }
        width += 20;
        var lineHeight = 16.0;
        var height = 12 + lineHeight * lines.size();
        var x = frame.hover().x() + 14;
        var y = frame.hover().y() + 14;
        if (x + width > geometry.width() - 4) {
            x = frame.hover().x() - 14 - width;
        }
        if (y + height > geometry.height() - 4) {
            y = frame.hover().y() - 14 - height;
        }
        x = Math.max(4, x);
        y = Math.max(4, y);
        surface.setFill(Rgb.hex("#000000").withOpacity(0.12));
        surface.fillRoundRect(x + 1, y + 2, width, height, 8);
        surface.setFill(palette.tooltip());
        surface.fillRoundRect(x, y, width, height, 8);
        surface.setStroke(palette.tooltipBorder(), 1);
        surface.strokeRoundRect(x + 0.5, y + 0.5, width - 1, height - 1, 8);
        var baseline = y + 6 + lineHeight - 3;
        surface.setFont(LABEL_FONT, true);
        surface.setFill(palette.text());
        surface.fillText(lines.get(0), x + 10, baseline);
        surface.setFont(TICK_FONT + 0.5, false);
        for (var line = 1; line < lines.size(); line++) {
            baseline += lineHeight;
            var last = line == lines.size() - 1;
            if (last) {
                surface.setFill(found.get().state().color());
                surface.fillCircle(x + 14, baseline - 4, 4.5);
            }
            surface.setFill(palette.text());
            surface.fillText(lines.get(line), x + (last ? 24 : 10), baseline);
        }
    }

    /** What the tooltip says about an incident: site, date with precision, reports, publication days, state. */
    public static List<String> tooltipLines(TimelineItem item) {
        var lines = new ArrayList<String>();
        lines.add(item.site());
        lines.add(describeDate(item));
        lines.add(plural(item.reportCount(), "report") + " · " + plural(item.sourceCount(), "independent source")
                + " · " + plural(item.conflictCount(), "conflict"));
        if (!item.reportDates().isEmpty()) {
            var first = item.reportDates().get(0);
            var last = item.reportDates().get(item.reportDates().size() - 1);
            lines.add("published " + describeRange(new DateRange(first, last)));
        }
        lines.add(item.state().label());
        return lines;
    }

    /** The event date as precise as it is known: a day, "week of ...", or a month. */
    public static String describeDate(TimelineItem item) {
        return switch (item.precision()) {
            case DAY -> DAY.format(item.date());
            case WEEK -> "week of " + SHORT_DAY.format(
                    item.date().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
            case MONTH -> MONTH.format(item.date()) + " (day unknown)";
        };
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The days an incident may have happened on, given its precision: {@code [start, end)} in epoch days. */
    static long[] uncertainty(TimelineItem item) {
        return switch (item.precision()) {
            case DAY -> new long[] {item.epochDay(), item.epochDay() + 1};
            case WEEK -> {
                var monday = TimelineData.mondayOf(item.epochDay());
                yield new long[] {monday, monday + 7};
            }
            case MONTH -> {
                var first = item.date().withDayOfMonth(1);
                yield new long[] {first.toEpochDay(), first.plusMonths(1).toEpochDay()};
            }
        };
    }

    /** Where an incident's mark sits: mid-day, or the middle of the week or month when only that is known. */
    static double markDay(TimelineItem item) {
        return switch (item.precision()) {
            case DAY -> item.epochDay() + 0.5;
            case WEEK -> TimelineData.mondayOf(item.epochDay()) + 3.5;
            case MONTH -> {
                var first = item.date().withDayOfMonth(1);
                yield (first.toEpochDay() + first.plusMonths(1).toEpochDay()) / 2.0;
            }
        };
    }

    private static double opacity(TimelineItem item, DateRange brush) {
        return brush == null || brush.contains(item.date()) ? 0.92 : 0.22;
    }

    private static double radius(TimelineItem item, TimelineGeometry geometry) {
        return Math.min(maxRadius(geometry), 4.5 + 2 * Math.sqrt(Math.max(0, item.reportCount() - 1)));
    }

    private static double maxRadius(TimelineGeometry geometry) {
        return geometry.laneHeight() * 0.3;
    }

    private static String ellipsize(Surface surface, String text, double maxWidth) {
        if (surface.textWidth(text) <= maxWidth) {
            return text;
        }
        var end = text.length();
        while (end > 1 && surface.textWidth(text.substring(0, end) + "…") > maxWidth) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    private static double snap(double value) {
        return Math.floor(value) + 0.5;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
