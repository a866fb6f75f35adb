package org.crosscheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPrefsTest {

    private final Preferences node = Preferences.userRoot().node("org/crosscheck/test/" + UUID.randomUUID());
    private final UiPrefs prefs = new UiPrefs(node);

    @TempDir
    Path folder;

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersTheTheme() {
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);

        prefs.setTheme(Theme.DARK);

        assertThat(new UiPrefs(node).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        node.put("theme", "SEPIA");

        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void onlineTilesStayOffUntilChosenAndAreRemembered() {
        assertThat(prefs.onlineTiles()).isFalse();

        prefs.setOnlineTiles(true);

        assertThat(new UiPrefs(node).onlineTiles()).isTrue();
    }

    @Test
    void remembersSplitPositionsButIgnoresCollapsedOnes() {
        prefs.setDivider("main", 0.3);
        prefs.setDivider("other", 0.999);

        assertThat(prefs.divider("main", 0.4)).isEqualTo(0.3);
        assertThat(prefs.divider("other", 0.4)).isEqualTo(0.4);
    }

    @Test
    void forgetsAnImportFolderThatNoLongerExists() {
        prefs.setLastImportFolder(folder);
        assertThat(prefs.lastImportFolder()).contains(folder.toAbsolutePath());

        prefs.setLastImportFolder(folder.resolve("gone"));
        assertThat(prefs.lastImportFolder()).isEmpty();
    }
}
