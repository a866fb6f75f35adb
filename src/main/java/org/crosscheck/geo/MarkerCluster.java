package org.crosscheck.geo;

import java.util.List;

/**
 * One round mark on the map: a single incident, or several incidents drawn together because they would overlap
 * at this zoom. {@code x, y} are world pixels of the zoom it was made for; {@code kindCounts} is indexed by
 * {@link MarkerKind#ordinal()}.
 */
public record MarkerCluster(double x, double y, List<MapMarker> members, int[] kindCounts, int reports) {

    public MarkerCluster {
        members = List.copyOf(members);
        kindCounts = kindCounts.clone();
    }

    public boolean isSingle() {
        return members.size() == 1;
    }

    /** The number shown in the badge: reports of a single incident, or the number of incidents of a group. */
    public int badge() {
        return isSingle() ? members.get(0).reports() : members.size();
    }

    /** Radius in pixels: singles grow with their reports, groups with the number of incidents. */
    public double radius() {
        if (isSingle()) {
            return Math.min(16, 7 + 2.5 * Math.sqrt(Math.max(0, reports - 1)));
        }
        return Math.min(24, 10 + 2.6 * Math.log(members.size()) / Math.log(2));
    }

    /** True when the point (world pixels of the same zoom) lies on this mark. */
    public boolean hits(double px, double py) {
        var r = radius() + 2;
        return (px - x) * (px - x) + (py - y) * (py - y) <= r * r;
    }

    public boolean contains(long incidentId) {
        return members.stream().anyMatch(marker -> marker.id() == incidentId);
    }
}
