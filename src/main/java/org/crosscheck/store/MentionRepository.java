package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Mention;
import org.crosscheck.model.MentionKind;
import org.crosscheck.model.Span;
import org.crosscheck.model.TimePrecision;

/** The sites and dates found in each article, so the reader can highlight them and explain each one. */
public final class MentionRepository {

    private static final String INSERT = "INSERT INTO mention (article_id, kind, span_start, span_end, mention_value, "
            + "role, time_precision, date_basis, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;

    public MentionRepository(Database database) {
        this.database = database;
    }

    /** Every mention of one article in text order. */
    public List<Mention> forArticle(long articleId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT * FROM mention WHERE article_id = ? ORDER BY span_start, span_end, id")) {
                query.setLong(1, articleId);
                try (var rows = query.executeQuery()) {
                    var result = new ArrayList<Mention>();
                    while (rows.next()) {
                        result.add(mention(rows));
                    }
                    return result;
                }
            }
        });
    }

    /** Replaces all mentions of one article in one transaction and returns them with their ids. */
    public List<Mention> replaceForArticle(long articleId, List<Mention> mentions) {
        return database.write(connection -> replaceForArticle(connection, articleId, mentions));
    }

    static List<Mention> replaceForArticle(Connection connection, long articleId, List<Mention> mentions)
            throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM mention WHERE article_id = ?")) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
        var stored = new ArrayList<Mention>(mentions.size());
        try (var insert = connection.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (var mention : mentions) {
                bind(insert, articleId, mention);
                insert.executeUpdate();
                stored.add(new Mention(Jdbc.generatedKey(insert), articleId, mention.kind(), mention.span(),
                        mention.value(), mention.role(), mention.precision(), mention.basis(), mention.rule(),
                        mention.confidence()));
            }
        }
        return stored;
    }

    /** Replaces the mentions of many articles with two batches (one delete, one insert), in the map's order. */
    static void replaceForArticles(Connection connection, Map<Long, List<Mention>> mentionsByArticle)
            throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM mention WHERE article_id = ?")) {
            for (var articleId : mentionsByArticle.keySet()) {
                delete.setLong(1, articleId);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (var insert = connection.prepareStatement(INSERT)) {
            for (var entry : mentionsByArticle.entrySet()) {
                for (var mention : entry.getValue()) {
                    bind(insert, entry.getKey(), mention);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, long articleId, Mention mention) throws SQLException {
        insert.setLong(1, articleId);
        insert.setString(2, mention.kind().name());
        insert.setInt(3, mention.span().start());
        insert.setInt(4, mention.span().end());
        insert.setString(5, mention.value());
        insert.setString(6, mention.role());
        Jdbc.setNullableInt(insert, 7, mention.precision() == null ? null : mention.precision().code());
        insert.setString(8, mention.basis() == null ? null : mention.basis().code());
        insert.setString(9, mention.rule());
        insert.setDouble(10, mention.confidence());
    }

    private static Mention mention(ResultSet rows) throws SQLException {
        var precision = Jdbc.getNullableInt(rows, "time_precision");
        var basis = rows.getString("date_basis");
        return new Mention(rows.getLong("id"), rows.getLong("article_id"), MentionKind.valueOf(rows.getString("kind")),
                new Span(rows.getInt("span_start"), rows.getInt("span_end")), rows.getString("mention_value"),
                rows.getString("role"), precision == null ? null : TimePrecision.fromCode(precision),
                basis == null ? null : DateBasis.fromCode(basis), rows.getString("rule"), rows.getDouble("confidence"));
    }
}
