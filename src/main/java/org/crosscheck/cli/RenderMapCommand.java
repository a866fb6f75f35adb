package org.crosscheck.cli;

import java.util.concurrent.Callable;
import org.crosscheck.render.MapPicture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck render map}: the offline map of Syria and Iraq with sites and incidents, as a PNG. */
@Command(name = "map", description = "Render the map (sites and the incidents of the window) as a PNG.")
final class RenderMapCommand implements Callable<Integer> {

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
        var height = options.heightOr(1000);
        try (var context = database.open()) {
            var picture = new MapPicture(context.sites(), context.incidents())
                    .render(options.window(), options.width, height);
            options.write(picture.image());
            var out = spec.commandLine().getOut();
            out.println("wrote " + options.out + " (" + options.width + "x" + height + ", "
                    + picture.incidentCount() + " incidents)");
            out.flush();
            return 0;
        }
    }
}
