package org.crosscheck.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of article titles and texts: a Lucene index in a folder beside the database file, which the
 * article list searches, filters by date and sorts without touching the article table. H2 stays the truth. Articles
 * are indexed on the index's own thread after the transaction that stored them has committed (a search waits for
 * it), with a Lucene commit at most every two seconds while they keep coming (and on close), and each commit records
 * the highest article id it holds; opening the database indexes every article above it and the
 * articles queued by edits, and rebuilds the whole index when its count still differs from the table's. So a crash
 * between the H2 commit and the index commit loses nothing, and since a document is replaced by id rather than
 * appended, no article is ever found twice.
 */
final class ArticleIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);
    private static final String LAST_ID = "last_article_id";
    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String BODY = "body";
    private static final String PUBLISHED = "published";
    private static final String OUTLET = "outlet";
    private static final String TITLE = "title";
    private static final String LANGUAGE = "language";
    private static final String FILE = "file";
    /** Sort keys are cut to this many characters (doc values refuse very long terms; order is decided sooner). */
    private static final int SORT_KEY_LENGTH = 200;
    /** The last word of a query also matches longer words from this many characters on. */
    private static final int MIN_PREFIX = 3;
    private static final FieldType BODY_TYPE = bodyType();
    /** Index commits at most this often while articles keep being stored. */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(2);
    private static final String ROWS = "SELECT a.id, a.file_name, a.title, t.text, a.language, a.published, "
            + "o.name AS outlet FROM article a JOIN article_text t ON t.article_id = a.id "
            + "LEFT JOIN outlet o ON o.id = a.outlet_id";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Adds and commits stored articles on its own thread, so the import stores its next chunk while this one's words
     * are indexed; once the index is open, only this thread changes it.
     */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "search-indexer");
        thread.setDaemon(true);
        return thread;
    });
    /** The last work given to {@link #indexer}; searches and the next chunk wait for it. */
    private Future<?> indexing = CompletableFuture.completedFuture(null);
    private long lastId;
    /** When the index was last committed ({@link System#nanoTime()}). */
    private long lastCommit = System.nanoTime();

    private ArticleIndex(Directory directory, IndexWriter writer, long lastId) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.lastId = lastId;
    }

    /** The index folder of a database file: {@code crosscheck.mv.db} has {@code crosscheck.index}. */
    static Path folderFor(Path databaseFile) {
        var name = databaseFile.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        return databaseFile.resolveSibling(name + ".index");
    }

    /**
     * Opens the index in {@code folder} (creating it, or starting it afresh when it is unreadable) and brings it in
     * step with the article table read through {@code connection}.
     */
    static ArticleIndex open(Path folder, Connection connection) throws SQLException {
        ArticleIndex index;
        try {
            index = openWriter(folder, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The search index {} cannot be read; building it again", folder, e);
            try {
                clear(folder);
                index = openWriter(folder, IndexWriterConfig.OpenMode.CREATE);
            } catch (IOException again) {
                throw new StoreException("Cannot write the search index " + folder + " (is the disk full or "
                        + "read-only?).", again);
            }
        }
        try {
            index.catchUp(connection);
            return index;
        } catch (SQLException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Deletes the files of an unreadable index; the index is only ever a copy of what the database holds. */
    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }

    private static ArticleIndex openWriter(Path folder, IndexWriterConfig.OpenMode mode) throws IOException {
        Files.createDirectories(folder);
        var directory = FSDirectory.open(folder);
        try {
            var config = new IndexWriterConfig(SearchAnalyzers.forLanguage(null))
                    .setOpenMode(mode)
                    .setRAMBufferSizeMB(48)
                    .setCommitOnClose(false);
            var writer = new IndexWriter(directory, config);
            long last = 0;
            for (var entry : writer.getLiveCommitData() == null ? List.<Map.Entry<String, String>>of()
                    : writer.getLiveCommitData()) {
                if (LAST_ID.equals(entry.getKey())) {
                    last = Long.parseLong(entry.getValue());
                }
            }
            return new ArticleIndex(directory, writer, last);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Indexes what the table has and the index lacks: new articles, queued edits, or everything when counts differ. */
    private void catchUp(Connection connection) throws SQLException {
        int added = indexRows(connection, ROWS + " WHERE a.id > ? ORDER BY a.id", lastId);
        var queued = queuedEdits(connection);
        if (!queued.isEmpty()) {
            for (var id : queued) {
                delete(id);
            }
            added += indexRows(connection, ROWS + " WHERE a.id = ANY(?)", queued.toArray(Long[]::new));
        }
        long articles = articleCount(connection);
        if (writer.getDocStats().numDocs != articles) {
            LOG.warn("The search index holds {} articles, the database {}: indexing them all again",
                    writer.getDocStats().numDocs, articles);
            try {
                writer.deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lastId = 0;
            added = indexRows(connection, ROWS + " ORDER BY a.id");
        }
        if (added > 0) {
            LOG.info("Indexed {} articles for search that the index lacked", added);
        }
        if (added > 0 || !queued.isEmpty() || writer.hasUncommittedChanges()) {
            commit();
        }
        if (!queued.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM article_reindex");
            }
        }
    }

    private static List<Long> queuedEdits(Connection connection) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT DISTINCT article_id FROM article_reindex")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long articleCount(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM article")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private int indexRows(Connection connection, String sql, Object... parameters) throws SQLException {
        int count = 0;
        try (var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            query.setFetchSize(200);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    put(document(rows));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Adds or replaces these stored articles on the indexing thread; called after the transaction that stored them,
     * which then commits the index with {@link #commitAdded}. Waits first for the articles given before, so at most
     * one batch is in flight.
     */
    synchronized void add(Collection<Article> articles) {
        awaitIndexing();
        var indexed = articles.stream().map(article -> new Indexed(article.id(), article.fileName(),
                article.outlet(), article.title(), article.language(), article.published(), article.text())).toList();
        indexing = indexer.submit(() -> {
            try {
                indexed.forEach(this::put);
            } catch (RuntimeException e) {
                LOG.error("Indexing stored articles for search failed; opening the database again repairs it", e);
            }
        });
    }

    /** Waits until the indexing thread has done what it was given; its failures were logged there. */
    private void awaitIndexing() {
        Future<?> last;
        synchronized (this) {
            last = indexing;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the search index was being updated.", e);
        } catch (ExecutionException e) {
            LOG.debug("Indexing failed and was logged", e);
        }
    }

    /**
     * Commits on the indexing thread, once what was added before is indexed, unless the last commit is younger than
     * {@link #COMMIT_INTERVAL}: a commit writes and syncs files, and an import stores a chunk many times a second.
     * Searches see added articles at once either way; what a crash loses from the index is indexed again when the
     * database is opened, and closing commits the rest.
     */
    synchronized void commitAdded() {
        indexing = indexer.submit(() -> {
            try {
                if (writer.hasUncommittedChanges() && System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
                    commit();
                }
            } catch (RuntimeException e) {
                LOG.error("Committing the search index failed; opening the database again repairs it", e);
            }
        });
    }

    private void put(Indexed article) {
        try {
            writer.updateDocument(new Term(ID, Long.toString(article.id())), article.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastId = Math.max(lastId, article.id());
    }

    private void delete(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() {
        writer.setLiveCommitData(Map.of(LAST_ID, Long.toString(lastId)).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastCommit = System.nanoTime();
    }

    /**
     * How many articles match the query's words and time window (published in it, or among {@code reportingIds}: the
     * articles reporting an incident in it), and are among {@code onlyIds} unless that is null.
     */
    int count(ArticleQuery articleQuery, Collection<Long> onlyIds, Collection<Long> reportingIds) {
        var query = query(articleQuery, onlyIds, reportingIds);
        if (query == null) {
            return 0;
        }
        return withSearcher(searcher -> searcher.count(query));
    }

    /** The ids of one page of matching articles in the query's sort order (missing values last, then by id). */
    List<Long> page(ArticleQuery articleQuery, Collection<Long> onlyIds, Collection<Long> reportingIds, int offset,
                    int limit) {
        var query = query(articleQuery, onlyIds, reportingIds);
        if (query == null || limit <= 0) {
            return List.of();
        }
        return withSearcher(searcher -> ids(searcher.search(query, offset + limit, sort(articleQuery)), offset));
    }

    /** How many match and the ids of the first {@code limit}: {@link #count} and {@link #page} as one search. */
    Hits firstPage(ArticleQuery articleQuery, Collection<Long> onlyIds, Collection<Long> reportingIds, int limit) {
        var query = query(articleQuery, onlyIds, reportingIds);
        if (query == null) {
            return new Hits(0, List.of());
        }
        return withSearcher(searcher -> {
            var top = searcher.search(query, new TopFieldCollectorManager(sort(articleQuery), Math.max(1, limit), null,
                    Integer.MAX_VALUE));
            return new Hits(Math.toIntExact(top.totalHits.value), limit <= 0 ? List.of() : ids(top, 0));
        });
    }

    /** How many articles matched, and the ids of a page of them. */
    record Hits(int count, List<Long> ids) {
    }

    private static List<Long> ids(TopDocs top, int offset) {
        var ids = new ArrayList<Long>(Math.max(0, top.scoreDocs.length - offset));
        for (int i = offset; i < top.scoreDocs.length; i++) {
            var fields = ((FieldDoc) top.scoreDocs[i]).fields;
            ids.add((Long) fields[fields.length - 1]);
        }
        return ids;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        awaitIndexing();
        try {
            searchers.maybeRefreshBlocking();
            var searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("Searching the articles failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every word of a search must match; the last one may be the start of a longer word; only {@code onlyIds} when
     * not null (e.g. the articles carrying a tag). Without a search, only the window and {@code onlyIds} filter. Null
     * when nothing can match.
     */
    private static Query query(ArticleQuery articleQuery, Collection<Long> onlyIds, Collection<Long> reportingIds) {
        var all = new BooleanQuery.Builder();
        var words = SearchAnalyzers.words(articleQuery.hasSearch() ? articleQuery.search() : "");
        if (words.isEmpty() && articleQuery.hasSearch()) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            var anyForm = new BooleanQuery.Builder();
            boolean last = i == words.size() - 1;
            for (var form : SearchAnalyzers.forms(words.get(i))) {
                var term = new Term(BODY, form);
                anyForm.add(last && form.length() >= MIN_PREFIX ? new PrefixQuery(term) : new TermQuery(term),
                        Occur.SHOULD);
            }
            all.add(anyForm.build(), Occur.MUST);
        }
        if (articleQuery.hasWindow()) {
            long from = articleQuery.from() == null ? Long.MIN_VALUE : articleQuery.from().toEpochDay();
            long to = articleQuery.to() == null ? Long.MAX_VALUE : articleQuery.to().toEpochDay();
            var window = new BooleanQuery.Builder();
            window.add(LongPoint.newRangeQuery(PUBLISHED, from, to), Occur.SHOULD);
            if (reportingIds != null && !reportingIds.isEmpty()) {
                window.add(ids(reportingIds), Occur.SHOULD);
            }
            all.add(window.build(), Occur.FILTER);
        }
        if (onlyIds != null) {
            all.add(ids(onlyIds), Occur.FILTER);
        }
        return new ConstantScoreQuery(all.build());
    }

    private static Query ids(Collection<Long> articleIds) {
        return new ArticleIdsQuery(ID_ORDER, articleIds);
    }

    private static Sort sort(ArticleQuery query) {
        boolean descending = !query.ascending();
        var key = switch (query.sort()) {
            case PUBLISHED -> {
                var field = new SortField(PUBLISHED, SortField.Type.LONG, descending);
                field.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield field;
            }
            case OUTLET -> stringSort(OUTLET, descending);
            case TITLE -> stringSort(TITLE, descending);
            case LANGUAGE -> stringSort(LANGUAGE, descending);
            case FILE -> stringSort(FILE, descending);
        };
        return new Sort(key, new SortField(ID_ORDER, SortField.Type.LONG));
    }

    private static SortField stringSort(String name, boolean descending) {
        var field = new SortField(name, SortField.Type.STRING, descending);
        field.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return field;
    }

    private static Indexed document(ResultSet rows) throws SQLException {
        return new Indexed(rows.getLong("id"), rows.getString("file_name"), rows.getString("outlet"),
                rows.getString("title"), rows.getString("language"), Jdbc.getDate(rows, "published"),
                rows.getString("text"));
    }

    private static FieldType bodyType() {
        var type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    @Override
    public synchronized void close() {
        awaitIndexing();
        indexer.shutdown();
        try {
            searchers.close();
            if (writer.isOpen()) {
                if (writer.hasUncommittedChanges()) {
                    commit();
                }
                writer.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing the search index failed; it is brought up to date when the database is opened", e);
            closeQuietly(writer);
        } finally {
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Closing {} failed", closeable, e);
        }
    }

    /** The parts of an article the index holds: its words, and the keys the list filters and sorts on. */
    private record Indexed(long id, String fileName, String outlet, String title, String language,
                           LocalDate published, String text) {

        Document document() {
            var document = new Document();
            document.add(new StringField(ID, Long.toString(id), Field.Store.NO));
            document.add(new NumericDocValuesField(ID_ORDER, id));
            var words = title == null ? text : title + "\n" + text;
            document.add(new Field(BODY, SearchAnalyzers.forLanguage(language).tokenStream(BODY, words), BODY_TYPE));
            if (published != null) {
                document.add(new LongPoint(PUBLISHED, published.toEpochDay()));
                document.add(new NumericDocValuesField(PUBLISHED, published.toEpochDay()));
            }
            sortKey(document, OUTLET, outlet);
            sortKey(document, TITLE, title);
            sortKey(document, LANGUAGE, language);
            sortKey(document, FILE, fileName);
            return document;
        }

        private static void sortKey(Document document, String name, String value) {
            if (value != null) {
                var key = value.length() > SORT_KEY_LENGTH ? value.substring(0, SORT_KEY_LENGTH) : value;
                document.add(new SortedDocValuesField(name, new BytesRef(key)));
            }
        }
    }

    /** Work done with a searcher that is released afterwards. */
    @FunctionalInterface
    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
