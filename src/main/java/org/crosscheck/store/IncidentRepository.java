package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.crosscheck.extract.IncidentSummary;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimLink;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.DateRange;
import org.crosscheck.model.Incident;
import org.crosscheck.model.ItemType;
import org.crosscheck.model.LinkStatus;
import org.crosscheck.model.Origin;
import org.crosscheck.model.Relation;
import org.crosscheck.model.SourceKey;
import org.crosscheck.model.TimePrecision;

/**
 * Incidents (an attack on a site on a date) and their summaries for the map, timeline and lists. Confirmation by
 * the analyst is audited.
 */
public final class IncidentRepository {

    /** Rows fetched at a time when a query reads many. */
    private static final int FETCH_SIZE = 500;

    private final Database database;

    public IncidentRepository(Database database) {
        this.database = database;
    }

    public Optional<Incident> find(long id) {
        var found = database.read(connection -> select(connection, "SELECT * FROM incident WHERE id = ?", id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The incidents with an id above the given one, or among the given ids, in id order. */
    public List<Incident> findNewerThanOrAmong(long id, java.util.Collection<Long> ids) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM incident WHERE id > ? UNION "
                    + "SELECT i.* FROM UNNEST(?) AS u(id) JOIN incident i ON i.id = u.id ORDER BY id")) {
                query.setLong(1, id);
                query.setArray(2, connection.createArrayOf("BIGINT", ids.toArray()));
                return rows(query.executeQuery());
            }
        });
    }

    /** Every incident, by date then id: read straight through the table and sorted here, faster than by index. */
    public List<Incident> findAll() {
        var all = database.readStreaming(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM incident")) {
                query.setFetchSize(FETCH_SIZE);
                return rows(query.executeQuery());
            }
        });
        all.sort(Comparator.comparing(Incident::eventDate).thenComparingLong(Incident::id));
        return all;
    }

    /** Incidents whose event date lies in the inclusive range, by date then id. */
    public List<Incident> findInRange(DateRange range) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT * FROM incident i" + where(range)
                    + " ORDER BY i.event_date, i.id")) {
                bind(query, range, 1);
                return rows(query.executeQuery());
            }
        });
    }

    /** Stores a new incident and returns it with its id. */
    public Incident insert(Incident incident) {
        return database.write(connection -> insert(connection, incident));
    }

    /** Marks an incident as checked (or not) by the analyst; confirmed incidents survive re-extraction. */
    public Incident setConfirmed(long id, boolean confirmed, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM incident WHERE id = ? FOR UPDATE", id);
            if (before.isEmpty()) {
                throw new StoreException("Incident " + id + " no longer exists.");
            }
            try (var update = connection.prepareStatement("UPDATE incident SET confirmed = ? WHERE id = ?")) {
                update.setBoolean(1, confirmed);
                update.setLong(2, id);
                update.executeUpdate();
            }
            var old = before.get(0);
            AuditLog.append(connection, analyst, ItemType.INCIDENT, id, "edit", "confirmed", old.confirmed(),
                    confirmed);
            return new Incident(id, old.siteId(), old.eventDate(), old.timePrecision(), old.dateBasis(),
                    old.eventType(), old.subEventType(), old.actor1(), old.weapons(), old.location(), old.latitude(),
                    old.longitude(), old.geoPrecision(), old.country(), old.admin1(), old.fatalities(), old.notes(),
                    old.origin(), confirmed);
        });
    }

    /** Every incident's summary with the ids of its claims: what the incidents export writes per row. */
    public record SummariesWithClaimIds(List<IncidentSummary> summaries, Map<Long, long[]> claimIdsByIncident) {
    }

    /**
     * The summaries of every incident ({@code summaries(DateRange.ALL)}) and the ids of the claims about each
     * incident in the order of {@link ClaimRepository#forIncident} (by article, then text position; incidents without
     * claims have no entry), from one straight read of the incident, claim and link tables that also hands every
     * claim and every link, whole and in id order, to the consumers as it reads them (the rows
     * {@link ClaimRepository#forEach} and {@link LinkRepository#forEach} give): the export writes its claims and
     * links files from the rows the summaries count instead of reading both large tables a second time.
     */
    public SummariesWithClaimIds summariesWithClaimIds(Consumer<Claim> everyClaim, Consumer<ClaimLink> everyLink) {
        return database.readStreaming(connection -> {
            var incidents = new TreeMap<Long, Incident>();
            var siteNames = new HashMap<Long, String>();
            readIncidents(connection, "", (query, first) -> { }, incidents, siteNames);
            var published = publicationDates(connection);
            var tally = new SourceTally(incidents.values());
            try (var query = connection.prepareStatement("SELECT * FROM claim ORDER BY id")) {
                query.setFetchSize(FETCH_SIZE);
                try (var rows = query.executeQuery()) {
                    var columns = new ClaimRepository.Columns(rows);
                    while (rows.next()) {
                        var claim = columns.claim(rows);
                        everyClaim.accept(claim);
                        if (claim.incidentId() != null) {
                            tally.claim(claim.id(), claim.incidentId(), claim.articleId(), claim.attributedTo(),
                                    claim.span().start(), published.containsKey(claim.articleId()));
                        }
                    }
                }
            }
            try (var query = connection.prepareStatement("SELECT * FROM claim_link ORDER BY id")) {
                query.setFetchSize(FETCH_SIZE);
                try (var rows = query.executeQuery()) {
                    var columns = new LinkRepository.Columns(rows);
                    while (rows.next()) {
                        var link = columns.link(rows);
                        everyLink.accept(link);
                        if (link.status() != LinkStatus.REJECTED && (link.relation() == Relation.REPEATS
                                || link.relation() == Relation.CONTRADICTS)) {
                            tally.link(link.claimA(), link.claimB(), link.relation() == Relation.CONTRADICTS);
                        }
                    }
                }
            }
            return new SummariesWithClaimIds(tally.summaries(siteNames, published), tally.claimIdsByIncident());
        });
    }

    /**
     * The summaries of the incidents in the range, by id, computed with three queries whatever the number of
     * incidents. Independent sources: claims of the incident grouped by speaker, groups joined by any repeats link the
     * analyst has not rejected; each group left counts once. For {@link DateRange#ALL} (the map's load)
     * each table is read straight through instead of by index, which gives the same rows in a fraction of the time.
     */
    public List<IncidentSummary> summaries(DateRange range) {
        if (range.from() == null && range.to() == null) {
            return database.readStreaming(this::everySummary);
        }
        return database.read(connection -> summariesWhere(connection, where(range),
                (query, first) -> bind(query, range, first)));
    }

    /** The summary of incident {@code id} (empty when it no longer exists), read by its id alone. */
    public Optional<IncidentSummary> summary(long id) {
        return database.read(connection -> summariesWhere(connection, " WHERE i.id = ?",
                (query, first) -> query.setLong(first, id))).stream().findFirst();
    }

    private List<IncidentSummary> everySummary(Connection connection) throws SQLException {
        var incidents = new TreeMap<Long, Incident>();
        var siteNames = new HashMap<Long, String>();
        readIncidents(connection, "", (query, first) -> { }, incidents, siteNames);
        var tally = new SourceTally(incidents.values());
        var published = publicationDates(connection);
        // Every claim about an incident is read from claim_summary_idx alone (the tally puts them in id order).
        try (var query = connection.prepareStatement("SELECT c.id, c.incident_id, c.article_id, c.attributed_to "
                + "FROM claim c WHERE c.incident_id IS NOT NULL")) {
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long articleId = rows.getLong(3);
                    tally.claim(rows.getLong(1), rows.getLong(2), articleId, rows.getString(4), 0,
                            published.containsKey(articleId));
                }
            }
        }
        // Every link is read from the relation index alone (claim_link_relation_idx).
        try (var query = connection.prepareStatement("SELECT l.claim_a, l.claim_b, l.relation FROM claim_link l "
                + "WHERE l.status <> 'rejected' AND l.relation IN ('repeats', 'contradicts')")) {
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    tally.link(rows.getLong(1), rows.getLong(2), "contradicts".equals(rows.getString(3)));
                }
            }
        }
        return tally.summaries(siteNames, published);
    }

    /**
     * The summaries of the incidents {@code where} (a condition on incident {@code i}, its parameters set by
     * {@code parameters}) selects, found through the incident's indexes.
     */
    private static List<IncidentSummary> summariesWhere(Connection connection, String where,
                                                        Parameters parameters) throws SQLException {
        var incidents = new TreeMap<Long, Incident>();
        var siteNames = new HashMap<Long, String>();
        readIncidents(connection, where, parameters, incidents, siteNames);
        var tally = new SourceTally(incidents.values());
        var published = new HashMap<Long, LocalDate>();
        // The claims are read from claim_summary_idx by incident. The IN form keeps H2 on the incident's index; as a
        // join it may scan every article first.
        try (var query = connection.prepareStatement("SELECT c.id, c.incident_id, c.article_id, c.attributed_to, "
                + "a.published FROM claim c JOIN article a ON a.id = c.article_id "
                + "WHERE c.incident_id IN (SELECT i.id FROM incident i" + where + ")")) {
            parameters.set(query, 1);
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long articleId = rows.getLong(3);
                    published.put(articleId, Jdbc.getDate(rows, "published"));
                    tally.claim(rows.getLong(1), rows.getLong(2), articleId, rows.getString(4), 0, true);
                }
            }
        }
        // The links are found from the incidents and filtered here, as a condition on the relation would draw H2 to
        // the relation index.
        try (var query = connection.prepareStatement("SELECT l.claim_a, l.claim_b, l.relation, l.status "
                + "FROM claim_link l JOIN claim c ON c.id = l.claim_a JOIN incident i ON i.id = c.incident_id"
                + where)) {
            parameters.set(query, 1);
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    var relation = rows.getString(3);
                    boolean contradicts = "contradicts".equals(relation);
                    if ((contradicts || "repeats".equals(relation)) && !"rejected".equals(rows.getString(4))) {
                        tally.link(rows.getLong(1), rows.getLong(2), contradicts);
                    }
                }
            }
        }
        return tally.summaries(siteNames, published);
    }

    /** Sets the parameters of a condition on the incidents, the first at index {@code first}. */
    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement query, int first) throws SQLException;
    }

    /** The incidents {@code where} selects, by id, with each one's site name (its location when it has no site). */
    private static void readIncidents(Connection connection, String where, Parameters parameters,
                                      Map<Long, Incident> incidents, Map<Long, String> siteNames) throws SQLException {
        try (var query = connection.prepareStatement("SELECT i.*, s.name AS site_name FROM incident i "
                + "LEFT JOIN site s ON s.id = i.site_id" + where)) {
            parameters.set(query, 1);
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                var columns = new Columns(rows);
                int siteName = rows.findColumn("site_name");
                while (rows.next()) {
                    var incident = columns.incident(rows);
                    incidents.put(incident.id(), incident);
                    var name = rows.getString(siteName);
                    siteNames.put(incident.id(), name == null ? incident.location() : name);
                }
            }
        }
    }

    /** The publication date (or null) of every article by id, read straight through the table. */
    private static Map<Long, LocalDate> publicationDates(Connection connection) throws SQLException {
        var dates = new HashMap<Long, LocalDate>();
        try (var query = connection.prepareStatement("SELECT id, published FROM article")) {
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    dates.put(rows.getLong(1), Jdbc.getDate(rows, "published"));
                }
            }
        }
        return dates;
    }

    /**
     * The analyst's edit of an incident (site, place, date and precision, types, actor, notes): every field is
     * written as given and each changed one audited.
     */
    public Incident update(Incident incident, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM incident WHERE id = ? FOR UPDATE", incident.id());
            if (before.isEmpty()) {
                throw new StoreException("Incident " + incident.id() + " no longer exists.");
            }
            try (var update = connection.prepareStatement("UPDATE incident SET site_id = ?, event_date = ?, "
                    + "time_precision = ?, date_basis = ?, event_type = ?, sub_event_type = ?, actor1 = ?, weapons = ?, "
                    + "location = ?, latitude = ?, longitude = ?, geo_precision = ?, country = ?, admin1 = ?, "
                    + "fatalities = ?, notes = ?, origin = ?, confirmed = ? WHERE id = ?")) {
                bindIncident(update, incident);
                update.setLong(19, incident.id());
                update.executeUpdate();
            }
            var old = before.get(0);
            var type = ItemType.INCIDENT;
            var id = incident.id();
            AuditLog.append(connection, analyst, type, id, "edit", "site_id", old.siteId(), incident.siteId());
            AuditLog.append(connection, analyst, type, id, "edit", "location", old.location(), incident.location());
            AuditLog.append(connection, analyst, type, id, "edit", "latitude", old.latitude(), incident.latitude());
            AuditLog.append(connection, analyst, type, id, "edit", "longitude", old.longitude(),
                    incident.longitude());
            AuditLog.append(connection, analyst, type, id, "edit", "geo_precision", old.geoPrecision(),
                    incident.geoPrecision());
            AuditLog.append(connection, analyst, type, id, "edit", "event_date", old.eventDate(),
                    incident.eventDate());
            AuditLog.append(connection, analyst, type, id, "edit", "time_precision", old.timePrecision().code(),
                    incident.timePrecision().code());
            AuditLog.append(connection, analyst, type, id, "edit", "event_type", old.eventType(),
                    incident.eventType());
            AuditLog.append(connection, analyst, type, id, "edit", "sub_event_type", old.subEventType(),
                    incident.subEventType());
            AuditLog.append(connection, analyst, type, id, "edit", "actor1", old.actor1(), incident.actor1());
            AuditLog.append(connection, analyst, type, id, "edit", "notes", old.notes(), incident.notes());
            AuditLog.append(connection, analyst, type, id, "edit", "origin", old.origin().code(),
                    incident.origin().code());
            return incident;
        });
    }

    /** Stores a new incident the analyst made (e.g. by splitting one) and audits why. */
    public Incident create(Incident incident, String analyst, String reason) {
        return database.write(connection -> {
            var stored = insert(connection, incident);
            AuditLog.append(connection, analyst, ItemType.INCIDENT, stored.id(), "create", null, null, reason);
            return stored;
        });
    }

    /** Stores an incident under its own id, exactly as given (undo, redo, import of annotations); audited. */
    public Incident restore(Incident incident, String analyst, String action) {
        return database.write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO incident (site_id, event_date, time_precision, "
                    + "date_basis, event_type, sub_event_type, actor1, weapons, location, latitude, longitude, "
                    + "geo_precision, country, admin1, fatalities, notes, origin, confirmed, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindIncident(insert, incident);
                insert.setLong(19, incident.id());
                insert.executeUpdate();
            }
            Identity.restartAfterMax(connection, "incident");
            AuditLog.append(connection, analyst, ItemType.INCIDENT, incident.id(), action, null, null,
                    incident.location() + " " + incident.eventDate());
            return incident;
        });
    }

    /** Deletes an incident (its claims stay, without incident); returns false when it was already gone. */
    public boolean delete(long id, String analyst) {
        return database.write(connection -> {
            var before = select(connection, "SELECT * FROM incident WHERE id = ?", id);
            if (before.isEmpty()) {
                return false;
            }
            try (var delete = connection.prepareStatement("DELETE FROM incident WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            var old = before.get(0);
            AuditLog.append(connection, analyst, ItemType.INCIDENT, id, "delete", null,
                    old.location() + " " + old.eventDate(), null);
            return true;
        });
    }

    private static void bindIncident(PreparedStatement statement, Incident incident) throws SQLException {
        statement.setString(1, incident.siteId());
        Jdbc.setDate(statement, 2, incident.eventDate());
        statement.setInt(3, incident.timePrecision().code());
        statement.setString(4, incident.dateBasis() == null ? null : incident.dateBasis().code());
        statement.setString(5, incident.eventType());
        statement.setString(6, incident.subEventType());
        statement.setString(7, incident.actor1());
        statement.setString(8, String.join(";", incident.weapons()));
        statement.setString(9, incident.location());
        statement.setDouble(10, incident.latitude());
        statement.setDouble(11, incident.longitude());
        statement.setInt(12, incident.geoPrecision());
        statement.setString(13, incident.country());
        statement.setString(14, incident.admin1());
        Jdbc.setNullableInt(statement, 15, incident.fatalities());
        statement.setString(16, incident.notes());
        statement.setString(17, incident.origin().code());
        statement.setBoolean(18, incident.confirmed());
    }

    static Incident insert(Connection connection, Incident incident) throws SQLException {
        return insertAll(connection, List.of(incident)).get(0);
    }

    /** Inserts incidents in one batch; returns them with their ids, in order. */
    static List<Incident> insertAll(Connection connection, List<Incident> incidents) throws SQLException {
        if (incidents.isEmpty()) {
            return List.of();
        }
        try (var insert = connection.prepareStatement("INSERT INTO incident (site_id, event_date, time_precision, "
                + "date_basis, event_type, sub_event_type, actor1, weapons, location, latitude, longitude, "
                + "geo_precision, country, admin1, fatalities, notes, origin, confirmed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (var incident : incidents) {
                bindIncident(insert, incident);
                insert.addBatch();
            }
            return Jdbc.executeBatchWithKeys(insert, incidents, Incident::withId);
        }
    }

    /** Rewrites the derived fields of an extractor incident (date, type, actor, weapons, place, notes). */
    static void updateFields(Connection connection, Incident incident) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE incident SET event_date = ?, time_precision = ?, "
                + "date_basis = ?, event_type = ?, sub_event_type = ?, actor1 = ?, weapons = ?, location = ?, "
                + "latitude = ?, longitude = ?, geo_precision = ?, country = ?, admin1 = ?, fatalities = ?, notes = ? "
                + "WHERE id = ? AND origin = 'auto' AND NOT confirmed")) {
            Jdbc.setDate(update, 1, incident.eventDate());
            update.setInt(2, incident.timePrecision().code());
            update.setString(3, incident.dateBasis() == null ? null : incident.dateBasis().code());
            update.setString(4, incident.eventType());
            update.setString(5, incident.subEventType());
            update.setString(6, incident.actor1());
            update.setString(7, String.join(";", incident.weapons()));
            update.setString(8, incident.location());
            update.setDouble(9, incident.latitude());
            update.setDouble(10, incident.longitude());
            update.setInt(11, incident.geoPrecision());
            update.setString(12, incident.country());
            update.setString(13, incident.admin1());
            Jdbc.setNullableInt(update, 14, incident.fatalities());
            update.setString(15, incident.notes());
            update.setLong(16, incident.id());
            update.executeUpdate();
        }
    }

    private static String where(DateRange range) {
        var sql = new StringBuilder(" WHERE 1 = 1");
        if (range.from() != null) {
            sql.append(" AND i.event_date >= ?");
        }
        if (range.to() != null) {
            sql.append(" AND i.event_date <= ?");
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement statement, DateRange range, int first) throws SQLException {
        int index = first;
        if (range.from() != null) {
            Jdbc.setDate(statement, index++, range.from());
        }
        if (range.to() != null) {
            Jdbc.setDate(statement, index++, range.to());
        }
        return index;
    }

    static List<Incident> select(Connection connection, String sql, long id) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            return rows(query.executeQuery());
        }
    }

    private static List<Incident> rows(ResultSet rows) throws SQLException {
        try (rows) {
            var columns = new Columns(rows);
            var result = new ArrayList<Incident>();
            while (rows.next()) {
                result.add(columns.incident(rows));
            }
            return result;
        }
    }

    /** Where a query's incident columns are, found once per result set instead of by name on every row. */
    private static final class Columns {
        private final int id;
        private final int siteId;
        private final int eventDate;
        private final int timePrecision;
        private final int dateBasis;
        private final int eventType;
        private final int subEventType;
        private final int actor1;
        private final int weapons;
        private final int location;
        private final int latitude;
        private final int longitude;
        private final int geoPrecision;
        private final int country;
        private final int admin1;
        private final int fatalities;
        private final int notes;
        private final int origin;
        private final int confirmed;

        Columns(ResultSet rows) throws SQLException {
            id = rows.findColumn("id");
            siteId = rows.findColumn("site_id");
            eventDate = rows.findColumn("event_date");
            timePrecision = rows.findColumn("time_precision");
            dateBasis = rows.findColumn("date_basis");
            eventType = rows.findColumn("event_type");
            subEventType = rows.findColumn("sub_event_type");
            actor1 = rows.findColumn("actor1");
            weapons = rows.findColumn("weapons");
            location = rows.findColumn("location");
            latitude = rows.findColumn("latitude");
            longitude = rows.findColumn("longitude");
            geoPrecision = rows.findColumn("geo_precision");
            country = rows.findColumn("country");
            admin1 = rows.findColumn("admin1");
            fatalities = rows.findColumn("fatalities");
            notes = rows.findColumn("notes");
            origin = rows.findColumn("origin");
            confirmed = rows.findColumn("confirmed");
        }

        /** The incident on the current row. */
        Incident incident(ResultSet rows) throws SQLException {
            var weaponList = rows.getString(weapons);
            var basis = rows.getString(dateBasis);
            return new Incident(rows.getLong(id), rows.getString(siteId), Jdbc.getDate(rows, eventDate),
                    TimePrecision.fromCode(rows.getInt(timePrecision)),
                    basis == null ? null : DateBasis.fromCode(basis), rows.getString(eventType),
                    rows.getString(subEventType), rows.getString(actor1),
                    weaponList == null || weaponList.isBlank() ? List.of() : Arrays.asList(weaponList.split(";")),
                    rows.getString(location), rows.getDouble(latitude), rows.getDouble(longitude),
                    rows.getInt(geoPrecision), rows.getString(country), rows.getString(admin1),
                    Jdbc.getNullableInt(rows, fatalities), rows.getString(notes),
                    Origin.fromCode(rows.getString(origin)), rows.getBoolean(confirmed));
        }
    }
}
