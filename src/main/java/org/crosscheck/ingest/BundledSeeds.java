package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed articles shipped inside the application under {@value #FOLDER}. They are listed straight from the
 * classpath, whether it is a folder ({@code target/classes}) or a jar, so adding a seed needs no index file.
 */
final class BundledSeeds {

    static final String FOLDER = "/org/crosscheck/seeds/";

    private BundledSeeds() {
    }

    /** A seed file: its name and its bytes. */
    record Seed(String fileName, byte[] content) {
    }

    /** Every bundled seed in file-name order. */
    static List<Seed> load() {
        var url = BundledSeeds.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the seed articles " + FOLDER + " are missing from the build");
        }
        try {
            var uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled seed articles", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad seed location " + url, e);
        }
    }

    private static List<Seed> fromJar(URI uri) throws IOException {
        try (var jar = FileSystems.newFileSystem(uri, Map.of())) {
            return read(jar.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
        }
    }

    private static List<Seed> read(Path folder) throws IOException {
        var seeds = new ArrayList<Seed>();
        try (var files = Files.list(folder)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                seeds.add(new Seed(file.getFileName().toString(), Files.readAllBytes(file)));
            }
        }
        return seeds;
    }
}
