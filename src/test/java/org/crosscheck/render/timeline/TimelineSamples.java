package org.crosscheck.render.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.model.TimePrecision;

/** Timeline items for tests: a small set shaped like the seed articles, and a large synthetic one. */
public final class TimelineSamples {

    public static final String CONOCO = "Conoco gas field base (Mission Support Site Conoco)";
    public static final String AL_OMAR = "Al-Omar oil field base";
    public static final String AL_TANF = "Al-Tanf Garrison";
    public static final String RUKBAN = "Rukban";

    private TimelineSamples() {
    }

    /** Incidents like those in the seeds: Oct 2023 at Al-Tanf and Rukban, Jan 2024 at Conoco and Al-Omar, Jul 2024 at Conoco. */
    public static List<TimelineItem> seedLike() {
        return List.of(
                item(1, AL_TANF, "2023-10-23", TimePrecision.DAY, 1, MarkState.SINGLE_SOURCE, "2023-10-24"),
                item(2, RUKBAN, "2023-10-23", TimePrecision.DAY, 1, MarkState.SINGLE_SOURCE, "2023-10-24"),
                item(3, CONOCO, "2024-01-12", TimePrecision.DAY, 3, MarkState.CONTESTED,
                        "2024-01-12", "2024-01-12", "2024-01-13"),
                item(4, AL_OMAR, "2024-01-12", TimePrecision.DAY, 1, MarkState.SINGLE_SOURCE, "2024-01-13"),
                item(5, CONOCO, "2024-07-27", TimePrecision.DAY, 1, MarkState.SINGLE_SOURCE, "2024-07-26"),
                item(6, AL_TANF, "2024-03-01", TimePrecision.MONTH, 2, MarkState.CORROBORATED,
                        "2024-03-20", "2024-04-02"));
    }

    /** {@code count} incidents over two years at 23 sites, reproducible. */
    public static List<TimelineItem> synthetic(int count, long seed) {
        var random = new Random(seed);
        var start = LocalDate.of(2023, 1, 1);
        var items = new ArrayList<TimelineItem>(count);
        for (var id = 1; id <= count; id++) {
            var date = start.plusDays(random.nextInt(730));
            var reports = 1 + random.nextInt(5);
            var reportDates = new ArrayList<LocalDate>();
            for (var report = 0; report < reports; report++) {
                reportDates.add(date.plusDays(random.nextInt(4)));
            }
            items.add(new TimelineItem(id, "Site " + (char) ('A' + random.nextInt(23)), date, TimePrecision.DAY,
                    reports, Math.max(1, reports - 1), random.nextInt(3),
                    MarkState.values()[random.nextInt(MarkState.values().length)], reportDates));
        }
        return items;
    }

    static TimelineItem item(long id, String site, String date, TimePrecision precision, int reports, MarkState state,
                             String... published) {
        return new TimelineItem(id, site, LocalDate.parse(date), precision, reports, reports,
                state == MarkState.CONTESTED ? 2 : 0, state, List.of(published).stream().map(LocalDate::parse).toList());
    }
}
