package org.crosscheck.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a {@code .pdf} with PDFBox, paragraphs separated by a blank line. Password-protected,
 * damaged and image-only PDFs are refused with a reason the analyst can act on.
 */
public final class PdfReader implements DocumentReader {

    @Override
    public ExtractedDocument read(byte[] content) throws UnreadableDocumentException {
        try (var document = Loader.loadPDF(content)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("\n");
            stripper.setLineSeparator("\n");
            var text = stripper.getText(document);
            if (text.isBlank()) {
                throw new UnreadableDocumentException(
                        "The PDF has no text layer (it may be scanned images); run OCR on it first.");
            }
            return ExtractedDocument.plain(text);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(
                    "The PDF is encrypted with a password; save an unprotected copy and import that.", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("The PDF is damaged or not a PDF at all (" + e.getMessage() + ").", e);
        }
    }
}
