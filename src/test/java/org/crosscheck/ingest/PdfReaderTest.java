package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {

    private final PdfReader reader = new PdfReader();

    @TempDir
    Path folder;

    /** Writes a one-page PDF with the given lines, optionally protected by a user password. */
    static byte[] pdf(String password, String... lines) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            if (lines.length > 0) {
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (var line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (password != null) {
                var policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheTextLayer() throws Exception {
        var file = folder.resolve("report.pdf");
        Files.write(file, pdf(null, "Rocket attack on Ain al-Asad", "Two rockets hit the base on Tuesday."));

        var text = TextNormalizer.normalize(reader.read(Files.readAllBytes(file)).text());

        assertThat(text).contains("Rocket attack on Ain al-Asad").contains("Two rockets hit the base on Tuesday.");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        var bytes = pdf("secret", "Classified text");

        assertThatThrownBy(() -> reader.read(bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("encrypted with a password");
    }

    @Test
    void refusesADamagedPdf() {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes("corrupt.pdf")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("damaged or not a PDF");
    }

    @Test
    void refusesAPdfWithoutText() throws Exception {
        var bytes = pdf(null);

        assertThatThrownBy(() -> reader.read(bytes))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no text layer");
    }
}
