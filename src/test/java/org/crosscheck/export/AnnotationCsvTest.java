package org.crosscheck.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.crosscheck.AppContext;
import org.crosscheck.model.Article;
import org.crosscheck.model.DateBasis;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCsvTest {

    @TempDir
    Path folder;

    private static final String ACLED = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    @Test
    void writesIncidentsClaimsAndLinksWithTheIssuesHeaders() throws IOException {
        try (var context = AppContext.open(folder.resolve("export.mv.db"))) {
            var text = "Six missiles hit the US base at the Al-Omar oil field on Friday, local sources said.\n"
                    + "The Islamic Resistance in Iraq claimed responsibility for the attack.";
            context.articles().insert(new Article(0, "a.txt", "a".repeat(64), text, "Wire", null, null, null, "en",
                    LocalDate.of(2023, 10, 28), DateBasis.EXPLICIT, null, Instant.now()));
            context.extractor().extractAll(Progress.NONE);

            var files = AnnotationCsv.write(context.incidents(), context.tags(), context.grades(),
                    context.articles(), folder, new ExportFinish.Options(false, true, false), Progress.NONE);

            assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly("incidents.csv",
                    "claims.csv", "links.csv", "incident_provenance.csv");
            var incidents = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
            var claims = Files.readAllLines(files.get(1), StandardCharsets.UTF_8);
            var links = Files.readAllLines(files.get(2), StandardCharsets.UTF_8);
            assertThat(incidents.get(0)).isEqualTo(ACLED + ",incident_id,site_id,weapons,report_count,"
                    + "independent_source_count,article_ids,claim_ids,assessment,conflict_count");
            assertThat(incidents).hasSize(2);
            assertThat(incidents.get(1)).startsWith("SYR").contains(",2023-10-27,2023,1,Political violence,"
                    + "Explosions/Remote violence,Shelling/artillery/missile attack,Islamic Resistance in Iraq,")
                    .contains(",760,Middle East,Syria,Deir ez-Zor,,,Al-Omar oil field base,35.1517,40.5758,1,Wire,");
            assertThat(claims.get(0)).isEqualTo("claim_id,incident_id,article_id,file_name,outlet,published,start,"
                    + "end,quote,attributed_to,cue,aspect,value,stance,reliability,credibility,tags,origin,analyst,"
                    + "updated_at");
            assertThat(claims).anyMatch(line -> line.contains(",count,6 missile,asserts,"));
            assertThat(Files.readString(folder.resolve(IncidentMaps.GEOJSON))).contains("\"incident_id\":1,",
                    "\"location\":\"Al-Omar oil field base\"");
            assertThat(folder.resolve(IncidentMaps.KML)).doesNotExist();
            assertThat(links.get(0)).isEqualTo("link_id,claim_a,claim_b,relation,origin,status,note,analyst,created_at");
            assertThat(Files.readAllLines(files.get(3), StandardCharsets.UTF_8))
                    .containsExactly("incident_id,origin,date_basis,confirmed", "1,auto,relative-to-published,false");
        }
    }
}
