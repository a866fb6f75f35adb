package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesArticlesCsvWithTheAgreedColumns() throws IOException {
        var db = folder.resolve("export.mv.db").toString();
        var article = Files.writeString(folder.resolve("cradle.txt"),
                "from the News Desk, published on The Cradle, July 26, 2024\nRocket salvos hit the US base.");
        CliOutput.run("import", article.toString(), "--db", db);
        var out = folder.resolve("out");

        var result = CliOutput.run("export", "--db", db, "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("wrote " + out.resolve("articles.csv"));
        var csv = Files.readString(out.resolve("articles.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("article_id,file_name,sha256,outlet,title,language,published,published_basis,"
                + "imported_at,char_count\r\n");
        var row = csv.split("\r\n")[1].split(",");
        assertThat(row).hasSize(10);
        assertThat(row[1]).isEqualTo("cradle.txt");
        assertThat(row[3]).isEqualTo("The Cradle");
        assertThat(row[5]).isEqualTo("en");
        assertThat(row[6]).isEqualTo("2024-07-26");
        assertThat(row[7]).isEqualTo("explicit");
        assertThat(row[8]).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void excelExportStartsEachCsvWithAByteOrderMarkAndNeutralisesFormulas() throws IOException {
        var db = folder.resolve("excel.mv.db").toString();
        var article = Files.writeString(folder.resolve("=cmd.txt"), "Rocket salvos hit the US base at Conoco.");
        CliOutput.run("import", article.toString(), "--db", db);
        var out = folder.resolve("excel");

        var result = CliOutput.run("export", "--db", db, "--out", out.toString(), "--excel");

        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("wrote " + out.resolve("tags.csv"), "wrote " + out.resolve("outlets.csv"));
        var bytes = Files.readAllBytes(out.resolve("articles.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(",'=cmd.txt,");
    }

    @Test
    void exitsWithTwoWithoutAnOutputFolder() {
        var result = CliOutput.run("export", "--db", folder.resolve("usage.mv.db").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out");
    }
}
