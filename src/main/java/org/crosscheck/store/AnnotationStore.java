package org.crosscheck.store;

import java.time.Instant;

/**
 * Clears what extraction and the analyst built on top of the articles (incidents, claims, links, tags and grades)
 * so an imported annotation set can replace it whole. Articles, sites and mentions stay; every removed incident,
 * claim and link gets an audit line.
 */
public final class AnnotationStore {

    private static final String[][] AUDITED = {
            {"link", "claim_link"}, {"claim", "claim"}, {"incident", "incident"}, {"tag", "tag"}};

    private final Database database;

    public AnnotationStore(Database database) {
        this.database = database;
    }

    /** Removes every incident, claim, link, tag, tag assignment and grade; joins an open transaction. */
    public void clearAll(String analyst, String reason) {
        database.write(connection -> {
            for (var audited : AUDITED) {
                try (var insert = connection.prepareStatement("INSERT INTO audit_log (at, analyst, item_type, item_id, "
                        + "action, field, old_value, new_value) SELECT ?, ?, ?, id, 'delete', NULL, NULL, ? FROM "
                        + audited[1])) {
                    Jdbc.setInstant(insert, 1, Instant.now());
                    insert.setString(2, analyst == null || analyst.isBlank() ? "unknown" : analyst);
                    insert.setString(3, audited[0]);
                    insert.setString(4, reason);
                    insert.executeUpdate();
                }
            }
            try (var statement = connection.createStatement()) {
                for (var table : new String[] {"claim_link", "claim", "incident", "tag_assignment", "tag", "grade"}) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
    }
}
