package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Assessment;
import org.crosscheck.model.Grade;
import org.crosscheck.model.ItemType;

/**
 * The analyst's grades, kept apart from any suggestion: outlet reliability A–F and claim credibility 1–6 (NATO
 * Admiralty code, judged independently of each other) and the incident assessment on Airwars' scale. One grade per
 * item; each change is one transaction with its audit line.
 */
public final class GradeRepository {

    private final Database database;

    public GradeRepository(Database database) {
        this.database = database;
    }

    /** The audit field name of the grade an item type carries. */
    public static String fieldOf(ItemType type) {
        return switch (type) {
            case OUTLET -> "reliability";
            case CLAIM -> "credibility";
            case INCIDENT -> "assessment";
            default -> throw new IllegalArgumentException("Only outlets, claims and incidents are graded, not "
                    + type.code() + ".");
        };
    }

    /**
     * The stored form of a grade value: upper-case letter A–F for outlets, digit 1–6 for claims, the assessment
     * code ("contested", "single source") for incidents.
     *
     * @throws IllegalArgumentException naming the scale when the value is not on it
     */
    public static String normalise(ItemType type, String value) {
        var trimmed = value == null ? "" : value.strip();
        return switch (type) {
            case OUTLET -> {
                var letter = trimmed.toUpperCase(Locale.ROOT);
                if (!letter.matches("[A-F]")) {
                    throw new IllegalArgumentException("Outlet reliability is a letter A–F, not \"" + value + "\".");
                }
                yield letter;
            }
            case CLAIM -> {
                if (!trimmed.matches("[1-6]")) {
                    throw new IllegalArgumentException("Claim credibility is a digit 1–6, not \"" + value + "\".");
                }
                yield trimmed;
            }
            case INCIDENT -> {
                try {
                    yield Assessment.fromCode(trimmed).code();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Incident assessment is one of confirmed, fair, weak, "
                            + "contested, discounted, single source, not \"" + value + "\".", e);
                }
            }
            default -> throw new IllegalArgumentException("Only outlets, claims and incidents are graded, not "
                    + type.code() + ".");
        };
    }

    public Optional<Grade> find(ItemType type, long itemId) {
        return database.read(connection -> find(connection, type, itemId));
    }

    /** Sets (or replaces) the grade of an item and returns it. */
    public Grade set(ItemType type, long itemId, String value, String analyst) {
        return store(new Grade(type, itemId, value, analyst, Instant.now()), analyst);
    }

    /**
     * Puts back a grade read from an export with the analyst and time it carries; the audit log names
     * {@code importingAnalyst}, who made the change in this database.
     */
    public Grade restore(Grade exported, String importingAnalyst) {
        var analyst = exported.analyst() == null ? importingAnalyst : exported.analyst();
        var time = exported.updatedAt() == null ? Instant.now() : exported.updatedAt();
        return store(new Grade(exported.itemType(), exported.itemId(), exported.value(), analyst, time),
                importingAnalyst);
    }

    private Grade store(Grade unchecked, String auditAnalyst) {
        var type = unchecked.itemType();
        var itemId = unchecked.itemId();
        var stored = normalise(type, unchecked.value());
        var analyst = unchecked.analyst();
        return database.write(connection -> {
            var before = find(connection, type, itemId);
            var grade = new Grade(type, itemId, stored, analyst, unchecked.updatedAt());
            try (var merge = connection.prepareStatement("MERGE INTO grade (item_type, item_id, grade_value, analyst, "
                    + "updated_at) KEY (item_type, item_id) VALUES (?, ?, ?, ?, ?)")) {
                merge.setString(1, type.code());
                merge.setLong(2, itemId);
                merge.setString(3, stored);
                merge.setString(4, analyst);
                Jdbc.setInstant(merge, 5, grade.updatedAt());
                merge.executeUpdate();
            }
            AuditLog.append(connection, auditAnalyst, type, itemId, "grade", fieldOf(type),
                    before.map(Grade::value).orElse(null), stored);
            return grade;
        });
    }

    /** Removes the grade of an item; returns false when it had none. */
    public boolean clear(ItemType type, long itemId, String analyst) {
        fieldOf(type);
        return database.write(connection -> {
            var before = find(connection, type, itemId);
            if (before.isEmpty()) {
                return false;
            }
            try (var delete = connection.prepareStatement("DELETE FROM grade WHERE item_type = ? AND item_id = ?")) {
                delete.setString(1, type.code());
                delete.setLong(2, itemId);
                delete.executeUpdate();
            }
            AuditLog.append(connection, analyst, type, itemId, "grade", fieldOf(type), before.get().value(), null);
            return true;
        });
    }

    /** Every grade of one item type by item id: one query for a whole export or table. */
    public Map<Long, Grade> all(ItemType type) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(
                    "SELECT * FROM grade WHERE item_type = ? ORDER BY item_id")) {
                query.setString(1, type.code());
                try (var rows = query.executeQuery()) {
                    var result = new LinkedHashMap<Long, Grade>();
                    while (rows.next()) {
                        var grade = grade(rows);
                        result.put(grade.itemId(), grade);
                    }
                    return result;
                }
            }
        });
    }

    /** The id of the outlet with this name, if it is stored. */
    public Optional<Long> outletId(String outletName) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM outlet WHERE name = ?")) {
                query.setString(1, outletName);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Outlet reliability grades keyed by outlet name, for exports that name outlets rather than number them. */
    public Map<String, Grade> reliabilityByOutlet() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT o.name AS outlet_name, g.* FROM grade g "
                    + "JOIN outlet o ON o.id = g.item_id WHERE g.item_type = ? ORDER BY o.name")) {
                query.setString(1, ItemType.OUTLET.code());
                try (var rows = query.executeQuery()) {
                    var result = new LinkedHashMap<String, Grade>();
                    while (rows.next()) {
                        result.put(rows.getString("outlet_name"), grade(rows));
                    }
                    return result;
                }
            }
        });
    }

    private static Optional<Grade> find(Connection connection, ItemType type, long itemId) throws SQLException {
        fieldOf(type);
        try (var query = connection.prepareStatement("SELECT * FROM grade WHERE item_type = ? AND item_id = ?")) {
            query.setString(1, type.code());
            query.setLong(2, itemId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(grade(rows)) : Optional.empty();
            }
        }
    }

    private static Grade grade(ResultSet rows) throws SQLException {
        return new Grade(ItemType.fromCode(rows.getString("item_type")), rows.getLong("item_id"),
                rows.getString("grade_value"), rows.getString("analyst"), Jdbc.getInstant(rows, "updated_at"));
    }
}
