package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.model.Grade;
import org.crosscheck.model.ItemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private GradeRepository grades;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("grades.mv.db"));
        grades = new GradeRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            OUTLET,   b,             B
            CLAIM,    ' 2 ',         2
            INCIDENT, Contested,     contested
            INCIDENT, single-source, single source
            """)
    void storesEachScaleInItsNormalForm(ItemType type, String given, String stored) {
        assertThat(grades.set(type, 1, given, "maya").value()).isEqualTo(stored);
        assertThat(grades.find(type, 1)).get().extracting(Grade::value).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            OUTLET,   G
            CLAIM,    7
            CLAIM,    A
            INCIDENT, likely
            ARTICLE,  A
            """)
    void refusesValuesOffTheScale(ItemType type, String given) {
        assertThatThrownBy(() -> grades.set(type, 1, given, "maya")).isInstanceOf(IllegalArgumentException.class);
        assertThat(grades.all(ItemType.CLAIM)).isEmpty();
    }

    @Test
    void replacingAGradeAuditsOldAndNewValue() {
        grades.set(ItemType.CLAIM, 5, "3", "maya");
        grades.set(ItemType.CLAIM, 5, "1", "omar");

        assertThat(grades.find(ItemType.CLAIM, 5)).get().extracting(Grade::value, Grade::analyst)
                .containsExactly("1", "omar");
        assertThat(new AuditLog(database).forItem(ItemType.CLAIM, 5))
                .extracting(e -> e.field() + " " + e.oldValue() + "->" + e.newValue())
                .containsExactly("credibility null->3", "credibility 3->1");
    }

    @Test
    void clearingRemovesTheGrade() {
        grades.set(ItemType.INCIDENT, 2, "fair", "maya");

        assertThat(grades.clear(ItemType.INCIDENT, 2, "maya")).isTrue();
        assertThat(grades.clear(ItemType.INCIDENT, 2, "maya")).isFalse();
        assertThat(grades.find(ItemType.INCIDENT, 2)).isEmpty();
    }

    @Test
    void outletGradesAreFoundByOutletName() {
        database.write(c -> c.createStatement().executeUpdate("INSERT INTO outlet (name) VALUES ('Sputnik')"));
        var sputnik = grades.outletId("Sputnik").orElseThrow();

        grades.set(ItemType.OUTLET, sputnik, "D", "maya");

        assertThat(grades.reliabilityByOutlet()).containsOnlyKeys("Sputnik");
        assertThat(grades.reliabilityByOutlet().get("Sputnik").value()).isEqualTo("D");
        assertThat(grades.outletId("IRNA")).isEmpty();
    }

    @Test
    void gradesOfOneTransactionAreStoredTogetherOrNotAtAll() {
        assertThatThrownBy(() -> database.transaction(() -> {
            grades.set(ItemType.CLAIM, 1, "2", "maya");
            return grades.set(ItemType.CLAIM, 2, "9", "maya");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(grades.all(ItemType.CLAIM)).isEmpty();
        assertThat(new AuditLog(database).forItem(ItemType.CLAIM, 1)).isEmpty();
    }
}
