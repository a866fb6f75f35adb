package org.crosscheck.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between sessions through {@link Preferences}: theme, window bounds, split positions,
 * the last folder imported from, the analyst name and the online-tiles choice. Tests pass their own throw-away node.
 */
public final class UiPrefs {

    private static final Logger LOG = LoggerFactory.getLogger(UiPrefs.class);
    private static final String THEME = "theme";
    private static final String IMPORT_FOLDER = "importFolder";
    private static final String ANALYST = "analystName";
    private static final String ONLINE_TILES = "onlineTiles";

    private final Preferences node;

    public UiPrefs(Preferences node) {
        this.node = node;
    }

    /** The preferences of the person using this computer. */
    public static UiPrefs forUser() {
        return new UiPrefs(Preferences.userRoot().node("org/crosscheck/ui"));
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** A split position (0–1) saved under {@code key}, or the default. */
    public double divider(String key, double defaultPosition) {
        var value = node.getDouble("divider." + key, defaultPosition);
        return value > 0.05 && value < 0.95 ? value : defaultPosition;
    }

    public void setDivider(String key, double position) {
        node.putDouble("divider." + key, position);
    }

    /** The analyst name chosen in Settings, if any (the operating-system user is the default). */
    public Optional<String> analystName() {
        return Optional.ofNullable(node.get(ANALYST, null)).filter(name -> !name.isBlank());
    }

    public void setAnalystName(String name) {
        node.put(ANALYST, name);
    }

    /** The folder the last import came from, if it still exists. */
    public Optional<Path> lastImportFolder() {
        var value = node.get(IMPORT_FOLDER, null);
        return value == null ? Optional.empty() : Optional.of(Path.of(value)).filter(Files::isDirectory);
    }

    public void setLastImportFolder(Path folder) {
        node.put(IMPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    /** Whether the map uses online OpenStreetMap tiles; off (the offline basemap, no network) unless chosen. */
    public boolean onlineTiles() {
        return node.getBoolean(ONLINE_TILES, false);
    }

    public void setOnlineTiles(boolean online) {
        node.putBoolean(ONLINE_TILES, online);
    }

    /**
     * Puts the stage where it was last time, if that place is still on a screen; otherwise centres it with the
     * given size, shrunk to fit the screen.
     */
    public void restoreWindow(Stage stage, double defaultWidth, double defaultHeight) {
        var screen = Screen.getPrimary().getVisualBounds();
        var width = node.getDouble("window.width", Math.min(defaultWidth, screen.getWidth()));
        var height = node.getDouble("window.height", Math.min(defaultHeight, screen.getHeight()));
        var x = node.getDouble("window.x", Double.NaN);
        var y = node.getDouble("window.y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    /** Saves the stage's bounds (the bounds before maximising stay as they were) and writes everything out. */
    public void rememberWindow(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
        }
        flush();
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the window preferences", e);
        }
    }
}
