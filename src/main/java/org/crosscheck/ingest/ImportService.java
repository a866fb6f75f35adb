package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.DatabaseUnavailableException;
import org.crosscheck.store.StoreException;
import org.crosscheck.task.CancelledException;
import org.crosscheck.task.Progress;
import org.crosscheck.task.ReadAhead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders as articles: reads each supported file, normalises its text, skips text that is already
 * stored (same SHA-256), reads its metadata and stores it with the rest of its chunk. Files are read and parsed on
 * background threads a little ahead of the storing, which takes them in file order, so the reports do not depend
 * on the threads. A bad file becomes an {@link ImportFailure} and the batch goes on; cancelling stops between files
 * and keeps what was stored.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** Text files (and the text of a PDF) above this size are refused; such a file is a corpus, not an article. */
    static final int DEFAULT_MAX_TEXT_BYTES = 20 * 1024 * 1024;
    /** PDFs carry images and fonts, so the file itself may be larger than its text. */
    static final long DEFAULT_MAX_PDF_BYTES = 200L * 1024 * 1024;

    /** Articles stored per transaction: large enough that commits stop dominating, small enough to lose little. */
    private static final int CHUNK_ARTICLES = 100;
    private static final long CHUNK_CHARS = 1_000_000;
    /** Files are read and parsed on these threads while the chunk before them is stored. */
    private static final int READ_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Bytes of files read ahead of the one being stored, so a folder of large files does not fill the heap. */
    private static final long READ_AHEAD_BYTES = 4L * 1024 * 1024;
    private static final String NOT_A_FILE = "It is not a regular file (a pipe, device or socket), so it cannot"
            + " be imported.";

    private final ArticleRepository articles;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final Clock clock;
    private final int maxTextBytes;
    private final long maxPdfBytes;

    public ImportService(ArticleRepository articles) {
        this(articles, Clock.systemUTC(), DEFAULT_MAX_TEXT_BYTES, DEFAULT_MAX_PDF_BYTES);
    }

    ImportService(ArticleRepository articles, Clock clock, int maxTextBytes, long maxPdfBytes) {
        this.articles = articles;
        this.clock = clock;
        this.maxTextBytes = maxTextBytes;
        this.maxPdfBytes = maxPdfBytes;
    }

    /**
     * Imports the given files and folders (folders recursively, following links but not loops). Files of an
     * unsupported type inside folders are skipped silently; named explicitly, they are reported as failures.
     */
    public ImportReport importPaths(List<Path> paths, Progress progress) {
        var batch = new Batch();
        var files = new ArrayList<Path>();
        Path current = null;
        try {
            for (var path : paths) {
                collect(path, files, batch, progress);
            }
            try (var reading = new ReadAhead<>(files, this::readFile, ImportService::sizeOf, READ_THREADS,
                    CHUNK_ARTICLES * 2, READ_AHEAD_BYTES, "import-reader")) {
                for (int i = 0; i < files.size(); i++) {
                    progress.checkCancelled();
                    current = files.get(i);
                    progress.update(i, files.size(), current.getFileName().toString());
                    var outcome = reading.next();
                    if (outcome instanceof PendingArticle read) {
                        batch.add(read);
                    } else if (outcome instanceof Unreadable unreadable) {
                        batch.failures.add(unreadable.failure());
                    }
                    if (batch.isFull()) {
                        store(batch);
                    }
                }
            }
            store(batch);
            progress.update(files.size(), files.size(), batch.summary());
        } catch (CancelledException e) {
            batch.cancelled = true;
            storeAfterCancel(batch, current);
        } catch (DatabaseUnavailableException e) {
            batch.stoppedBy(current, e);
        }
        return batch.report();
    }

    private void storeAfterCancel(Batch batch, Path current) {
        try {
            store(batch);
        } catch (DatabaseUnavailableException e) {
            batch.stoppedBy(current, e);
        }
    }

    /**
     * Stores the articles read so far in one transaction: one commit per chunk instead of one per article is what
     * makes a large import fast. Texts already stored, or met earlier in the chunk, are told apart first with one
     * query for the chunk, in file order. A row the database refuses makes the chunk go in one article at a time, so
     * only that file fails. A crash loses at most the chunk being stored, never part of an article.
     */
    private void store(Batch batch) {
        if (batch.pending.isEmpty()) {
            return;
        }
        var read = List.copyOf(batch.pending);
        batch.clearPending();
        var stored = articles.storedSha256(read.stream().map(one -> one.article().sha256()).toList());
        var seen = new HashSet<String>();
        var pending = new ArrayList<PendingArticle>(read.size());
        for (var one : read) {
            var sha256 = one.article().sha256();
            if (stored.contains(sha256) || !seen.add(sha256)) {
                batch.duplicates.add(one.file());
            } else {
                pending.add(one);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        try {
            articles.insertAll(pending.stream().map(PendingArticle::article).toList())
                    .forEach(article -> batch.imported.add(ArticleSummary.of(article)));
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (StoreException e) {
            for (var one : pending) {
                storeAlone(one, batch);
            }
        }
    }

    private void storeAlone(PendingArticle one, Batch batch) {
        try {
            batch.imported.add(ArticleSummary.of(articles.insert(one.article())));
        } catch (DatabaseUnavailableException e) {
            throw e;
        } catch (StoreException e) {
            if (articles.findIdBySha256(one.article().sha256()).isPresent()) {
                batch.duplicates.add(one.file());
            } else {
                LOG.error("Storing {} failed", one.file(), e);
                batch.failures.add(new ImportFailure(one.file(), "The article could not be saved: " + e.getMessage()));
            }
        }
    }

    /** Imports the seed articles bundled with the application; already stored ones count as duplicates. */
    public ImportReport importSeeds(Progress progress) {
        var batch = new Batch();
        var seeds = BundledSeeds.load();
        try {
            for (int i = 0; i < seeds.size(); i++) {
                progress.checkCancelled();
                var seed = seeds.get(i);
                progress.update(i, seeds.size(), seed.fileName());
                var path = Path.of(seed.fileName());
                try {
                    batch.add(new PendingArticle(path, readArticle(seed.fileName(), seed.content())));
                } catch (UnreadableDocumentException e) {
                    batch.failures.add(new ImportFailure(path, e.getMessage()));
                }
            }
            store(batch);
            progress.update(seeds.size(), seeds.size(), batch.summary());
        } catch (CancelledException e) {
            batch.cancelled = true;
            store(batch);
        }
        return batch.report();
    }

    private void collect(Path path, List<Path> files, Batch batch, Progress progress) {
        if (!Files.exists(path)) {
            batch.failures.add(new ImportFailure(path, "The file or folder does not exist."));
        } else if (Files.isDirectory(path)) {
            walk(path, files, batch, progress);
        } else if (DocumentFormat.of(path.getFileName().toString()).isEmpty()) {
            batch.failures.add(new ImportFailure(path, "Crosscheck cannot read this type of file; it imports "
                    + DocumentFormat.supportedExtensions() + " files."));
        } else {
            files.add(path);
        }
    }

    /** Lists the supported files under a folder in name order; the listing itself can be cancelled. */
    private static void walk(Path folder, List<Path> files, Batch batch, Progress progress) {
        var found = new ArrayList<Path>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            progress.checkCancelled();
                            if (!attributes.isDirectory()
                                    && DocumentFormat.of(file.getFileName().toString()).isPresent()) {
                                if (attributes.isOther()) {
                                    batch.failures.add(new ImportFailure(file, NOT_A_FILE));
                                } else {
                                    found.add(file);
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                batch.failures.add(new ImportFailure(file, "It links back to a folder that is"
                                        + " already being imported (a link loop), so it was skipped."));
                            } else {
                                batch.failures.add(new ImportFailure(file, describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            batch.failures.add(new ImportFailure(folder, describe(e)));
        }
        found.sort(null);
        files.addAll(found);
    }

    /** Reads one file into an article, off the storing thread; duplicates are told apart later, in file order. */
    private ReadOutcome readFile(Path file) {
        var fileName = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file) && Files.exists(file)) {
                throw new UnreadableDocumentException(NOT_A_FILE);
            }
            var size = Files.size(file);
            var format = DocumentFormat.of(fileName).orElseThrow();
            var limit = format == DocumentFormat.PDF ? maxPdfBytes : maxTextBytes;
            if (size > limit) {
                throw new UnreadableDocumentException("The file is larger than " + megabytes(limit)
                        + (format == DocumentFormat.PDF ? "" : " of text") + "; split it into smaller files.");
            }
            return new PendingArticle(file, readArticle(fileName, Files.readAllBytes(file)));
        } catch (UnreadableDocumentException e) {
            return new Unreadable(new ImportFailure(file, e.getMessage()));
        } catch (IOException e) {
            return new Unreadable(new ImportFailure(file, describe(e)));
        }
    }

    /** How much a file weighs in memory while it waits to be stored; one that cannot be sized weighs nothing. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private Article readArticle(String fileName, byte[] content) throws UnreadableDocumentException {
        if (content.length == 0) {
            throw new UnreadableDocumentException("The file is empty.");
        }
        var format = DocumentFormat.of(fileName).orElseThrow();
        var document = read(format, content);
        var read = TextNormalizer.normalize(document.text());
        var unprinted = PrintFurniture.remove(read);
        var text = unprinted == read ? read : TextNormalizer.normalize(unprinted);
        if (text.isEmpty()) {
            throw new UnreadableDocumentException("The file contains no text, only white space or markup.");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
            throw new UnreadableDocumentException("The text is larger than " + megabytes(maxTextBytes)
                    + "; split it into smaller files.");
        }
        var found = metadata.extract(text, document.embedded());
        return new Article(0, fileName, sha256(text), text, found.outlet(), found.outletSpan(), found.title(),
                found.titleSpan(), found.language(), found.published(), found.publishedBasis(),
                found.publishedSpan(), clock.instant());
    }

    private static ExtractedDocument read(DocumentFormat format, byte[] content) throws UnreadableDocumentException {
        DocumentReader reader = switch (format) {
            case PLAIN_TEXT -> new PlainTextReader();
            case MARKDOWN -> new MarkdownReader();
            case HTML -> new HtmlReader();
            case PDF -> new PdfReader();
        };
        try {
            return reader.read(content);
        } catch (RuntimeException e) {
            LOG.warn("Reading a {} file failed", format, e);
            throw new UnreadableDocumentException("The file could not be read as " + format.label() + " ("
                    + e.getClass().getSimpleName() + ").", e);
        }
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return (bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "It cannot be read: permission denied.";
        }
        if (e instanceof NoSuchFileException) {
            return "The file disappeared or is a broken link.";
        }
        if (e instanceof FileSystemException && e.getMessage() != null && e.getMessage().contains("symbolic links")) {
            return "It is a link that leads back to itself (a link loop), so it cannot be read.";
        }
        return "It cannot be read: " + e.getMessage() + ".";
    }

    /** What reading one file gave: an article, or the reason it cannot be imported. */
    private sealed interface ReadOutcome permits PendingArticle, Unreadable {
    }

    /** An article read and checked, waiting to be stored with the rest of its chunk. */
    private record PendingArticle(Path file, Article article) implements ReadOutcome {
    }

    /** A file that cannot be imported, and why. */
    private record Unreadable(ImportFailure failure) implements ReadOutcome {
    }

    /** The lists one import fills in as it goes, and the chunk of read articles not stored (nor checked) yet. */
    private static final class Batch {
        final List<ArticleSummary> imported = new ArrayList<>();
        final List<Path> duplicates = new ArrayList<>();
        final List<ImportFailure> failures = new ArrayList<>();
        final List<PendingArticle> pending = new ArrayList<>();
        private long pendingChars;
        boolean cancelled;

        void add(PendingArticle article) {
            pending.add(article);
            pendingChars += article.article().text().length();
        }

        boolean isFull() {
            return pending.size() >= CHUNK_ARTICLES || pendingChars >= CHUNK_CHARS;
        }

        void clearPending() {
            pending.clear();
            pendingChars = 0;
        }

        void stoppedBy(Path file, DatabaseUnavailableException e) {
            clearPending();
            failures.add(new ImportFailure(file, e.getMessage()
                    + " The import stopped here; the articles saved before are kept."));
        }

        String summary() {
            return report().summary();
        }

        ImportReport report() {
            return new ImportReport(imported, duplicates, failures, cancelled);
        }
    }
}
