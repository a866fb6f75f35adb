package org.crosscheck.geo;

/**
 * An incident as a point on the map: where, its evidence state, how many reports and conflicts it has, and the
 * texts its tooltip shows (site name and date with its precision).
 */
public record MapMarker(long id, double latitude, double longitude, MarkerKind kind, int reports, int conflicts,
                        String siteName, String dateText) {
}
