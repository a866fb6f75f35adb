package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.ItemType;

/** Stores and finds articles and their outlets; the only place that knows the article tables. */
public final class ArticleRepository {

    /** The list's columns: the row's opening stands in for the text, which lives in {@code article_text}. */
    private static final String SUMMARY_COLUMNS =
            "a.id, a.file_name, o.name AS outlet, a.title, a.language, a.published, a.char_count, a.opening";
    /** A whole article: its row, its text and its outlet's name. */
    private static final String FULL_ARTICLE = "SELECT a.*, t.text, o.name AS outlet FROM article a "
            + "JOIN article_text t ON t.article_id = a.id LEFT JOIN outlet o ON o.id = a.outlet_id";

    private static final String INSERT = "INSERT INTO article (file_name, sha256, opening, outlet_id, outlet_start, "
            + "outlet_end, title, title_start, title_end, language, published, published_basis, published_start, "
            + "published_end, imported_at, char_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TEXT = "INSERT INTO article_text (article_id, text) VALUES (?, ?)";

    private final Database database;

    public ArticleRepository(Database database) {
        this.database = database;
    }

    /** The id of the stored article with this content hash, if any. */
    public Optional<Long> findIdBySha256(String sha256) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM article WHERE sha256 = ?")) {
                query.setString(1, sha256);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Which of these content hashes stored articles already have: one query for a whole chunk of read files. */
    public Set<String> storedSha256(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT sha256 FROM article WHERE sha256 = ANY(?)")) {
                query.setObject(1, sha256s.toArray(String[]::new));
                try (var rows = query.executeQuery()) {
                    var stored = new HashSet<String>();
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                    return stored;
                }
            }
        });
    }

    /** Stores a new article in its own transaction and returns it with its id. */
    public Article insert(Article article) {
        return database.write(connection -> {
            var stored = insert(connection, article);
            database.afterCommit(() -> database.articleIndex().add(List.of(stored)));
            return stored;
        });
    }

    /**
     * Stores several new articles in one transaction: all of them or none. Their outlets are looked up (and the new
     * ones added, in the order they first appear) once for the whole list, and the rows go in as one batch.
     */
    public List<Article> insertAll(List<Article> articles) {
        return database.write(connection -> {
            var outletIds = outletIds(connection, articles.stream().map(Article::outlet).filter(Objects::nonNull)
                    .distinct().toList());
            List<Article> stored;
            try (var insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                for (var article : articles) {
                    bindInsert(insert, article, article.outlet() == null ? null : outletIds.get(article.outlet()));
                    insert.addBatch();
                }
                stored = Jdbc.executeBatchWithKeys(insert, articles, Article::withId);
            }
            try (var insertText = connection.prepareStatement(INSERT_TEXT)) {
                for (var article : stored) {
                    bindText(insertText, article);
                    insertText.addBatch();
                }
                insertText.executeBatch();
            }
            database.afterCommit(() -> database.articleIndex().add(stored));
            return stored;
        });
    }

    static Article insert(Connection connection, Article article) throws SQLException {
        Long outletId = article.outlet() == null ? null : outletId(connection, article.outlet());
        Article stored;
        try (var insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(insert, article, outletId);
            insert.executeUpdate();
            stored = article.withId(Jdbc.generatedKey(insert));
        }
        try (var insertText = connection.prepareStatement(INSERT_TEXT)) {
            bindText(insertText, stored);
            insertText.executeUpdate();
        }
        return stored;
    }

    private static void bindText(PreparedStatement insertText, Article stored) throws SQLException {
        insertText.setLong(1, stored.id());
        insertText.setString(2, stored.text());
    }

    private static void bindInsert(PreparedStatement insert, Article article, Long outletId) throws SQLException {
        insert.setString(1, article.fileName());
        insert.setString(2, article.sha256());
        insert.setString(3, ArticleSummary.opening(article.text()));
        Jdbc.setNullableLong(insert, 4, outletId);
        Jdbc.setSpan(insert, 5, article.outletSpan());
        insert.setString(7, article.title());
        Jdbc.setSpan(insert, 8, article.titleSpan());
        insert.setString(10, article.language());
        Jdbc.setDate(insert, 11, article.published());
        insert.setString(12, article.publishedBasis() == null ? null : article.publishedBasis().code());
        Jdbc.setSpan(insert, 13, article.publishedSpan());
        Jdbc.setInstant(insert, 15, article.importedAt());
        insert.setInt(16, article.charCount());
    }

    /** The ids of these outlet names, adding the missing ones in the order given (as one MERGE each would). */
    private static Map<String, Long> outletIds(Connection connection, List<String> names) throws SQLException {
        var ids = new HashMap<String, Long>();
        if (names.isEmpty()) {
            return ids;
        }
        try (var query = connection.prepareStatement("SELECT name, id FROM outlet WHERE name = ANY(?)")) {
            query.setObject(1, names.toArray(String[]::new));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        for (var name : names) {
            if (!ids.containsKey(name)) {
                ids.put(name, outletId(connection, name));
            }
        }
        return ids;
    }

    private static long outletId(Connection connection, String name) throws SQLException {
        try (var merge = connection.prepareStatement("MERGE INTO outlet (name) KEY (name) VALUES (?)")) {
            merge.setString(1, name);
            merge.executeUpdate();
        }
        try (var query = connection.prepareStatement("SELECT id FROM outlet WHERE name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public Optional<Article> find(long id) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(FULL_ARTICLE + " WHERE a.id = ?")) {
                query.setLong(1, id);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(article(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Streams every article in id order to the consumer without holding them all in memory. */
    public void forEach(Consumer<Article> consumer) {
        database.read(connection -> {
            try (var query = connection.prepareStatement(FULL_ARTICLE + " ORDER BY a.id")) {
                query.setFetchSize(200);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(article(rows));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Streams every article's metadata, without its text, in id order to the consumer (for export): the table is
     * read straight through and no text is loaded.
     */
    public void forEachMetadata(Consumer<ArticleMetadata> consumer) {
        database.forEachRow("SELECT a.id, a.file_name, a.sha256, o.name AS outlet, a.title, a.language, a.published, "
                + "a.published_basis, a.imported_at, a.char_count FROM article a "
                + "LEFT JOIN outlet o ON o.id = a.outlet_id ORDER BY a.id", rows -> {
                    var basis = rows.getString("published_basis");
                    return new ArticleMetadata(rows.getLong("id"), rows.getString("file_name"),
                            rows.getString("sha256"), rows.getString("outlet"), rows.getString("title"),
                            rows.getString("language"), Jdbc.getDate(rows, "published"),
                            basis == null ? null : DateBasis.fromCode(basis), Jdbc.getInstant(rows, "imported_at"),
                            rows.getInt("char_count"));
                }, consumer);
    }

    /**
     * One page of the article list for a query. A search, or a window in publication order whose reporting articles
     * the query carries, is answered by the search index, then read by id; the rest by one SQL query.
     */
    public List<ArticleSummary> page(ArticleQuery articleQuery, int offset, int limit) {
        if (answeredByIndex(articleQuery)) {
            return summaries(database.articleIndex().page(articleQuery, taggedIds(articleQuery),
                    reportingIds(articleQuery), offset, limit));
        }
        return database.read(connection -> {
            var sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(from(articleQuery));
            sql.append(" ORDER BY ").append(articleQuery.sort().column)
                    .append(articleQuery.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST")
                    .append(", a.id LIMIT ? OFFSET ?");
            try (var query = connection.prepareStatement(sql.toString())) {
                int index = bind(query, articleQuery);
                query.setInt(index, limit);
                query.setInt(index + 1, offset);
                try (var rows = query.executeQuery()) {
                    var result = new ArrayList<ArticleSummary>();
                    while (rows.next()) {
                        result.add(summary(rows));
                    }
                    return result;
                }
            }
        });
    }

    /** The list rows of these articles in the order given; ids no longer stored are left out. */
    public List<ArticleSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE a.id = ANY(?)")) {
                query.setObject(1, ids.toArray(Long[]::new));
                try (var rows = query.executeQuery()) {
                    var found = new HashMap<Long, ArticleSummary>();
                    while (rows.next()) {
                        found.put(rows.getLong("id"), summary(rows));
                    }
                    return found;
                }
            }
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static ArticleSummary summary(ResultSet rows) throws SQLException {
        return new ArticleSummary(rows.getLong("id"), rows.getString("file_name"), rows.getString("outlet"),
                rows.getString("title"), rows.getString("language"), Jdbc.getDate(rows, "published"),
                rows.getInt("char_count"), ArticleSummary.lead(rows.getString("opening")));
    }

    /** How many articles a query matches, and the first page of them. */
    public record Listing(int count, List<ArticleSummary> firstPage) {
    }

    /**
     * How many articles the query matches and its first {@code limit} rows, as the list opens: one search when the
     * search index answers the query (a brush's window lists thousands of reporting articles, and matching them is
     * most of the work), otherwise {@link #count} and {@link #page}.
     */
    public Listing firstPage(ArticleQuery articleQuery, int limit) {
        if (answeredByIndex(articleQuery)) {
            var hits = database.articleIndex().firstPage(articleQuery, taggedIds(articleQuery),
                    reportingIds(articleQuery), limit);
            return new Listing(hits.count(), summaries(hits.ids()));
        }
        int count = count(articleQuery);
        return new Listing(count, count == 0 ? List.of() : page(articleQuery, 0, limit));
    }

    /** How many articles the query matches. */
    public int count(ArticleQuery articleQuery) {
        if (answeredByIndex(articleQuery)) {
            return database.articleIndex().count(articleQuery, taggedIds(articleQuery),
                    reportingIds(articleQuery));
        }
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*)" + from(articleQuery))) {
                bind(query, articleQuery);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /**
     * True when the search index answers the query: a search, or a window whose reporting articles are known, in
     * publication order (the index orders by date then id exactly as SQL does; its text sort keys are cut short, so
     * other orders of a window stay with SQL). A window scanned in SQL reads every article row.
     */
    private static boolean answeredByIndex(ArticleQuery articleQuery) {
        return articleQuery.hasSearch() || articleQuery.hasWindow() && articleQuery.reportingIds() != null
                && articleQuery.sort() == ArticleQuery.Sort.PUBLISHED;
    }

    /** The ids of the articles carrying the query's tag, to narrow a search; null when the query has no tag. */
    private Set<Long> taggedIds(ArticleQuery articleQuery) {
        return articleQuery.tagId() == null ? null
                : database.read(connection -> TagRepository.itemsWithTag(connection, articleQuery.tagId(),
                        ItemType.ARTICLE));
    }

    /**
     * The ids of the articles with a claim on an incident in the query's time window, as the query carries them or
     * else read here; null without a window.
     */
    private List<Long> reportingIds(ArticleQuery articleQuery) {
        if (!articleQuery.hasWindow()) {
            return null;
        }
        if (articleQuery.reportingIds() != null) {
            return articleQuery.reportingIds();
        }
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT DISTINCT c.article_id FROM claim c"
                    + " JOIN incident i ON i.id = c.incident_id WHERE " + range("i.event_date", articleQuery))) {
                int index = 1;
                if (articleQuery.from() != null) {
                    Jdbc.setDate(query, index++, articleQuery.from());
                }
                if (articleQuery.to() != null) {
                    Jdbc.setDate(query, index, articleQuery.to());
                }
                try (var rows = query.executeQuery()) {
                    var ids = new ArrayList<Long>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                }
            }
        });
    }

    /**
     * The rows the list shows: in a time window, the articles published in it and those reporting an incident in it
     * (most reports state no publication date, and the analyst brushes the days of the attacks).
     */
    private static String from(ArticleQuery query) {
        var sql = new StringBuilder(" FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id WHERE 1 = 1");
        if (query.hasWindow()) {
            sql.append(" AND (").append(range("a.published", query));
            if (query.reportingIds() == null) {
                sql.append(" OR a.id IN (SELECT c.article_id FROM claim c JOIN incident i ON i.id = c.incident_id")
                        .append(" WHERE ").append(range("i.event_date", query)).append("))");
            } else {
                sql.append(" OR a.id = ANY(?))");
            }
        }
        if (query.tagId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM tag_assignment ta WHERE ta.tag_id = ? AND ta.item_type = '")
                    .append(ItemType.ARTICLE.code()).append("' AND ta.item_id = a.id)");
        }
        return sql.toString();
    }

    /** {@code column >= ? AND column <= ?} for the window's ends that are set. */
    private static String range(String column, ArticleQuery query) {
        var parts = new ArrayList<String>();
        if (query.from() != null) {
            parts.add(column + " >= ?");
        }
        if (query.to() != null) {
            parts.add(column + " <= ?");
        }
        return String.join(" AND ", parts);
    }

    private static int bind(PreparedStatement statement, ArticleQuery query) throws SQLException {
        int index = 1;
        if (query.hasWindow()) {
            index = bindWindow(statement, query, index);
            if (query.reportingIds() == null) {
                index = bindWindow(statement, query, index);
            } else {
                statement.setObject(index++, query.reportingIds().toArray(Long[]::new));
            }
        }
        if (query.tagId() != null) {
            statement.setLong(index++, query.tagId());
        }
        return index;
    }

    /** Binds the window's ends that are set, from {@code index} on; returns the next free index. */
    private static int bindWindow(PreparedStatement statement, ArticleQuery query, int index) throws SQLException {
        int next = index;
        if (query.from() != null) {
            Jdbc.setDate(statement, next++, query.from());
        }
        if (query.to() != null) {
            Jdbc.setDate(statement, next++, query.to());
        }
        return next;
    }

    /** The analyst's edit of outlet, title and publication date, audited field by field. */
    public Article updateHeader(long id, String outlet, String title, LocalDate published, String analyst) {
        return database.write(connection -> {
            var before = findForUpdate(connection, id);
            var after = before.withHeader(blankToNull(outlet), blankToNull(title), published);
            Long outletId = after.outlet() == null ? null : outletId(connection, after.outlet());
            try (var update = connection.prepareStatement("UPDATE article SET outlet_id = ?, outlet_start = ?, "
                    + "outlet_end = ?, title = ?, title_start = ?, title_end = ?, published = ?, published_basis = ?, "
                    + "published_start = ?, published_end = ? WHERE id = ?")) {
                Jdbc.setNullableLong(update, 1, outletId);
                Jdbc.setSpan(update, 2, after.outletSpan());
                update.setString(4, after.title());
                Jdbc.setSpan(update, 5, after.titleSpan());
                Jdbc.setDate(update, 7, after.published());
                update.setString(8, after.publishedBasis() == null ? null : after.publishedBasis().code());
                Jdbc.setSpan(update, 9, after.publishedSpan());
                update.setLong(11, id);
                update.executeUpdate();
            }
            try (var queue = connection.prepareStatement("INSERT INTO article_reindex (article_id) VALUES (?)")) {
                queue.setLong(1, id);
                queue.executeUpdate();
            }
            database.afterCommit(() -> database.articleIndex().add(List.of(after)));
            AuditLog.append(connection, analyst, ItemType.ARTICLE, id, "edit", "outlet", before.outlet(), after.outlet());
            AuditLog.append(connection, analyst, ItemType.ARTICLE, id, "edit", "title", before.title(), after.title());
            AuditLog.append(connection, analyst, ItemType.ARTICLE, id, "edit", "published",
                    before.published(), after.published());
            return after;
        });
    }

    private static Article findForUpdate(Connection connection, long id) throws SQLException {
        try (var query = connection.prepareStatement(FULL_ARTICLE + " WHERE a.id = ? FOR UPDATE")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new StoreException("Article " + id + " no longer exists.");
                }
                return article(rows);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Article article(ResultSet rows) throws SQLException {
        var basis = rows.getString("published_basis");
        return new Article(
                rows.getLong("id"),
                rows.getString("file_name"),
                rows.getString("sha256"),
                rows.getString("text"),
                rows.getString("outlet"),
                Jdbc.getSpan(rows, "outlet_start", "outlet_end"),
                rows.getString("title"),
                Jdbc.getSpan(rows, "title_start", "title_end"),
                rows.getString("language"),
                Jdbc.getDate(rows, "published"),
                basis == null ? null : DateBasis.fromCode(basis),
                Jdbc.getSpan(rows, "published_start", "published_end"),
                Jdbc.getInstant(rows, "imported_at"));
    }
}
