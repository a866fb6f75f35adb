package org.crosscheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An attack on a site on a date, as reported by one or more articles; fields follow ACLED. {@code origin} says
 * whether the extractor or the analyst made it; {@code confirmed} marks one the analyst has checked.
 */
public record Incident(
        long id,
        String siteId,
        LocalDate eventDate,
        TimePrecision timePrecision,
        DateBasis dateBasis,
        String eventType,
        String subEventType,
        String actor1,
        List<String> weapons,
        String location,
        double latitude,
        double longitude,
        int geoPrecision,
        String country,
        String admin1,
        Integer fatalities,
        String notes,
        Origin origin,
        boolean confirmed) {

    public Incident {
        weapons = weapons == null ? List.of() : List.copyOf(weapons);
    }

    public Incident withId(long newId) {
        return new Incident(newId, siteId, eventDate, timePrecision, dateBasis, eventType, subEventType, actor1,
                weapons, location, latitude, longitude, geoPrecision, country, admin1, fatalities, notes, origin,
                confirmed);
    }
}
