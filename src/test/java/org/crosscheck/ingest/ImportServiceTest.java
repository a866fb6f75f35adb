package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.model.DateBasis;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.ArticleRepository;
import org.crosscheck.store.Database;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    private static final List<String> FIXTURES = List.of("empty.txt", "whitespace.txt", "binary.txt",
            "utf16le-bom.txt", "utf16be-bom.txt", "arabic-windows1256.txt", "latin1.txt", "broken.html", "article.md",
            "corrupt.pdf");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    @TempDir
    Path folder;

    private Database database;
    private ArticleRepository articles;
    private ImportService importer;

    @BeforeEach
    void openDatabase() {
        database = Database.open(folder.resolve("db").resolve("test.mv.db"));
        articles = new ArticleRepository(database);
        importer = new ImportService(articles, Clock.fixed(NOW, ZoneOffset.UTC),
                ImportService.DEFAULT_MAX_TEXT_BYTES, ImportService.DEFAULT_MAX_PDF_BYTES);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Path fixtureFolder() throws IOException {
        var inbox = Files.createDirectories(folder.resolve("inbox"));
        for (var name : FIXTURES) {
            Files.copy(Fixtures.path(name), inbox.resolve(name));
        }
        Files.write(inbox.resolve("report.pdf"), PdfReaderTest.pdf(null, "Rocket attack on Ain al-Asad",
                "Two rockets hit the base on Tuesday, an Iraqi security official said."));
        Files.writeString(inbox.resolve("notes.docx"), "not a supported format");
        return inbox;
    }

    @Test
    void importsTheGoodFilesOfAFolderAndNamesEachBadOne() throws IOException {
        var report = importer.importPaths(List.of(fixtureFolder()), Progress.NONE);

        assertThat(report.imported()).extracting(ArticleSummary::fileName).containsExactlyInAnyOrder(
                "arabic-windows1256.txt", "article.md", "broken.html", "latin1.txt", "report.pdf", "utf16be-bom.txt");
        assertThat(report.duplicates()).extracting(path -> path.getFileName().toString())
                .containsExactly("utf16le-bom.txt");
        assertThat(report.failures()).extracting(failure -> failure.file().getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "whitespace.txt", "binary.txt", "corrupt.pdf");
        assertThat(report.failures()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank().endsWith("."));
        assertThat(report.summary()).isEqualTo("imported 6, duplicates 1, failed 4");
        assertThat(report.cancelled()).isFalse();
        assertThat(articles.count(ArticleQuery.all())).isEqualTo(6);
    }

    @Test
    void givesAPlainReasonForEachKindOfBadFile() throws IOException {
        var report = importer.importPaths(List.of(fixtureFolder()), Progress.NONE);

        assertThat(report.failures()).extracting(failure -> failure.file().getFileName().toString(),
                        ImportFailure::reason)
                .contains(tuple("empty.txt", "The file is empty."),
                        tuple("whitespace.txt", "The file contains no text, only white space or markup."));
        assertThat(reasonFor(report, "binary.txt")).contains("binary data");
        assertThat(reasonFor(report, "corrupt.pdf")).contains("damaged or not a PDF");
    }

    private static String reasonFor(ImportReport report, String fileName) {
        return report.failures().stream().filter(failure -> failure.file().getFileName().toString().equals(fileName))
                .findFirst().orElseThrow().reason();
    }

    @Test
    void reportsEverythingAsDuplicateTheSecondTime() throws IOException {
        var inbox = fixtureFolder();
        importer.importPaths(List.of(inbox), Progress.NONE);

        var again = importer.importPaths(List.of(inbox), Progress.NONE);

        assertThat(again.imported()).isEmpty();
        assertThat(again.duplicates()).hasSize(7);
        assertThat(again.summary()).isEqualTo("imported 0, duplicates 7, failed 4");
        assertThat(articles.count(ArticleQuery.all())).isEqualTo(6);
    }

    @Test
    void tellsDuplicatesApartInFileOrderWithinAChunkAndAcrossChunks() throws IOException {
        var inbox = Files.createDirectories(folder.resolve("copies"));
        Files.writeString(inbox.resolve("000-stored-before.txt"), "Rockets hit the Conoco base, officials said.");
        importer.importPaths(List.of(inbox.resolve("000-stored-before.txt")), Progress.NONE);
        for (int i = 1; i <= 250; i++) {
            var text = i % 50 == 0 ? "Rockets hit the Conoco base, officials said."
                    : "Drones struck the Tower 22 outpost, report " + (i % 100 == 7 ? 7 : i == 12 ? 11 : i) + ".";
            Files.writeString(inbox.resolve(String.format("%03d.txt", i)), text);
        }

        var report = importer.importPaths(List.of(inbox), Progress.NONE);

        assertThat(report.duplicates()).extracting(path -> path.getFileName().toString()).containsExactly(
                "000-stored-before.txt", "012.txt", "050.txt", "100.txt", "107.txt", "150.txt", "200.txt", "207.txt",
                "250.txt");
        assertThat(report.imported()).extracting(ArticleSummary::fileName).startsWith("001.txt", "002.txt")
                .doesNotContain("012.txt", "050.txt", "107.txt", "207.txt").hasSize(242).contains("007.txt", "011.txt", "249.txt");
        assertThat(report.imported()).extracting(ArticleSummary::id).isSorted().doesNotHaveDuplicates();
        assertThat(articles.count(ArticleQuery.all())).isEqualTo(243);
    }

    @Test
    void storesTheNormalisedTextItsHashAndTheImportTime() throws IOException {
        var file = folder.resolve("crlf.txt");
        Files.writeString(file, "Headline of the report\r\n\r\nBody text of the report.   \r\n");

        var stored = importer.importPaths(List.of(file), Progress.NONE).imported().get(0);

        var reloaded = articles.find(stored.id()).orElseThrow();
        assertThat(reloaded.text()).isEqualTo("Headline of the report\n\nBody text of the report.");
        assertThat(reloaded.sha256()).isEqualTo(ImportService.sha256(reloaded.text())).hasSize(64);
        assertThat(reloaded.importedAt()).isEqualTo(NOW);
        assertThat(reloaded.fileName()).isEqualTo("crlf.txt");
    }

    @Test
    void reportsAnUnsupportedFileOnlyWhenItIsNamed() throws IOException {
        var inbox = fixtureFolder();

        var named = importer.importPaths(List.of(inbox.resolve("notes.docx")), Progress.NONE);

        assertThat(named.failures()).singleElement().satisfies(failure ->
                assertThat(failure.reason()).contains("cannot read this type of file").contains(".pdf"));
        assertThat(importer.importPaths(List.of(inbox), Progress.NONE).failures())
                .noneMatch(failure -> failure.file().toString().endsWith(".docx"));
    }

    @Test
    void reportsAPathThatDoesNotExist() {
        var report = importer.importPaths(List.of(folder.resolve("missing.txt")), Progress.NONE);

        assertThat(report.failures()).singleElement()
                .extracting(ImportFailure::reason).isEqualTo("The file or folder does not exist.");
    }

    @Test
    void refusesAFileAboveTheSizeCapAndGoesOn() throws IOException {
        var small = new ImportService(articles, Clock.fixed(NOW, ZoneOffset.UTC), 100,
                ImportService.DEFAULT_MAX_PDF_BYTES);
        var big = folder.resolve("big.txt");
        Files.writeString(big, "A long line of text about the base. ".repeat(10));
        var fine = folder.resolve("fine.txt");
        Files.writeString(fine, "A short note about the base.");

        var report = small.importPaths(List.of(big, fine), Progress.NONE);

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo(big);
            assertThat(failure.reason()).isEqualTo("The file is larger than 100 bytes of text; split it into smaller files.");
        });
        assertThat(report.imported()).extracting(ArticleSummary::fileName).containsExactly("fine.txt");
    }

    @Test
    void walksNestedFoldersWithOddNamesAndSurvivesALinkLoop() throws IOException {
        var nested = Files.createDirectories(folder.resolve("inbox/2024/july"));
        Files.writeString(nested.resolve("a.txt"), "Rockets hit the Conoco base, local sources said.");
        Files.writeString(folder.resolve("inbox/b.md"), "# Drone attack\n\nA drone hit Al-Tanf on Sunday.");
        Files.writeString(nested.resolve("report #2 (copy) [final].TXT"), "تقرير عن هجوم بطائرة مسيرة على قاعدة التنف.");
        Files.createSymbolicLink(nested.resolve("loop"), folder.resolve("inbox"));

        var report = importer.importPaths(List.of(folder.resolve("inbox")), Progress.NONE);

        assertThat(report.imported()).extracting(ArticleSummary::fileName)
                .containsExactlyInAnyOrder("a.txt", "b.md", "report #2 (copy) [final].TXT");
        assertThat(report.failures()).extracting(failure -> failure.file().getFileName().toString())
                .containsExactly("loop");
    }

    @Test
    void reportsABrokenLinkAndImportsTheRest() throws IOException {
        var inbox = Files.createDirectories(folder.resolve("links"));
        Files.writeString(inbox.resolve("real.txt"), "Rockets hit the Conoco base, local sources said.");
        Files.createSymbolicLink(inbox.resolve("gone.txt"), folder.resolve("nowhere.txt"));

        var report = importer.importPaths(List.of(inbox), Progress.NONE);

        assertThat(report.imported()).extracting(ArticleSummary::fileName).containsExactly("real.txt");
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file().getFileName().toString()).isEqualTo("gone.txt");
            assertThat(failure.reason()).isEqualTo("The file disappeared or is a broken link.");
        });
    }

    @Test
    void reportsProgressForEachFile() throws IOException {
        var messages = new ArrayList<String>();
        var progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        var a = Files.writeString(folder.resolve("a.txt"), "First article about the base.");
        var b = Files.writeString(folder.resolve("b.txt"), "Second article about the base.");

        importer.importPaths(List.of(a, b), progress);

        assertThat(messages).containsExactly("0/2 a.txt", "1/2 b.txt", "2/2 imported 2, duplicates 0, failed 0");
    }

    @Test
    void stopsBetweenFilesWhenCancelledAndKeepsWhatWasStored() throws IOException {
        var updates = new ArrayList<Long>();
        var progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(done);
            }

            @Override
            public boolean isCancelled() {
                return !updates.isEmpty();
            }
        };
        var files = Stream.of("a.txt", "b.txt", "c.txt").map(name -> write(name, "Article " + name)).toList();

        var report = importer.importPaths(files, progress);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).extracting(ArticleSummary::fileName).containsExactly("a.txt");
        assertThat(articles.count(ArticleQuery.all())).isEqualTo(1);
    }

    @Test
    void canBeCancelledWhileListingAFolder() throws IOException {
        var cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        var report = importer.importPaths(List.of(fixtureFolder()), cancelled);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).isEmpty();
        assertThat(articles.count(ArticleQuery.all())).isZero();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsTheBundledSeedsOnceAndReadsTheirMetadata() {
        var first = importer.importSeeds(Progress.NONE);
        var second = importer.importSeeds(Progress.NONE);

        assertThat(first.summary()).isEqualTo("imported 5, duplicates 0, failed 0");
        assertThat(second.summary()).isEqualTo("imported 0, duplicates 5, failed 0");
        assertThat(first.imported()).extracting(ArticleSummary::fileName).containsExactly("000_5b8976caa21c9ce2.txt",
                "001_04a825ad6d59242b.txt", "002_1c69196dbcf4aa03.txt", "003_5f9ea44ed39dbe39.txt",
                "004_ca81ca16356623c8.txt");
        assertThat(first.imported()).extracting(ArticleSummary::language).containsOnly("en");
        var cradle = articles.find(first.imported().get(1).id()).orElseThrow();
        assertThat(cradle.outlet()).isEqualTo("The Cradle");
        assertThat(cradle.published()).isEqualTo(LocalDate.of(2024, 7, 26));
        assertThat(cradle.publishedBasis()).isEqualTo(DateBasis.EXPLICIT);
        assertThat(cradle.publishedSpan().of(cradle.text())).isEqualTo("July 26, 2024");
    }
}
