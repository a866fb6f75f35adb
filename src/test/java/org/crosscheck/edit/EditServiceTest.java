package org.crosscheck.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.ingest.SitesCsv;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.AuditLog;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.SiteRepository;
import org.crosscheck.store.StoreException;
import org.crosscheck.store.TagRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditServiceTest {

    private static final String TEXT = "A Sputnik correspondent said six missiles hit the Conoco field on Friday. "
            + "The Pentagon said two were intercepted.";

    @TempDir
    Path folder;

    private Database database;
    private ClaimRepository claims;
    private IncidentRepository incidents;
    private LinkRepository links;
    private TagRepository tags;
    private GradeRepository grades;
    private AuditLog audit;
    private final AtomicReference<String> analyst = new AtomicReference<>("maya");
    private EditService edits;
    private Article article;
    private Incident conoco;
    private Claim sputnik;
    private Claim pentagon;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("edits.mv.db"));
        claims = new ClaimRepository(database);
        incidents = new IncidentRepository(database);
        links = new LinkRepository(database);
        tags = new TagRepository(database);
        grades = new GradeRepository(database);
        audit = new AuditLog(database);
        edits = new EditService(database, claims, incidents, links, tags, grades, analyst::get);
        article = new ArticleRepository(database).insert(new Article(0, "000.txt", "a".repeat(64), TEXT, "Sputnik",
                null, null, null, "en", LocalDate.of(2024, 1, 12), DateBasis.EXPLICIT, null, Instant.now()));
        conoco = incidents.insert(incident(LocalDate.of(2024, 1, 12)));
        sputnik = claims.insert(claim(new Span(0, 41), Aspect.COUNT, "6 missile", "Sputnik correspondent"));
        pentagon = claims.insert(claim(new Span(74, 112), Aspect.OUTCOME, "intercepted 2", "the Pentagon"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Incident incident(LocalDate date) {
        return new Incident(0, null, date, TimePrecision.DAY, DateBasis.RELATIVE_TO_PUBLISHED,
                "Explosions/Remote violence", "Shelling/artillery/missile attack", null, List.of("missile"),
                "Conoco gas field", 35.28, 40.29, 1, "Syria", "Deir ez-Zor", null, null, Origin.AUTO, false);
    }

    private Claim claim(Span span, Aspect aspect, String value, String speaker) {
        return new Claim(0, article.id(), conoco.id(), span, span.of(TEXT), speaker, "said", aspect, value,
                Stance.ASSERTS, "test rule", 0.8, Origin.AUTO, null, Instant.now());
    }

    @Test
    void createsAClaimFromASpanAndRedoGivesItBackItsId() {
        edits.perform(Edits.createClaim(article, new Span(42, 72), conoco.id(), "Sputnik correspondent",
                Aspect.OUTCOME, "hit", Stance.ASSERTS));
        var created = claims.forArticle(article.id()).stream().filter(c -> c.origin() == Origin.ANALYST).findFirst()
                .orElseThrow();
        assertThat(created.quote()).isEqualTo("hit the Conoco field on Friday");
        assertThat(created.analyst()).isEqualTo("maya");

        edits.undo();
        assertThat(claims.find(created.id())).isEmpty();

        edits.redo();
        assertThat(claims.find(created.id())).get().extracting(Claim::value).isEqualTo("hit");
    }

    @Test
    void refusesAClaimWithoutTextOrSpeaker() {
        assertThatThrownBy(() -> Edits.createClaim(article, new Span(3, 3), null, "x", Aspect.COUNT, "1",
                Stance.ASSERTS)).hasMessageContaining("Select some text");
        assertThatThrownBy(() -> Edits.createClaim(article, new Span(0, 3), null, " ", Aspect.COUNT, "1",
                Stance.ASSERTS)).hasMessageContaining("speaker");
    }

    @Test
    void editingAClaimMakesItTheAnalystsAndUndoRestoresItExactly() {
        edits.perform(Edits.editClaim(sputnik.id(), "Sputnik", Aspect.COUNT, "5 missile", Stance.NOT_CONFIRMED));

        assertThat(claims.find(sputnik.id())).get()
                .extracting(Claim::attributedTo, Claim::value, Claim::stance, Claim::origin)
                .containsExactly("Sputnik", "5 missile", Stance.NOT_CONFIRMED, Origin.ANALYST);

        edits.undo();
        assertThat(claims.find(sputnik.id())).contains(sputnik);
        assertThat(audit.forItem(ItemType.CLAIM, sputnik.id())).extracting(e -> e.field())
                .contains("value", "stance", "attributed_to");
    }

    @Test
    void deletingAClaimTakesItsLinksTagsAndGradeAndUndoBringsThemBack() {
        var link = links.insert(new ClaimLink(0, sputnik.id(), pentagon.id(), Relation.CONTRADICTS, Origin.AUTO,
                LinkStatus.SUGGESTED, null, null, Instant.now()));
        var tag = tags.create("check", "#ff0000", 1, "maya");
        tags.assign(tag.id(), ItemType.CLAIM, sputnik.id(), "maya");
        grades.set(ItemType.CLAIM, sputnik.id(), "5", "maya");

        edits.perform(Edits.deleteClaim(sputnik.id()));
        assertThat(claims.find(sputnik.id())).isEmpty();
        assertThat(links.find(link.id())).isEmpty();
        assertThat(tags.tagsOf(ItemType.CLAIM, sputnik.id())).isEmpty();
        assertThat(grades.find(ItemType.CLAIM, sputnik.id())).isEmpty();

        edits.undo();
        assertThat(claims.find(sputnik.id())).contains(sputnik);
        assertThat(links.find(link.id())).contains(link);
        assertThat(tags.tagsOf(ItemType.CLAIM, sputnik.id())).extracting(Tag::name).containsExactly("check");
        assertThat(grades.find(ItemType.CLAIM, sputnik.id())).get().extracting(Grade::value).isEqualTo("5");
    }

    @Test
    void movesAClaimToAnotherIncidentAndBack() {
        var other = incidents.insert(incident(LocalDate.of(2024, 1, 11)));

        edits.perform(Edits.moveClaim(pentagon.id(), other.id()));
        assertThat(claims.forIncident(other.id())).extracting(Claim::id).containsExactly(pentagon.id());

        edits.undo();
        assertThat(claims.forIncident(other.id())).isEmpty();
        assertThat(claims.find(pentagon.id())).contains(pentagon);
    }

    @Test
    void mergesIncidentsAndUndoSplitsThemAgainWithTheirTags() {
        var other = incidents.insert(incident(LocalDate.of(2024, 1, 13)));
        edits.perform(Edits.moveClaim(pentagon.id(), other.id()));
        var tag = tags.create("round-up", "#00ff00", null, "maya");
        tags.assign(tag.id(), ItemType.INCIDENT, other.id(), "maya");

        edits.perform(Edits.mergeIncidents(conoco.id(), List.of(other.id())));
        assertThat(incidents.find(other.id())).isEmpty();
        assertThat(claims.forIncident(conoco.id())).hasSize(2);

        edits.undo();
        assertThat(incidents.find(other.id())).contains(other);
        assertThat(claims.forIncident(other.id())).extracting(Claim::id).containsExactly(pentagon.id());
        assertThat(tags.itemsWithTag(tag.id(), ItemType.INCIDENT)).containsExactly(other.id());
    }

    @Test
    void splitsClaimsOffIntoANewIncidentAndRedoReusesItsId() {
        edits.perform(Edits.splitIncident(conoco.id(), List.of(pentagon.id())));
        var split = claims.find(pentagon.id()).orElseThrow().incidentId();
        assertThat(split).isNotEqualTo(conoco.id());
        assertThat(incidents.find(split)).get().extracting(Incident::location, Incident::origin)
                .containsExactly("Conoco gas field", Origin.ANALYST);

        edits.undo();
        assertThat(incidents.find(split)).isEmpty();
        assertThat(claims.find(pentagon.id())).contains(pentagon);

        edits.redo();
        assertThat(claims.find(pentagon.id()).orElseThrow().incidentId()).isEqualTo(split);
    }

    @Test
    void editsSiteAndDateOfAnIncidentAndUndoesThem() {
        var tanf = SitesCsv.bundled().stream().filter(site -> site.id().equals("al-tanf")).findFirst().orElseThrow();
        new SiteRepository(database).saveAll(List.of(tanf));

        edits.perform(Edits.moveIncidentToSite(conoco.id(), tanf));
        edits.perform(Edits.setIncidentDate(conoco.id(), LocalDate.of(2024, 1, 8), TimePrecision.WEEK));
        assertThat(incidents.find(conoco.id())).get()
                .extracting(Incident::siteId, Incident::location, Incident::eventDate, Incident::timePrecision)
                .containsExactly("al-tanf", tanf.name(), LocalDate.of(2024, 1, 8), TimePrecision.WEEK);

        edits.undo();
        edits.undo();
        assertThat(incidents.find(conoco.id())).contains(conoco);
        assertThat(audit.forItem(ItemType.INCIDENT, conoco.id())).extracting(e -> e.field())
                .contains("site_id", "event_date", "time_precision");
    }

    @Test
    void createsLinksAndDecidesThemInBulkWithANote() {
        var suggested = links.insert(new ClaimLink(0, sputnik.id(), pentagon.id(), Relation.CORROBORATES,
                Origin.AUTO, LinkStatus.SUGGESTED, null, null, Instant.now()));
        edits.perform(Edits.createLink(sputnik.id(), pentagon.id(), Relation.CONTRADICTS, "6 hit vs 2 intercepted"));
        var made = links.findAll().stream().filter(l -> l.origin() == Origin.ANALYST).findFirst().orElseThrow();
        assertThat(made).extracting(ClaimLink::status, ClaimLink::note, ClaimLink::analyst)
                .containsExactly(LinkStatus.ACCEPTED, "6 hit vs 2 intercepted", "maya");

        edits.perform(Edits.decideLinks(List.of(suggested.id(), made.id()), LinkStatus.REJECTED, "checked"));
        assertThat(links.findAll()).extracting(ClaimLink::status).containsOnly(LinkStatus.REJECTED);

        edits.undo();
        assertThat(links.find(suggested.id())).contains(suggested);
        assertThat(links.find(made.id())).contains(made);
        edits.undo();
        assertThat(links.find(made.id())).isEmpty();
        edits.redo();
        assertThat(links.find(made.id())).contains(made);
    }

    @Test
    void tagsAndGradesAreUndoable() {
        var tag = tags.create("follow up", "#0000ff", 2, "maya");

        edits.perform(Edits.tag(tag.id(), ItemType.CLAIM, sputnik.id(), true));
        edits.perform(Edits.grade(ItemType.INCIDENT, conoco.id(), "Contested"));
        edits.perform(Edits.grade(ItemType.INCIDENT, conoco.id(), "fair"));
        assertThat(grades.find(ItemType.INCIDENT, conoco.id())).get().extracting(Grade::value).isEqualTo("fair");

        edits.undo();
        assertThat(grades.find(ItemType.INCIDENT, conoco.id())).get().extracting(Grade::value)
                .isEqualTo("contested");
        edits.undo();
        assertThat(grades.find(ItemType.INCIDENT, conoco.id())).isEmpty();
        edits.undo();
        assertThat(tags.tagsOf(ItemType.CLAIM, sputnik.id())).isEmpty();
        assertThat(edits.canUndo()).isFalse();
        assertThatThrownBy(() -> Edits.grade(ItemType.CLAIM, 1, "9")).hasMessageContaining("1–6");
    }

    @Test
    void aFailedEditLeavesDataAndHistoryUntouched() {
        edits.perform(Edits.grade(ItemType.CLAIM, sputnik.id(), "2"));
        var redoable = edits.perform(Edits.grade(ItemType.CLAIM, sputnik.id(), "3"));
        edits.undo();

        assertThatThrownBy(() -> edits.perform(Edits.mergeIncidents(conoco.id(), List.of(9999L))))
                .isInstanceOf(StoreException.class);

        assertThat(edits.redoDescription()).contains(redoable.description());
        assertThat(edits.undoDescription()).contains("Grade claim " + sputnik.id() + " 2");
        assertThat(claims.forIncident(conoco.id())).hasSize(2);
    }

    @Test
    void aNewEditClearsRedoAndEveryLineNamesTheAnalyst() {
        edits.perform(Edits.grade(ItemType.CLAIM, pentagon.id(), "2"));
        edits.undo();
        analyst.set("omar");
        edits.perform(Edits.grade(ItemType.CLAIM, pentagon.id(), "1"));

        assertThat(edits.canRedo()).isFalse();
        assertThat(audit.forItem(ItemType.CLAIM, pentagon.id())).extracting(e -> e.analyst())
                .containsExactly("maya", "maya", "omar");
    }
}
