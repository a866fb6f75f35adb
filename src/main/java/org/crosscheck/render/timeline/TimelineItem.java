package org.crosscheck.render.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crosscheck.model.TimePrecision;

/**
 * One incident as the timeline draws it: where (the site, which picks the lane), when (event date and its
 * precision), how much it is reported (reports, independent sources, conflicts, with the publication date of
 * each report) and its state. Built from the extractor's incident summaries; the timeline never reads the database.
 */
public record TimelineItem(
        long id,
        String site,
        LocalDate date,
        TimePrecision precision,
        int reportCount,
        int sourceCount,
        int conflictCount,
        MarkState state,
        List<LocalDate> reportDates) {

    /** Lane name for incidents with no site. */
    public static final String UNPLACED = "Unplaced";

    public TimelineItem {
        Objects.requireNonNull(date, "date");
        site = site == null || site.isBlank() ? UNPLACED : site;
        precision = precision == null ? TimePrecision.DAY : precision;
        state = state == null ? MarkState.SINGLE_SOURCE : state;
        reportDates = reportDates == null ? List.of() : reportDates.stream().filter(Objects::nonNull).sorted().toList();
    }

    public long epochDay() {
        return date.toEpochDay();
    }
}
