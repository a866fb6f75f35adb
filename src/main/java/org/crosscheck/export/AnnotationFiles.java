package org.crosscheck.export;

import java.util.List;

/**
 * The names and columns of the annotation files an export writes and {@link AnnotationImport} reads back
 * ({@code incidents.csv}, {@code claims.csv}, {@code links.csv}: headers fixed by the extraction issue and
 * documented in {@code docs/csv-dictionary.md}).
 */
public final class AnnotationFiles {

    public static final String INCIDENTS = "incidents.csv";
    public static final String CLAIMS = "claims.csv";
    public static final String LINKS = "links.csv";

    public static final List<String> INCIDENT_COLUMNS = List.of("event_id_cnty", "event_date", "year",
            "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
            "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country",
            "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
            "source_scale", "notes", "fatalities", "tags", "timestamp", "incident_id", "site_id", "weapons",
            "report_count", "independent_source_count", "article_ids", "claim_ids", "assessment", "conflict_count");
    public static final List<String> CLAIM_COLUMNS = List.of("claim_id", "incident_id", "article_id", "file_name",
            "outlet", "published", "start", "end", "quote", "attributed_to", "cue", "aspect", "value", "stance",
            "reliability", "credibility", "tags", "origin", "analyst", "updated_at");
    public static final List<String> LINK_COLUMNS = List.of("link_id", "claim_a", "claim_b", "relation", "origin",
            "status", "note", "analyst", "created_at");

    private AnnotationFiles() {
    }
}
