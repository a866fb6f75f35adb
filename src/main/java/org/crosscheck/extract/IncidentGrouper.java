package org.crosscheck.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Site;
import org.crosscheck.model.TimePrecision;

/**
 * Groups the attacks reported by many articles into incidents: the same site on the same day (or within the date
 * precision) is one incident; the same base attacked days apart stays two. A candidate dated only by an unanchored
 * weekday joins an incident of its site on that weekday when the two share a near-identical statement (a relayed
 * wire sentence), and takes its date, said to be inferred from context.
 */
public final class IncidentGrouper {

    /** An incident being assembled: an existing one (id set) or a new one, and the candidates that joined it. */
    public static final class Group {
        final Long incidentId;
        final Site site;
        LocalDate date;
        TimePrecision precision;
        DateBasis basis;
        String dateRule;
        final List<Set<String>> quotes = new ArrayList<>();
        final List<Member> members = new ArrayList<>();

        public Group(Long incidentId, Site site, LocalDate date, TimePrecision precision, DateBasis basis,
                     String dateRule, List<String> knownQuotes) {
            this.incidentId = incidentId;
            this.site = site;
            this.date = date;
            this.precision = precision;
            this.basis = basis;
            this.dateRule = dateRule;
            for (var quote : knownQuotes) {
                quotes.add(Similarity.words(quote));
            }
        }

        public Long incidentId() {
            return incidentId;
        }

        public Site site() {
            return site;
        }

        public LocalDate date() {
            return date;
        }

        public TimePrecision precision() {
            return precision;
        }

        public DateBasis basis() {
            return basis;
        }

        public String dateRule() {
            return dateRule;
        }

        public List<Member> members() {
            return members;
        }

        void add(Member member) {
            members.add(member);
            for (var claim : member.candidate().claims()) {
                quotes.add(Similarity.words(claim.quote()));
            }
        }
    }

    /** One article's report of the incident. */
    public record Member(long articleId, IncidentCandidate candidate) {
    }

    private IncidentGrouper() {
    }

    /**
     * Places every candidate into one of the groups (the existing ones first), creating groups as needed; returns
     * the candidates whose date could not be anchored.
     */
    public static List<Member> group(List<Group> groups, List<Member> candidates) {
        var dated = new ArrayList<>(candidates.stream().filter(m -> m.candidate().dated()).toList());
        dated.sort(Comparator.comparing((Member m) -> m.candidate().precision())
                .thenComparing(m -> m.candidate().basis() == DateBasis.EXPLICIT ? 0 : 1));
        // Only groups at the candidate's site and near its date can take it: looking there alone keeps a large
        // corpus linear.
        var bySite = new HashMap<String, SiteGroups>();
        for (var group : groups) {
            bySite.computeIfAbsent(group.site.id(), id -> new SiteGroups()).add(group);
        }
        for (var member : dated) {
            var atSite = bySite.computeIfAbsent(member.candidate().site().id(), id -> new SiteGroups());
            var group = find(atSite.near(member.candidate().date()), member.candidate());
            if (group == null) {
                var candidate = member.candidate();
                group = new Group(null, candidate.site(), candidate.date(), candidate.precision(), candidate.basis(),
                        candidate.dateRule(), List.of());
                groups.add(group);
                atSite.add(group);
            }
            group.add(member);
        }
        var unplaced = new ArrayList<Member>();
        for (var member : candidates) {
            if (member.candidate().dated()) {
                continue;
            }
            var atSite = bySite.get(member.candidate().site().id());
            var anchored = atSite == null ? null : anchorByRepeat(atSite.inOrder, member);
            if (anchored == null) {
                unplaced.add(member);
            } else {
                anchored.add(new Member(member.articleId(), member.candidate().withDate(anchored.date,
                        DateBasis.INFERRED_FROM_CONTEXT, "date.weekday.anchored-by-repeated-statement")));
            }
        }
        return unplaced;
    }

    /** The groups at one site in the order they were added, and where each dated one is by its date. */
    private static final class SiteGroups {
        final List<Group> inOrder = new ArrayList<>();
        final TreeMap<LocalDate, List<Integer>> positionsByDate = new TreeMap<>();

        void add(Group group) {
            if (group.date != null) {
                positionsByDate.computeIfAbsent(group.date, date -> new ArrayList<>()).add(inOrder.size());
            }
            inOrder.add(group);
        }

        /**
         * The dated groups that {@link #compatible} could accept for a candidate of this date (within three days,
         * or in its month), in the order they were added, so the nearest first-added one still wins a tie.
         */
        List<Group> near(LocalDate date) {
            var from = date.minusDays(3).isBefore(date.withDayOfMonth(1)) ? date.minusDays(3) : date.withDayOfMonth(1);
            var monthEnd = date.withDayOfMonth(date.lengthOfMonth());
            var to = date.plusDays(3).isAfter(monthEnd) ? date.plusDays(3) : monthEnd;
            var positions = new ArrayList<Integer>();
            positionsByDate.subMap(from, true, to, true).values().forEach(positions::addAll);
            positions.sort(null);
            var near = new ArrayList<Group>(positions.size());
            for (int position : positions) {
                near.add(inOrder.get(position));
            }
            return near;
        }
    }

    private static Group find(List<Group> groups, IncidentCandidate candidate) {
        Group best = null;
        long bestDistance = Long.MAX_VALUE;
        for (var group : groups) {
            if (!group.site.id().equals(candidate.site().id()) || group.date == null) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(group.date, candidate.date()));
            if (compatible(group, candidate, distance) && distance < bestDistance) {
                best = group;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean compatible(Group group, IncidentCandidate candidate, long distance) {
        var a = group.precision;
        var b = candidate.precision();
        if (a == TimePrecision.MONTH || b == TimePrecision.MONTH) {
            return a == b && group.date.getMonth() == candidate.date().getMonth()
                    && group.date.getYear() == candidate.date().getYear();
        }
        if (a == TimePrecision.WEEK || b == TimePrecision.WEEK) {
            return distance <= 3;
        }
        boolean exact = group.basis == DateBasis.EXPLICIT && candidate.basis() == DateBasis.EXPLICIT;
        return distance == 0 || !exact && distance <= 1;
    }

    private static Group anchorByRepeat(List<Group> groups, Member member) {
        var candidate = member.candidate();
        Group best = null;
        double bestOverlap = 0;
        for (var group : groups) {
            if (!group.site.id().equals(candidate.site().id()) || group.date == null
                    || group.precision != TimePrecision.DAY
                    || candidate.weekday() != null && group.date.getDayOfWeek() != candidate.weekday()) {
                continue;
            }
            for (var claim : candidate.claims()) {
                var words = Similarity.words(claim.quote());
                for (var quote : group.quotes) {
                    double overlap = Similarity.overlap(words, quote, 9);
                    if (overlap >= LinkSuggester.REPEAT_OVERLAP && overlap > bestOverlap) {
                        best = group;
                        bestOverlap = overlap;
                    }
                }
            }
        }
        return best;
    }
}
