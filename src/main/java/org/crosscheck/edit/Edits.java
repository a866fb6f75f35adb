package org.crosscheck.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.Grade;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.Site;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;
import org.crosscheck.model.Tag;
import org.crosscheck.model.TimePrecision;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.StoreException;

/**
 * The analyst's edits as {@link Edit} objects: claims (create from a span, edit, delete, move), incidents (merge,
 * split, site and date), links (create, accept or reject one or many), tags and grades. Each remembers while
 * applying what it needs to undo itself; a redone creation gets back the id it had.
 */
public final class Edits {

    private Edits() {
    }

    /** A new analyst claim on a span of an article's text; the quote is the span's text. */
    public static Edit createClaim(Article article, Span span, Long incidentId, String attributedTo, Aspect aspect,
                                   String value, Stance stance) {
        if (span.end() > article.text().length() || span.length() == 0) {
            throw new IllegalArgumentException("Select some text of the article to make a claim from.");
        }
        requireText(attributedTo, "speaker");
        requireText(value, "value");
        return new CreateClaim(new Claim(0, article.id(), incidentId, span, span.of(article.text()),
                attributedTo.strip(), null, aspect, value.strip(), stance, "analyst", 1.0, Origin.ANALYST, null, null));
    }

    /** Changes speaker, aspect, value and stance of a claim. */
    public static Edit editClaim(long claimId, String attributedTo, Aspect aspect, String value, Stance stance) {
        requireText(attributedTo, "speaker");
        requireText(value, "value");
        return new ChangeClaim("Edit claim " + claimId, claimId,
                claim -> new Claim(claim.id(), claim.articleId(), claim.incidentId(), claim.span(), claim.quote(),
                        attributedTo.strip(), claim.cue(), aspect, value.strip(), stance, claim.rule(),
                        claim.confidence(), claim.origin(), claim.analyst(), claim.updatedAt()));
    }

    /** Moves a claim to another incident (or out of any, with null). */
    public static Edit moveClaim(long claimId, Long incidentId) {
        return new ChangeClaim("Move claim " + claimId + (incidentId == null ? " out of its incident"
                : " to incident " + incidentId), claimId, claim -> claim.withIncident(incidentId));
    }

    /** Deletes a claim with its links, tags and grade. */
    public static Edit deleteClaim(long claimId) {
        return new DeleteClaim(claimId);
    }

    /** Moves every claim of the other incidents into the target and deletes the others. */
    public static Edit mergeIncidents(long targetId, Collection<Long> otherIds) {
        var others = otherIds.stream().filter(id -> id != targetId).distinct().toList();
        if (others.isEmpty()) {
            throw new IllegalArgumentException("Choose at least two incidents to merge.");
        }
        return new MergeIncidents(targetId, others);
    }

    /** Moves the given claims out of an incident into a new incident with the same site and date. */
    public static Edit splitIncident(long incidentId, Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            throw new IllegalArgumentException("Choose the claims that belong to the new incident.");
        }
        return new SplitIncident(incidentId, List.copyOf(claimIds));
    }

    /** Puts an incident at another gazetteer site (location, coordinates and precision follow the site). */
    public static Edit moveIncidentToSite(long incidentId, Site site) {
        return new ChangeIncident("Move incident " + incidentId + " to " + site.name(), incidentId,
                incident -> new Incident(incident.id(), site.id(), incident.eventDate(), incident.timePrecision(),
                        incident.dateBasis(), incident.eventType(), incident.subEventType(), incident.actor1(),
                        incident.weapons(), site.name(), site.latitude(), site.longitude(), site.geoPrecision(),
                        incident.country(), site.admin1(), incident.fatalities(), incident.notes(), Origin.ANALYST,
                        incident.confirmed()));
    }

    /** Sets an incident's date and how precisely it is known. */
    public static Edit setIncidentDate(long incidentId, LocalDate date, TimePrecision precision) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        return new ChangeIncident("Date incident " + incidentId + " " + date, incidentId,
                incident -> new Incident(incident.id(), incident.siteId(), date, precision, incident.dateBasis(),
                        incident.eventType(), incident.subEventType(), incident.actor1(), incident.weapons(),
                        incident.location(), incident.latitude(), incident.longitude(), incident.geoPrecision(),
                        incident.country(), incident.admin1(), incident.fatalities(), incident.notes(), Origin.ANALYST,
                        incident.confirmed()));
    }

    /** The analyst's own link between two claims, accepted at once. */
    public static Edit createLink(long claimA, long claimB, Relation relation, String note) {
        if (claimA == claimB) {
            throw new IllegalArgumentException("A claim cannot be linked to itself.");
        }
        return new CreateLink(new ClaimLink(0, claimA, claimB, relation, Origin.ANALYST, LinkStatus.ACCEPTED,
                blankToNull(note), null, null));
    }

    /** Accepts or rejects one or many links; a non-blank note replaces theirs. */
    public static Edit decideLinks(Collection<Long> linkIds, LinkStatus status, String note) {
        if (linkIds.isEmpty()) {
            throw new IllegalArgumentException("Choose the links to " + (status == LinkStatus.REJECTED
                    ? "reject." : "accept."));
        }
        return new DecideLinks(List.copyOf(linkIds), status, blankToNull(note));
    }

    /** Puts a tag on (or takes it off) a claim, article or incident. */
    public static Edit tag(long tagId, ItemType type, long itemId, boolean on) {
        return new TagItem(tagId, type, itemId, on);
    }

    /** A new tag with a colour and an optional shortcut 1–9. */
    public static Edit createTag(String name, String color, Integer shortcut) {
        return new CreateTag(name, color, shortcut);
    }

    /** Sets the analyst's grade of an outlet, claim or incident; null or blank clears it. */
    public static Edit grade(ItemType type, long itemId, String value) {
        var stored = blankToNull(value);
        return new SetGrade(type, itemId, stored == null ? null : GradeRepository.normalise(type, stored));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A claim needs a " + what + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Claim claim(EditContext context, long id) {
        return context.claims().find(id).orElseThrow(() -> new StoreException("Claim " + id + " no longer exists."));
    }

    private static Incident incident(EditContext context, long id) {
        return context.incidents().find(id)
                .orElseThrow(() -> new StoreException("Incident " + id + " no longer exists."));
    }

    /** What an item carries besides its own row: tags and grade, removed with it and put back on undo. */
    private record Decorations(List<Tag> tags, Optional<Grade> grade) {

        static Decorations strip(EditContext context, ItemType type, long id) {
            var decorations = new Decorations(context.tags().tagsOf(type, id), context.grades().find(type, id));
            decorations.tags.forEach(tag -> context.tags().unassign(tag.id(), type, id, context.analyst()));
            decorations.grade.ifPresent(grade -> context.grades().clear(type, id, context.analyst()));
            return decorations;
        }

        void restore(EditContext context, ItemType type, long id) {
            tags.forEach(tag -> context.tags().assign(tag.id(), type, id, context.analyst()));
            grade.ifPresent(value -> context.grades().set(type, id, value.value(), context.analyst()));
        }
    }

    private static final class CreateClaim implements Edit {
        private final Claim draft;
        private Claim created;

        CreateClaim(Claim draft) {
            this.draft = draft;
        }

        @Override
        public String description() {
            return "Create claim \"" + draft.value() + "\"";
        }

        @Override
        public void apply(EditContext context) {
            if (created == null) {
                var stamped = new Claim(0, draft.articleId(), draft.incidentId(), draft.span(), draft.quote(),
                        draft.attributedTo(), draft.cue(), draft.aspect(), draft.value(), draft.stance(), draft.rule(),
                        draft.confidence(), Origin.ANALYST, context.analyst(), Instant.now());
                created = context.claims().insert(stamped);
            } else {
                context.claims().restore(created, context.analyst(), "create");
            }
        }

        @Override
        public void revert(EditContext context) {
            context.claims().delete(created.id(), context.analyst());
        }
    }

    private static final class ChangeClaim implements Edit {
        private final String description;
        private final long claimId;
        private final UnaryOperator<Claim> change;
        private Claim before;

        ChangeClaim(String description, long claimId, UnaryOperator<Claim> change) {
            this.description = description;
            this.claimId = claimId;
            this.change = change;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply(EditContext context) {
            before = claim(context, claimId);
            context.claims().update(change.apply(before), context.analyst());
        }

        @Override
        public void revert(EditContext context) {
            context.claims().replace(before, context.analyst());
        }
    }

    private static final class DeleteClaim implements Edit {
        private final long claimId;
        private Claim before;
        private List<ClaimLink> links;
        private Decorations decorations;

        DeleteClaim(long claimId) {
            this.claimId = claimId;
        }

        @Override
        public String description() {
            return "Delete claim " + claimId;
        }

        @Override
        public void apply(EditContext context) {
            before = claim(context, claimId);
            links = context.links().forArticle(before.articleId()).stream()
                    .filter(link -> link.claimA() == claimId || link.claimB() == claimId).toList();
            decorations = Decorations.strip(context, ItemType.CLAIM, claimId);
            links.forEach(link -> context.links().delete(link.id(), context.analyst()));
            context.claims().delete(claimId, context.analyst());
        }

        @Override
        public void revert(EditContext context) {
            context.claims().restore(before, context.analyst(), "restore");
            links.forEach(link -> context.links().restore(link, context.analyst(), "restore"));
            decorations.restore(context, ItemType.CLAIM, claimId);
        }
    }

    private static final class MergeIncidents implements Edit {
        private final long targetId;
        private final List<Long> otherIds;
        private final List<Incident> removed = new ArrayList<>();
        private final Map<Long, Decorations> removedDecorations = new LinkedHashMap<>();
        private final List<Claim> movedClaims = new ArrayList<>();

        MergeIncidents(long targetId, List<Long> otherIds) {
            this.targetId = targetId;
            this.otherIds = otherIds;
        }

        @Override
        public String description() {
            return "Merge incidents " + otherIds + " into " + targetId;
        }

        @Override
        public void apply(EditContext context) {
            removed.clear();
            removedDecorations.clear();
            movedClaims.clear();
            incident(context, targetId);
            for (var otherId : otherIds) {
                var other = incident(context, otherId);
                for (var claim : context.claims().forIncident(otherId)) {
                    movedClaims.add(claim);
                    context.claims().update(claim.withIncident(targetId), context.analyst());
                }
                removedDecorations.put(otherId, Decorations.strip(context, ItemType.INCIDENT, otherId));
                context.incidents().delete(otherId, context.analyst());
                removed.add(other);
            }
        }

        @Override
        public void revert(EditContext context) {
            for (var incident : removed) {
                context.incidents().restore(incident, context.analyst(), "restore");
                removedDecorations.get(incident.id()).restore(context, ItemType.INCIDENT, incident.id());
            }
            movedClaims.forEach(claim -> context.claims().replace(claim, context.analyst()));
        }
    }

    private static final class SplitIncident implements Edit {
        private final long incidentId;
        private final List<Long> claimIds;
        private final List<Claim> movedClaims = new ArrayList<>();
        private Incident created;

        SplitIncident(long incidentId, List<Long> claimIds) {
            this.incidentId = incidentId;
            this.claimIds = claimIds;
        }

        @Override
        public String description() {
            return "Split claims " + claimIds + " off incident " + incidentId;
        }

        @Override
        public void apply(EditContext context) {
            var source = incident(context, incidentId);
            if (created == null) {
                var copy = new Incident(0, source.siteId(), source.eventDate(), source.timePrecision(),
                        source.dateBasis(), source.eventType(), source.subEventType(), source.actor1(),
                        source.weapons(), source.location(), source.latitude(), source.longitude(),
                        source.geoPrecision(), source.country(), source.admin1(), source.fatalities(), null,
                        Origin.ANALYST, false);
                created = context.incidents().create(copy, context.analyst(), "split from incident " + incidentId);
            } else {
                context.incidents().restore(created, context.analyst(), "split");
            }
            movedClaims.clear();
            for (var claimId : claimIds) {
                var claim = claim(context, claimId);
                if (!Objects.equals(claim.incidentId(), incidentId)) {
                    throw new IllegalArgumentException("Claim " + claimId + " is not part of incident " + incidentId
                            + ".");
                }
                movedClaims.add(claim);
                context.claims().update(claim.withIncident(created.id()), context.analyst());
            }
        }

        @Override
        public void revert(EditContext context) {
            movedClaims.forEach(claim -> context.claims().replace(claim, context.analyst()));
            context.incidents().delete(created.id(), context.analyst());
        }
    }

    private static final class ChangeIncident implements Edit {
        private final String description;
        private final long incidentId;
        private final UnaryOperator<Incident> change;
        private Incident before;

        ChangeIncident(String description, long incidentId, UnaryOperator<Incident> change) {
            this.description = description;
            this.incidentId = incidentId;
            this.change = change;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void apply(EditContext context) {
            before = incident(context, incidentId);
            context.incidents().update(change.apply(before), context.analyst());
        }

        @Override
        public void revert(EditContext context) {
            context.incidents().update(before, context.analyst());
        }
    }

    private static final class CreateLink implements Edit {
        private final ClaimLink draft;
        private ClaimLink created;

        CreateLink(ClaimLink draft) {
            this.draft = draft;
        }

        @Override
        public String description() {
            return "Link claim " + draft.claimA() + " " + draft.relation().code() + " claim " + draft.claimB();
        }

        @Override
        public void apply(EditContext context) {
            if (created == null) {
                claim(context, draft.claimA());
                claim(context, draft.claimB());
                created = context.links().insert(new ClaimLink(0, draft.claimA(), draft.claimB(), draft.relation(),
                        Origin.ANALYST, LinkStatus.ACCEPTED, draft.note(), context.analyst(), Instant.now()));
            } else {
                context.links().restore(created, context.analyst(), "create");
            }
        }

        @Override
        public void revert(EditContext context) {
            context.links().delete(created.id(), context.analyst());
        }
    }

    private static final class DecideLinks implements Edit {
        private final List<Long> linkIds;
        private final LinkStatus status;
        private final String note;
        private final List<ClaimLink> before = new ArrayList<>();

        DecideLinks(List<Long> linkIds, LinkStatus status, String note) {
            this.linkIds = linkIds;
            this.status = status;
            this.note = note;
        }

        @Override
        public String description() {
            var verb = status == LinkStatus.ACCEPTED ? "Accept" : status == LinkStatus.REJECTED ? "Reject" : "Reopen";
            return verb + (linkIds.size() == 1 ? " link " + linkIds.get(0) : " " + linkIds.size() + " links");
        }

        @Override
        public void apply(EditContext context) {
            before.clear();
            for (var id : linkIds) {
                var link = context.links().find(id)
                        .orElseThrow(() -> new StoreException("Link " + id + " no longer exists."));
                before.add(link);
                context.links().decide(id, status, note == null ? link.note() : note, context.analyst());
            }
        }

        @Override
        public void revert(EditContext context) {
            before.forEach(link -> context.links().restoreDecision(link, context.analyst()));
        }
    }

    private static final class TagItem implements Edit {
        private final long tagId;
        private final ItemType type;
        private final long itemId;
        private final boolean on;
        private boolean changed;

        TagItem(long tagId, ItemType type, long itemId, boolean on) {
            this.tagId = tagId;
            this.type = type;
            this.itemId = itemId;
            this.on = on;
        }

        @Override
        public String description() {
            return (on ? "Tag " : "Untag ") + type.code() + " " + itemId;
        }

        @Override
        public void apply(EditContext context) {
            changed = on ? context.tags().assign(tagId, type, itemId, context.analyst())
                    : context.tags().unassign(tagId, type, itemId, context.analyst());
        }

        @Override
        public void revert(EditContext context) {
            if (changed) {
                if (on) {
                    context.tags().unassign(tagId, type, itemId, context.analyst());
                } else {
                    context.tags().assign(tagId, type, itemId, context.analyst());
                }
            }
        }
    }

    private static final class CreateTag implements Edit {
        private final String name;
        private final String color;
        private final Integer shortcut;
        private Tag created;
        private Optional<Tag> shortcutHolder = Optional.empty();

        CreateTag(String name, String color, Integer shortcut) {
            this.name = name;
            this.color = color;
            this.shortcut = shortcut;
        }

        @Override
        public String description() {
            return "Create tag \"" + name + "\"";
        }

        @Override
        public void apply(EditContext context) {
            shortcutHolder = shortcut == null ? Optional.empty() : context.tags().findAll().stream()
                    .filter(tag -> shortcut.equals(tag.shortcut())).findFirst();
            created = created == null ? context.tags().create(name, color, shortcut, context.analyst())
                    : context.tags().restore(created, context.analyst());
        }

        @Override
        public void revert(EditContext context) {
            context.tags().delete(created.id(), context.analyst());
            shortcutHolder.ifPresent(tag -> context.tags().update(tag, context.analyst()));
        }
    }

    private static final class SetGrade implements Edit {
        private final ItemType type;
        private final long itemId;
        private final String value;
        private Optional<Grade> before = Optional.empty();

        SetGrade(ItemType type, long itemId, String value) {
            this.type = type;
            this.itemId = itemId;
            this.value = value;
        }

        @Override
        public String description() {
            return (value == null ? "Clear " : "Grade ") + type.code() + " " + itemId
                    + (value == null ? "" : " " + value);
        }

        @Override
        public void apply(EditContext context) {
            before = context.grades().find(type, itemId);
            if (value == null) {
                context.grades().clear(type, itemId, context.analyst());
            } else {
                context.grades().set(type, itemId, value, context.analyst());
            }
        }

        @Override
        public void revert(EditContext context) {
            if (before.isPresent()) {
                context.grades().set(type, itemId, before.get().value(), context.analyst());
            } else {
                context.grades().clear(type, itemId, context.analyst());
            }
        }
    }
}
