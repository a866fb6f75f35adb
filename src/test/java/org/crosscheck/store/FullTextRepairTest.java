package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullTextRepairTest {

    @TempDir
    Path folder;

    @Test
    void openingRemovesIndexRowsOfArticlesThatWereNeverCommitted() {
        var file = folder.resolve("orphans.mv.db");
        try (var db = Database.open(file)) {
            StoreFixtures.article(db, "Rockets hit the Conoco base on Friday.", "IRNA", LocalDate.of(2024, 1, 12));
            var doomed = StoreFixtures.article(db, "Drones struck Tower 22 near Rukban.", "SANA", LocalDate.of(2024, 1, 28));
            // What a crash leaves: the trigger's rows survive, the article row does not.
            db.write(connection -> connection.createStatement().executeUpdate(
                    "DELETE FROM article WHERE id = " + doomed.id()));
            db.write(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO FT.ROWS (HASH, INDEXID, \"KEY\") SELECT HASH + 1, INDEXID, '\"ID\"=' || "
                            + doomed.id() + " FROM FT.ROWS FETCH FIRST 1 ROWS ONLY"));
        }

        try (var db = Database.open(file)) {
            long indexRows = db.read(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM FT.ROWS")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertThat(indexRows).isEqualTo(1);
            assertThat(new ArticleRepository(db).count(ArticleQuery.all().withSearch("Conoco"))).isEqualTo(1);
        }
    }
}
