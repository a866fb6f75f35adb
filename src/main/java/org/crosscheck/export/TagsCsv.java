package org.crosscheck.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.ItemType;
import org.crosscheck.store.TagRepository;

/**
 * Writes {@value #FILE_NAME}: the analyst's tags with colour and shortcut, and the articles carrying each (claims
 * and incidents list their tags in their own files; {@code articles.csv} has fixed columns).
 */
public final class TagsCsv {

    public static final String FILE_NAME = "tags.csv";
    public static final List<String> COLUMNS = List.of("tag_id", "name", "color", "shortcut", "article_ids");

    private TagsCsv() {
    }

    public static Path write(TagRepository tags, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(FILE_NAME);
        try (var printer = SafeCsvWriter.create(file, COLUMNS, excel)) {
            for (var tag : tags.findAll()) {
                var articles = tags.itemsWithTag(tag.id(), ItemType.ARTICLE).stream().map(String::valueOf)
                        .collect(Collectors.joining(";"));
                printer.row(tag.id(), tag.name(), tag.color(), tag.shortcut(), articles);
            }
        }
        return file;
    }
}
