package org.crosscheck.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.DaySpan;
import org.crosscheck.render.timeline.TimelineData;
import org.crosscheck.render.timeline.TimelineFrame;
import org.crosscheck.render.timeline.TimelineItems;
import org.crosscheck.render.timeline.TimelinePalette;
import org.crosscheck.render.timeline.TimelinePicture;
import org.crosscheck.render.timeline.TimelineRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck render timeline}: the timeline of the incidents (only those between --from and --to when
 * given) drawn with the same renderer as the window, through Java2D, so it runs where JavaFX cannot.
 */
@Command(name = "timeline", description = "Render the timeline of the incidents of the window as a PNG.")
final class RenderTimelineCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    RenderOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var problem = options.problem();
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        try (var context = database.open()) {
            var window = options.window();
            var data = TimelineData.of(TimelineItems.load(context.incidents(), window));
            var height = options.heightOr((int) Math.max(320, Math.ceil(TimelineRenderer.preferredHeight(data))));
            var frame = TimelineFrame.still(data, span(data, window), DateRange.ALL, options.width, height);
            options.write(TimelinePicture.draw(frame, TimelinePalette.LIGHT));
            var out = spec.commandLine().getOut();
            out.println("wrote " + options.out + " (" + options.width + "x" + height + ", "
                    + data.size() + (data.size() == 1 ? " incident)" : " incidents)"));
            out.flush();
            return 0;
        }
    }

    /** The days to show: the window asked for, an open side taken from the incidents. */
    private static DaySpan span(TimelineData data, DateRange window) {
        if (window.isAll()) {
            return data.fullSpan();
        }
        var full = data.fullSpan().toDateRange();
        LocalDate from = window.from() != null ? window.from() : full.from();
        LocalDate to = window.to() != null ? window.to() : full.to();
        return DaySpan.ofDays(from, to.isBefore(from) ? from : to);
    }
}
