package org.crosscheck.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of the main tables, for the status bar and {@code crosscheck stats}. */
public final class StatsRepository {

    private static final Map<String, String> TABLES = Map.of(
            "articles", "article", "outlets", "outlet", "incidents", "incident", "claims", "claim",
            "links", "claim_link", "sites", "site", "tags", "tag");
    private static final String[] ORDER = {"articles", "outlets", "incidents", "claims", "links", "sites", "tags"};

    private final Database database;

    public StatsRepository(Database database) {
        this.database = database;
    }

    /** Counts keyed by plural name, in a stable order. */
    public Map<String, Long> counts() {
        return database.read(connection -> {
            var result = new LinkedHashMap<String, Long>();
            try (var statement = connection.createStatement()) {
                for (var key : ORDER) {
                    try (var rows = statement.executeQuery("SELECT COUNT(*) FROM " + TABLES.get(key))) {
                        rows.next();
                        result.put(key, rows.getLong(1));
                    }
                }
            }
            return result;
        });
    }
}
