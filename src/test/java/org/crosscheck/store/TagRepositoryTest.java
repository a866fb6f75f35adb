package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagRepositoryTest {

    @TempDir
    Path folder;

    private Database database;
    private TagRepository tags;
    private AuditLog audit;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("tags.mv.db"));
        tags = new TagRepository(database);
        audit = new AuditLog(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsTagsAndListsThemByName() {
        tags.create("wire copy", "#1F77B4", 2, "maya");
        tags.create("Follow up", "#ff7f0e", null, "maya");

        assertThat(tags.findAll()).extracting(Tag::name).containsExactly("Follow up", "wire copy");
        assertThat(tags.findByName("wire copy")).get().extracting(Tag::color, Tag::shortcut)
                .containsExactly("#1f77b4", 2);
    }

    @Test
    void refusesDuplicateNamesBadColoursAndShortcutsOutsideOneToNine() {
        tags.create("check", "#000000", null, "maya");

        assertThatThrownBy(() -> tags.create("CHECK", "#111111", null, "maya")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> tags.create("red", "red", null, "maya")).hasMessageContaining("#1f77b4");
        assertThatThrownBy(() -> tags.create("ten", "#222222", 10, "maya")).hasMessageContaining("1 to 9");
        assertThatThrownBy(() -> tags.create("a;b", "#222222", null, "maya")).hasMessageContaining(";");
    }

    @Test
    void aShortcutMovesToTheTagThatTakesIt() {
        var first = tags.create("first", "#000000", 1, "maya");
        var second = tags.create("second", "#ffffff", 1, "maya");

        assertThat(tags.find(first.id())).get().extracting(Tag::shortcut).isNull();
        assertThat(tags.find(second.id())).get().extracting(Tag::shortcut).isEqualTo(1);
        assertThat(audit.forItem(ItemType.TAG, first.id()))
                .anySatisfy(entry -> assertThat(entry.field()).isEqualTo("shortcut"));
    }

    @Test
    void assignsFiltersAndUnassignsWithAnAuditLineEach() {
        var tag = tags.create("contested", "#d62728", 3, "maya");

        assertThat(tags.assign(tag.id(), ItemType.CLAIM, 7, "maya")).isTrue();
        assertThat(tags.assign(tag.id(), ItemType.CLAIM, 7, "maya")).isFalse();
        tags.assign(tag.id(), ItemType.CLAIM, 3, "maya");
        tags.assign(tag.id(), ItemType.INCIDENT, 7, "maya");

        assertThat(tags.itemsWithTag(tag.id(), ItemType.CLAIM)).containsExactly(3L, 7L);
        assertThat(tags.itemsWithTag(tag.id(), ItemType.INCIDENT)).containsExactly(7L);
        assertThat(tags.tagsOf(ItemType.CLAIM, 7)).extracting(Tag::name).containsExactly("contested");
        assertThat(tags.tagNamesByItem(ItemType.CLAIM)).containsOnlyKeys(3L, 7L);

        assertThat(tags.unassign(tag.id(), ItemType.CLAIM, 7, "omar")).isTrue();
        assertThat(tags.unassign(tag.id(), ItemType.CLAIM, 7, "omar")).isFalse();
        assertThat(tags.itemsWithTag(tag.id(), ItemType.CLAIM)).containsExactly(3L);
        assertThat(audit.forItem(ItemType.CLAIM, 7)).extracting(e -> e.action() + ":" + e.analyst())
                .containsExactly("tag:maya", "untag:omar");
    }

    @Test
    void onlyClaimsArticlesAndIncidentsCanBeTagged() {
        var tag = tags.create("odd", "#123456", null, "maya");

        assertThatThrownBy(() -> tags.assign(tag.id(), ItemType.OUTLET, 1, "maya"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletingATagRemovesItsAssignmentsAndAuditsThemOnTheItems() {
        var tag = tags.create("gone", "#123456", null, "maya");
        tags.assign(tag.id(), ItemType.ARTICLE, 4, "maya");

        tags.delete(tag.id(), "maya");

        assertThat(tags.findAll()).isEmpty();
        assertThat(tags.tagsOf(ItemType.ARTICLE, 4)).isEmpty();
        assertThat(audit.forItem(ItemType.ARTICLE, 4)).extracting(e -> e.action()).containsExactly("tag", "untag");
    }

    @Test
    void restoringATagKeepsItsIdAndLaterTagsGetFreshIds() {
        tags.restore(new Tag(40, "restored", "#abcdef", 9), "maya");

        var fresh = tags.create("fresh", "#000000", null, "maya");

        assertThat(tags.find(40)).get().extracting(Tag::name).isEqualTo("restored");
        assertThat(fresh.id()).isGreaterThan(40);
    }
}
