package org.crosscheck.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Tag;

/**
 * The analyst's tags and which claims, articles and incidents carry them. Every change is one transaction with
 * its audit line, so the audit log of a tag or an item shows every assignment.
 */
public final class TagRepository {

    /** The item types a tag can be put on. */
    public static final Set<ItemType> TAGGABLE = Set.of(ItemType.CLAIM, ItemType.ARTICLE, ItemType.INCIDENT);
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Database database;

    public TagRepository(Database database) {
        this.database = database;
    }

    /** Every tag, by name. */
    public List<Tag> findAll() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM tag ORDER BY LOWER(name), id");
                 var rows = query.executeQuery()) {
                var result = new ArrayList<Tag>();
                while (rows.next()) {
                    result.add(tag(rows));
                }
                return result;
            }
        });
    }

    public Optional<Tag> find(long id) {
        return database.read(connection -> find(connection, id));
    }

    public Optional<Tag> findByName(String name) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM tag WHERE name = ?")) {
                query.setString(1, name.strip());
                try (var rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(tag(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Creates a tag; a shortcut already held by another tag moves to the new one.
     *
     * @throws IllegalArgumentException for a blank or taken name, a colour not in {@code #rrggbb} form or a
     *                                  shortcut outside 1–9
     */
    public Tag create(String name, String color, Integer shortcut, String analyst) {
        var tag = validated(new Tag(0, name == null ? "" : name.strip(), color, shortcut));
        return database.write(connection -> insert(connection, tag, analyst));
    }

    /** Recreates a tag with its former id, e.g. to undo its deletion or to restore an exported annotation set. */
    public Tag restore(Tag tag, String analyst) {
        var valid = validated(tag);
        return database.write(connection -> insert(connection, valid, analyst));
    }

    private Tag insert(Connection connection, Tag tag, String analyst) throws SQLException {
        requireFreeName(connection, tag.name(), tag.id());
        releaseShortcut(connection, tag.shortcut(), tag.id(), analyst);
        var withId = tag.id() > 0;
        try (var insert = connection.prepareStatement(withId
                ? "INSERT INTO tag (name, color, shortcut, id) VALUES (?, ?, ?, ?)"
                : "INSERT INTO tag (name, color, shortcut) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, tag.name());
            insert.setString(2, tag.color());
            Jdbc.setNullableInt(insert, 3, tag.shortcut());
            if (withId) {
                insert.setLong(4, tag.id());
            }
            insert.executeUpdate();
            var stored = withId ? tag : new Tag(Jdbc.generatedKey(insert), tag.name(), tag.color(), tag.shortcut());
            if (withId) {
                Identity.restartAfterMax(connection, "tag");
            }
            AuditLog.append(connection, analyst, ItemType.TAG, stored.id(), "create", null, null, describe(stored));
            return stored;
        }
    }

    /** Changes name, colour and shortcut of a tag; a shortcut held by another tag moves to this one. */
    public Tag update(Tag changed, String analyst) {
        var tag = validated(changed);
        return database.write(connection -> {
            var before = find(connection, tag.id())
                    .orElseThrow(() -> new StoreException("Tag " + tag.id() + " no longer exists."));
            requireFreeName(connection, tag.name(), tag.id());
            releaseShortcut(connection, tag.shortcut(), tag.id(), analyst);
            try (var update = connection.prepareStatement("UPDATE tag SET name = ?, color = ?, shortcut = ? WHERE id = ?")) {
                update.setString(1, tag.name());
                update.setString(2, tag.color());
                Jdbc.setNullableInt(update, 3, tag.shortcut());
                update.setLong(4, tag.id());
                update.executeUpdate();
            }
            AuditLog.append(connection, analyst, ItemType.TAG, tag.id(), "edit", "name", before.name(), tag.name());
            AuditLog.append(connection, analyst, ItemType.TAG, tag.id(), "edit", "color", before.color(), tag.color());
            AuditLog.append(connection, analyst, ItemType.TAG, tag.id(), "edit", "shortcut",
                    before.shortcut(), tag.shortcut());
            return tag;
        });
    }

    /** Deletes a tag and all its assignments, auditing each removed assignment on its item. */
    public void delete(long tagId, String analyst) {
        database.write(connection -> {
            var tag = find(connection, tagId)
                    .orElseThrow(() -> new StoreException("Tag " + tagId + " no longer exists."));
            for (var entry : assignments(connection, tagId).entrySet()) {
                for (var itemId : entry.getValue()) {
                    AuditLog.append(connection, analyst, entry.getKey(), itemId, "untag", "tags", tag.name(), null);
                }
            }
            try (var delete = connection.prepareStatement("DELETE FROM tag WHERE id = ?")) {
                delete.setLong(1, tagId);
                delete.executeUpdate();
            }
            AuditLog.append(connection, analyst, ItemType.TAG, tagId, "delete", null, describe(tag), null);
            return null;
        });
    }

    /** Puts the tag on the item; returns false when it was already there (nothing is written then). */
    public boolean assign(long tagId, ItemType type, long itemId, String analyst) {
        requireTaggable(type);
        return database.write(connection -> {
            var tag = find(connection, tagId)
                    .orElseThrow(() -> new StoreException("Tag " + tagId + " no longer exists."));
            if (isAssigned(connection, tagId, type, itemId)) {
                return false;
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO tag_assignment (tag_id, item_type, item_id) VALUES (?, ?, ?)")) {
                insert.setLong(1, tagId);
                insert.setString(2, type.code());
                insert.setLong(3, itemId);
                insert.executeUpdate();
            }
            AuditLog.append(connection, analyst, type, itemId, "tag", "tags", null, tag.name());
            return true;
        });
    }

    /** Takes the tag off the item; returns false when it was not there. */
    public boolean unassign(long tagId, ItemType type, long itemId, String analyst) {
        requireTaggable(type);
        return database.write(connection -> {
            var tag = find(connection, tagId)
                    .orElseThrow(() -> new StoreException("Tag " + tagId + " no longer exists."));
            try (var delete = connection.prepareStatement(
                    "DELETE FROM tag_assignment WHERE tag_id = ? AND item_type = ? AND item_id = ?")) {
                delete.setLong(1, tagId);
                delete.setString(2, type.code());
                delete.setLong(3, itemId);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            AuditLog.append(connection, analyst, type, itemId, "untag", "tags", tag.name(), null);
            return true;
        });
    }

    /** The tags on one item, by name. */
    public List<Tag> tagsOf(ItemType type, long itemId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT t.* FROM tag t JOIN tag_assignment a ON a.tag_id = t.id "
                    + "WHERE a.item_type = ? AND a.item_id = ? ORDER BY LOWER(t.name), t.id")) {
                query.setString(1, type.code());
                query.setLong(2, itemId);
                try (var rows = query.executeQuery()) {
                    var result = new ArrayList<Tag>();
                    while (rows.next()) {
                        result.add(tag(rows));
                    }
                    return result;
                }
            }
        });
    }

    /** The ids of the items of one type carrying the tag (the filter by tag), ascending. */
    public Set<Long> itemsWithTag(long tagId, ItemType type) {
        return database.read(connection -> itemsWithTag(connection, tagId, type));
    }

    /** The same, inside another repository's read (e.g. the article list narrowing a search to a tag). */
    static Set<Long> itemsWithTag(Connection connection, long tagId, ItemType type) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT item_id FROM tag_assignment WHERE tag_id = ? AND item_type = ? ORDER BY item_id")) {
            query.setLong(1, tagId);
            query.setString(2, type.code());
            try (var rows = query.executeQuery()) {
                var result = new TreeSet<Long>();
                while (rows.next()) {
                    result.add(rows.getLong(1));
                }
                return result;
            }
        }
    }

    /** Tag names per item of one type, each list sorted by name: one query for a whole export or table. */
    public Map<Long, List<String>> tagNamesByItem(ItemType type) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT a.item_id, t.name FROM tag_assignment a "
                    + "JOIN tag t ON t.id = a.tag_id WHERE a.item_type = ? ORDER BY a.item_id, LOWER(t.name), t.id")) {
                query.setString(1, type.code());
                try (var rows = query.executeQuery()) {
                    var result = new LinkedHashMap<Long, List<String>>();
                    while (rows.next()) {
                        result.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                    }
                    return result;
                }
            }
        });
    }

    private static Map<ItemType, List<Long>> assignments(Connection connection, long tagId) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT item_type, item_id FROM tag_assignment WHERE tag_id = ? ORDER BY item_type, item_id")) {
            query.setLong(1, tagId);
            try (var rows = query.executeQuery()) {
                var result = new LinkedHashMap<ItemType, List<Long>>();
                while (rows.next()) {
                    result.computeIfAbsent(ItemType.fromCode(rows.getString(1)), type -> new ArrayList<>())
                            .add(rows.getLong(2));
                }
                return result;
            }
        }
    }

    private static boolean isAssigned(Connection connection, long tagId, ItemType type, long itemId)
            throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT 1 FROM tag_assignment WHERE tag_id = ? AND item_type = ? AND item_id = ?")) {
            query.setLong(1, tagId);
            query.setString(2, type.code());
            query.setLong(3, itemId);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireFreeName(Connection connection, String name, long ownId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id FROM tag WHERE LOWER(name) = LOWER(?) AND id <> ?")) {
            query.setString(1, name);
            query.setLong(2, ownId);
            try (var rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new IllegalArgumentException("A tag named \"" + name + "\" already exists.");
                }
            }
        }
    }

    private static void releaseShortcut(Connection connection, Integer shortcut, long ownId, String analyst)
            throws SQLException {
        if (shortcut == null) {
            return;
        }
        try (var query = connection.prepareStatement("SELECT id FROM tag WHERE shortcut = ? AND id <> ?")) {
            query.setInt(1, shortcut);
            query.setLong(2, ownId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var holder = rows.getLong(1);
                    try (var update = connection.prepareStatement("UPDATE tag SET shortcut = NULL WHERE id = ?")) {
                        update.setLong(1, holder);
                        update.executeUpdate();
                    }
                    AuditLog.append(connection, analyst, ItemType.TAG, holder, "edit", "shortcut", shortcut, null);
                }
            }
        }
    }

    private static Optional<Tag> find(Connection connection, long id) throws SQLException {
        try (var query = connection.prepareStatement("SELECT * FROM tag WHERE id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(tag(rows)) : Optional.empty();
            }
        }
    }

    private static Tag validated(Tag tag) {
        if (tag.name() == null || tag.name().isBlank()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (tag.name().contains(";")) {
            throw new IllegalArgumentException("A tag name cannot contain \";\" (it separates tags in exports).");
        }
        if (tag.color() == null || !COLOR.matcher(tag.color()).matches()) {
            throw new IllegalArgumentException("A tag colour must look like #1f77b4, not \"" + tag.color() + "\".");
        }
        if (tag.shortcut() != null && (tag.shortcut() < 1 || tag.shortcut() > 9)) {
            throw new IllegalArgumentException("A tag shortcut is a digit from 1 to 9, not " + tag.shortcut() + ".");
        }
        return new Tag(tag.id(), tag.name().strip(), tag.color().toLowerCase(java.util.Locale.ROOT), tag.shortcut());
    }

    private static void requireTaggable(ItemType type) {
        if (!TAGGABLE.contains(type)) {
            throw new IllegalArgumentException("Only claims, articles and incidents can be tagged, not " + type.code());
        }
    }

    private static String describe(Tag tag) {
        return tag.name() + " " + tag.color() + (tag.shortcut() == null ? "" : " key " + tag.shortcut());
    }

    private static Tag tag(ResultSet rows) throws SQLException {
        return new Tag(rows.getLong("id"), rows.getString("name"), rows.getString("color"),
                Jdbc.getNullableInt(rows, "shortcut"));
    }
}
