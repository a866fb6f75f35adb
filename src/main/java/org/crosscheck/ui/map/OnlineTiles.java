package org.crosscheck.ui.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenStreetMap's standard tiles, used only when the analyst turns them on: fetched with a User-Agent that names
 * the application (as the OSM tile policy asks), kept in an on-disk cache so a tile is fetched once, and shown with
 * the OSM attribution. With {@code -Dcrosscheck.network=off} it is never created.
 */
public final class OnlineTiles {

    public static final String ATTRIBUTION = "© OpenStreetMap contributors";
    private static final Logger LOG = LoggerFactory.getLogger(OnlineTiles.class);
    private static final String USER_AGENT = "Crosscheck/0.1 (desktop OSINT workbench; offline-first map)";

    private final Path cacheFolder;
    private final HttpClient client;

    public OnlineTiles(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** False when the network is switched off for this run ({@code -Dcrosscheck.network=off}). */
    public static boolean allowed() {
        return !"off".equalsIgnoreCase(System.getProperty("crosscheck.network"));
    }

    /** The tile from the disk cache or from OpenStreetMap, or null when neither has it (the caller paints one). */
    Image load(int zoom, long x, long y) {
        var file = cacheFolder.resolve(zoom + "/" + x + "/" + y + ".png");
        try {
            if (Files.isRegularFile(file)) {
                return new Image(file.toUri().toString());
            }
            var request = HttpRequest.newBuilder(URI.create(
                    "https://tile.openstreetmap.org/" + zoom + "/" + x + "/" + y + ".png"))
                    .header("User-Agent", USER_AGENT).timeout(Duration.ofSeconds(20)).GET().build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("OpenStreetMap answered {} for tile {}/{}/{}", response.statusCode(), zoom, x, y);
                return null;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, response.body());
            return new Image(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            LOG.warn("OpenStreetMap tile {}/{}/{} could not be fetched: {}", zoom, x, y, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
