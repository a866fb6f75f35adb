package org.crosscheck.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.DateBasis;
import org.crosscheck.store.ArticleRepository;

/**
 * Writes {@value #FILE_NAME}: one row per stored article with its metadata but not its text, RFC 4180 (CRLF,
 * quotes where needed), UTF-8. The column names and order are a contract with the analysts' own tools.
 */
public final class ArticlesCsv {

    public static final String FILE_NAME = "articles.csv";
    public static final List<String> COLUMNS = List.of("article_id", "file_name", "sha256", "outlet", "title",
            "language", "published", "published_basis", "imported_at", "char_count");

    private ArticlesCsv() {
    }

    /** Writes every article into {@code folder/articles.csv} and returns that file. */
    public static Path write(ArticleRepository articles, Path folder, boolean excel) throws IOException {
        var file = folder.resolve(FILE_NAME);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(articles, out, excel);
        }
        return file;
    }

    /** Writes the header and one row per article, in id order; the writer is flushed, not closed. */
    public static void write(ArticleRepository articles, Writer out, boolean excel) throws IOException {
        var printer = SafeCsvWriter.on(out, COLUMNS, excel);
        try {
            articles.forEachMetadata(article -> printRow(printer, article));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static void printRow(SafeCsvWriter printer, ArticleMetadata article) {
        try {
            printer.row(article.id(), article.fileName(), article.sha256(), article.outlet(), article.title(),
                    article.language(), article.published(), basis(article.publishedBasis()),
                    timestamp(article.importedAt()), article.charCount());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's two-valued basis: stated in full ({@code explicit}) or worked out ({@code inferred}). */
    static String basis(DateBasis basis) {
        if (basis == null) {
            return null;
        }
        return basis == DateBasis.EXPLICIT ? "explicit" : "inferred";
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
