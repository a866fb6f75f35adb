package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.task.CancelledException;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path folder;

    private final List<String> updates = new ArrayList<>();

    @Test
    void listsEachStepsFilesInOrderAndPlacesAStepsOwnProgressWithinItsShare() throws IOException {
        var service = new ExportService(List.of(
                (out, options, progress) -> List.of(touch(out, "a.csv")),
                (out, options, progress) -> {
                    progress.update(1, 4, "halfway through b");
                    return List.of(touch(out, "b.csv"), touch(out, "c.csv"));
                }));

        var written = service.exportTo(folder.resolve("new"), ExportFinish.Options.PLAIN, recording(false));

        assertThat(written).extracting(file -> file.getFileName().toString()).containsExactly("a.csv", "b.csv",
                "c.csv");
        assertThat(updates).containsExactly("1000/3000 wrote a.csv", "1250/3000 halfway through b",
                "2000/3000 wrote b.csv, c.csv", "3000/3000 export finished");
    }

    @Test
    void aCancelledExportStopsBeforeTheNextStep() {
        var service = new ExportService(List.of(
                (out, options, progress) -> List.of(touch(out, "a.csv")),
                (out, options, progress) -> List.of(touch(out, "b.csv"))));

        assertThatThrownBy(() -> service.exportTo(folder, ExportFinish.Options.PLAIN, recording(true)))
                .isInstanceOf(CancelledException.class);
        assertThat(folder.resolve("a.csv")).doesNotExist();
    }

    @Test
    void aStepSeesTheCancellationOfTheExport() {
        var cancelled = new boolean[1];
        var service = new ExportService(List.of(
                (out, options, progress) -> {
                    cancelled[0] = true;
                    progress.checkCancelled();
                    return List.of(touch(out, "a.csv"));
                }));
        var progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };

        assertThatThrownBy(() -> service.exportTo(folder, ExportFinish.Options.PLAIN, progress))
                .isInstanceOf(CancelledException.class);
        assertThat(folder.resolve("a.csv")).doesNotExist();
    }

    private Progress recording(boolean cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private static Path touch(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), name);
    }
}
