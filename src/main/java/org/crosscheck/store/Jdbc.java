package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.crosscheck.model.Span;

/** Small JDBC helpers for nullable values, spans and timestamps shared by the repositories. */
final class Jdbc {

    private Jdbc() {
    }

    static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setSpan(PreparedStatement statement, int startIndex, Span span) throws SQLException {
        setNullableInt(statement, startIndex, span == null ? null : span.start());
        setNullableInt(statement, startIndex + 1, span == null ? null : span.end());
    }

    static Span getSpan(ResultSet rows, String startColumn, String endColumn) throws SQLException {
        int start = rows.getInt(startColumn);
        if (rows.wasNull()) {
            return null;
        }
        return new Span(start, rows.getInt(endColumn));
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
    }

    static LocalDate getDate(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static LocalDate getDate(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : instant.atOffset(ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        return getInstant(rows, rows.findColumn(column));
    }

    static Instant getInstant(ResultSet rows, int column) throws SQLException {
        var value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer getNullableInt(ResultSet rows, String column) throws SQLException {
        return getNullableInt(rows, rows.findColumn(column));
    }

    static Integer getNullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static Long getNullableLong(ResultSet rows, String column) throws SQLException {
        return getNullableLong(rows, rows.findColumn(column));
    }

    static Long getNullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    static long generatedKey(Statement statement) throws SQLException {
        try (var keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key returned");
            }
            return keys.getLong(1);
        }
    }

    /**
     * Runs the batch of inserts whose rows were added in the order of {@code rows} and returns each row with the key
     * the database generated for it.
     */
    static <T> List<T> executeBatchWithKeys(PreparedStatement insert, List<T> rows, BiFunction<T, Long, T> withId)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        insert.executeBatch();
        var stored = new ArrayList<T>(rows.size());
        try (var keys = insert.getGeneratedKeys()) {
            for (var row : rows) {
                if (!keys.next()) {
                    throw new SQLException("only " + stored.size() + " of " + rows.size() + " generated keys returned");
                }
                stored.add(withId.apply(row, keys.getLong(1)));
            }
        }
        return stored;
    }
}
