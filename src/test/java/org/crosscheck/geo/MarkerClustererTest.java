package org.crosscheck.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkerClustererTest {

    private static MapMarker marker(long id, double lat, double lon, MarkerKind kind, int reports) {
        return new MapMarker(id, lat, lon, kind, reports, 0, "site " + id, "1 Jan 2024");
    }

    @Test
    void groupsIncidentsAtOneSiteAndCountsTheirStates() {
        var clusterer = new MarkerClusterer(List.of(
                marker(1, 35.3361, 40.3094, MarkerKind.CONTESTED, 3),
                marker(2, 35.3361, 40.3094, MarkerKind.CORROBORATED, 2),
                marker(3, 33.5058, 38.6178, MarkerKind.SINGLE_SOURCE, 1)));

        var clusters = clusterer.clusters(8);

        assertThat(clusters).hasSize(2);
        var conoco = clusters.stream().filter(cluster -> cluster.contains(1)).findFirst().orElseThrow();
        assertThat(conoco.badge()).isEqualTo(2);
        assertThat(conoco.reports()).isEqualTo(5);
        assertThat(conoco.kindCounts()[MarkerKind.CONTESTED.ordinal()]).isEqualTo(1);
        var tanf = clusters.stream().filter(cluster -> cluster.contains(3)).findFirst().orElseThrow();
        assertThat(tanf.isSingle()).isTrue();
        assertThat(tanf.badge()).isEqualTo(1);
    }

    @Test
    void mergesNeighbouringSitesWhenZoomedOutAndSplitsThemWhenZoomedIn() {
        var clusterer = new MarkerClusterer(List.of(
                marker(1, 35.3361, 40.3094, MarkerKind.CONTESTED, 1),
                marker(2, 35.1517, 40.5758, MarkerKind.CONTESTED, 1)));

        assertThat(clusterer.clusters(4)).hasSize(1);
        assertThat(clusterer.clusters(10)).hasSize(2);
    }

    @Test
    void keepsOnlyMarksInsideTheViewInViewPixels() {
        var clusterer = new MarkerClusterer(List.of(marker(1, 35.3361, 40.3094, MarkerKind.CONFIRMED, 4),
                marker(2, 33.3142, 38.7033, MarkerKind.CONFIRMED, 1)));
        var view = MapViewport.fitting(40, 35, 41, 36, 400, 300);

        var visible = clusterer.visible(view);

        assertThat(visible).singleElement().satisfies(cluster -> {
            assertThat(cluster.contains(1)).isTrue();
            assertThat(cluster.x()).isBetween(0.0, 400.0);
            assertThat(cluster.y()).isBetween(0.0, 300.0);
        });
    }
}
