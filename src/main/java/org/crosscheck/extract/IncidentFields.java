package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Origin;

/**
 * Derives an incident's ACLED fields from the reports grouped into it: event and sub-event type (an attack all of
 * whose reports say it was intercepted is "Disrupted weapons use"; a drone-only attack an "Air/drone strike"),
 * actor1 (who claimed it), weapons, location and coordinates of the site, and fatalities.
 */
final class IncidentFields {

    static final String EVENT_TYPE = "Explosions/Remote violence";
    static final String SHELLING = "Shelling/artillery/missile attack";
    static final String DRONE = "Air/drone strike";
    static final String DISRUPTED = "Disrupted weapons use";

    private static final Map<String, String> COUNTRIES = Map.of("SYR", "Syria", "IRQ", "Iraq", "JOR", "Jordan");

    private IncidentFields() {
    }

    static Incident derive(long id, IncidentGrouper.Group group, Collection<ExtractedClaim> claims,
                           Collection<IncidentCandidate> candidates) {
        var weapons = new TreeSet<String>();
        var actors = new HashMap<String, Integer>();
        int geoPrecision = 3;
        for (var candidate : candidates) {
            weapons.addAll(candidate.weapons());
            geoPrecision = Math.min(geoPrecision, candidate.geoPrecision());
            if (candidate.actor() != null) {
                actors.merge(candidate.actor(), 1, Integer::sum);
            }
        }
        var outcomes = new ArrayList<String>();
        Integer fatalities = null;
        String firstQuote = null;
        for (var claim : claims) {
            if (firstQuote == null) {
                firstQuote = claim.quote();
            }
            switch (claim.aspect()) {
                case OUTCOME -> outcomes.add(claim.value());
                case RESPONSIBILITY -> actors.merge(claim.value(), 2, Integer::sum);
                case CASUALTIES -> {
                    var killed = killed(claim.value());
                    if (killed != null) {
                        fatalities = fatalities == null ? killed : Math.min(fatalities, killed);
                    }
                }
                default -> {
                }
            }
        }
        boolean allIntercepted = !outcomes.isEmpty() && outcomes.stream()
                .allMatch(value -> value.startsWith("intercepted") && !value.contains("hit"));
        String subEventType;
        if (allIntercepted) {
            subEventType = DISRUPTED;
        } else if (weapons.contains("drone") && !weapons.contains("rocket") && !weapons.contains("missile")
                && !weapons.contains("mortar")) {
            subEventType = DRONE;
        } else {
            subEventType = SHELLING;
        }
        var actor = actors.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        var site = group.site();
        var notes = firstQuote == null ? null : firstQuote.length() > 300 ? firstQuote.substring(0, 297) + "..."
                : firstQuote;
        return new Incident(id, site.id(), group.date(), group.precision(), group.basis(), EVENT_TYPE, subEventType,
                actor, List.copyOf(weapons), site.name(), site.latitude(), site.longitude(),
                site.isProvince() ? 3 : geoPrecision, COUNTRIES.getOrDefault(site.country(), site.country()),
                site.admin1(), fatalities, notes, Origin.AUTO, false);
    }

    private static Integer killed(String value) {
        var matcher = java.util.regex.Pattern.compile("killed (\\d+)").matcher(value);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : null;
    }
}
