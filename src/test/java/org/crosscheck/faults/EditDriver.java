package org.crosscheck.faults;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.AppContext;
import org.crosscheck.edit.Edits;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.task.Progress;

/**
 * A child-process main that writes analyst edits as fast as it can through the real {@code EditService} and prints
 * {@code ack claim <value>} or {@code ack tag <name>} after each edit has returned, i.e. was committed. The crash
 * test kills it at random and then checks that every acknowledged edit survived.
 * Arguments: database file, run label (keeps values unique across runs).
 */
public final class EditDriver {

    private EditDriver() {
    }

    public static void main(String[] args) {
        var label = args[1];
        try (var context = AppContext.open(Path.of(args[0]))) {
            context.setAnalyst("crash-test");
            context.importer().importSeeds(Progress.NONE);
            var first = new AtomicReference<Article>();
            context.articles().forEach(article -> first.compareAndSet(null, article));
            var article = first.get();
            System.out.println("ready " + article.id());
            System.out.flush();
            for (int i = 0; i < 100_000; i++) {
                var value = "edit-" + label + "-" + i;
                context.edits().perform(Edits.createClaim(article, new Span(0, 12), null, "driver", Aspect.COUNT,
                        value, Stance.ASSERTS));
                System.out.println("ack claim " + value);
                if (i % 4 == 0) {
                    var tag = "tag-" + label + "-" + i;
                    context.edits().perform(Edits.createTag(tag, "#aa3333", null));
                    System.out.println("ack tag " + tag);
                }
                System.out.flush();
            }
        }
    }
}
