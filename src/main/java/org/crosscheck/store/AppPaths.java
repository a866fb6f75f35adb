package org.crosscheck.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Crosscheck keeps its data: the per-user data folder of the operating system, or the database file given
 * with {@code --db PATH} or {@code -Dcrosscheck.db=PATH}. Resolved once, in one place.
 */
public final class AppPaths {

    public static final String DB_PROPERTY = "crosscheck.db";
    private static final String DB_FILE_NAME = "crosscheck.mv.db";

    private AppPaths() {
    }

    /** The database file to use: the explicit one if given, else the system property, else the default. */
    public static Path databaseFile(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        var property = System.getProperty(DB_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        return dataFolder(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(DB_FILE_NAME);
    }

    /** The per-user data folder for the given operating system and environment. */
    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        var os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            var appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Crosscheck");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Crosscheck");
        }
        var xdg = env.get("XDG_DATA_HOME");
        var base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("crosscheck");
    }
}
