package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.AppContext;
import org.crosscheck.Launcher;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Crosscheck process on a database another process has open gets a plain message and changes nothing. */
class SecondInstanceTest {

    @TempDir
    Path folder;

    @Test
    void secondProcessIsToldTheDatabaseIsOpenElsewhereAndChangesNothing() throws Exception {
        var db = folder.resolve("shared.mv.db");
        try (var context = AppContext.open(db)) {
            context.importer().importSeeds(Progress.NONE);
        }
        var inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.writeString(inbox.resolve("new.txt"), "Three rockets hit the Al-Tanf garrison on Monday, residents said.");

        try (var first = ChildJvm.start(HoldOpenDriver.class, db.toString())) {
            assertThat(first.awaitLine("open", 60_000)).as("first window opened; %s", first.err()).isTrue();
            try (var second = ChildJvm.start(Launcher.class, "import", inbox.toString(), "--db", db.toString())) {
                assertThat(second.waitFor(120)).isEqualTo(1);
                assertThat(second.out()).isEmpty();
                assertThat(second.err()).containsExactly("error: The database " + db
                        + " is already open in another Crosscheck window. Close that window or use another --db.");
            }
            first.closeInput();
            assertThat(first.waitFor(60)).isZero();
        }
        try (var context = AppContext.open(db)) {
            assertThat(context.stats().counts().get("articles")).isEqualTo(5);
            var names = new java.util.ArrayList<String>();
            context.articles().forEach(article -> names.add(article.fileName()));
            assertThat(names).doesNotContain("new.txt");
        }
    }
}
