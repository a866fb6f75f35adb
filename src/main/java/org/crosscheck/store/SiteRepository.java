package org.crosscheck.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Site;

/** The gazetteer in the database: loaded from {@code sites.csv} (ids kept stable) and read back as records. */
public final class SiteRepository {

    private final Database database;

    public SiteRepository(Database database) {
        this.database = database;
    }

    /** Inserts or updates every site by id; sites the list does not name are left alone. */
    public void saveAll(List<Site> sites) {
        database.write(connection -> {
            try (var merge = connection.prepareStatement("MERGE INTO site (id, name, aliases, country, admin1, kind, "
                    + "latitude, longitude, precision_m) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (var site : sites) {
                    merge.setString(1, site.id());
                    merge.setString(2, site.name());
                    merge.setString(3, String.join(";", site.aliases()));
                    merge.setString(4, site.country());
                    merge.setString(5, site.admin1());
                    merge.setString(6, site.kind());
                    merge.setDouble(7, site.latitude());
                    merge.setDouble(8, site.longitude());
                    merge.setInt(9, site.precisionMetres());
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            return null;
        });
    }

    public List<Site> findAll() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM site ORDER BY id");
                 var rows = query.executeQuery()) {
                var result = new ArrayList<Site>();
                while (rows.next()) {
                    var aliases = rows.getString("aliases");
                    result.add(new Site(rows.getString("id"), rows.getString("name"),
                            aliases.isEmpty() ? List.of() : List.of(aliases.split(";")),
                            rows.getString("country"), rows.getString("admin1"), rows.getString("kind"),
                            rows.getDouble("latitude"), rows.getDouble("longitude"), rows.getInt("precision_m")));
                }
                return result;
            }
        });
    }

    public Optional<Site> find(String id) {
        return findAll().stream().filter(site -> site.id().equals(id)).findFirst();
    }
}
