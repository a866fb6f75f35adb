package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text file whose encoding nobody declared. In order: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE); strict UTF-8; Arabic Windows-1256 (juniversalchardet has no model for it); juniversalchardet's
 * guess; and finally Windows-1252, the superset of ISO-8859-1 that Western European text files use. Bytes that
 * are not text at all (NUL bytes, mostly control characters) are refused.
 */
public final class TextDecoder {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final double MAX_CONTROL_SHARE = 0.05;
    /** For each byte 0x80..0xFF: does Windows-1256 map it to a character of the Arabic block? */
    private static final boolean[] ARABIC_IN_WINDOWS_1256 = arabicHighBytes();

    private TextDecoder() {
    }

    /** Text decoded from bytes, with the charset that was used. */
    public record DecodedText(String text, Charset charset) {
    }

    /**
     * Decodes the bytes, choosing the charset as described in the class comment.
     *
     * @throws UnreadableDocumentException when the bytes look binary rather than text
     */
    public static DecodedText decode(byte[] bytes) throws UnreadableDocumentException {
        var decoded = decodeWithoutCheck(bytes);
        if (looksBinary(decoded.text())) {
            throw new UnreadableDocumentException(
                    "The file holds binary data, not text; it may be misnamed or damaged.");
        }
        return decoded;
    }

    /** Decodes the bytes with the given charset, or detects one when it is null. */
    public static DecodedText decode(byte[] bytes, Charset declared) throws UnreadableDocumentException {
        if (declared == null || startsWithBom(bytes)) {
            return decode(bytes);
        }
        var decoded = new DecodedText(declared.decode(ByteBuffer.wrap(bytes)).toString(), declared);
        if (looksBinary(decoded.text())) {
            throw new UnreadableDocumentException(
                    "The file holds binary data, not text; it may be misnamed or damaged.");
        }
        return decoded;
    }

    private static DecodedText decodeWithoutCheck(byte[] bytes) throws UnreadableDocumentException {
        if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(decode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (hasPrefix(bytes, 0xFF, 0xFE)) {
            return new DecodedText(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (hasPrefix(bytes, 0xFE, 0xFF)) {
            return new DecodedText(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (containsNul(bytes)) {
            throw new UnreadableDocumentException(
                    "The file holds binary data (NUL bytes), not text; it may be misnamed or damaged.");
        }
        var utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8);
        }
        if (looksLikeArabicWindows1256(bytes)) {
            return new DecodedText(new String(bytes, WINDOWS_1256), WINDOWS_1256);
        }
        var guessed = guess(bytes);
        return new DecodedText(new String(bytes, guessed), guessed);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return hasPrefix(bytes, 0xEF, 0xBB, 0xBF) || hasPrefix(bytes, 0xFF, 0xFE) || hasPrefix(bytes, 0xFE, 0xFF);
    }

    private static boolean hasPrefix(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean containsNul(byte[] bytes) {
        for (var b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Arabic written in Windows-1256 decodes to Arabic letters that come in runs (whole words of high bytes between
     * ASCII spaces), while Western text in a Latin charset has accented letters scattered inside ASCII words. Both
     * tests must hold, so French or Portuguese text never passes for Arabic.
     */
    static boolean looksLikeArabicWindows1256(byte[] bytes) {
        int high = 0;
        int inRuns = 0;
        int arabic = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) == 0) {
                continue;
            }
            high++;
            var before = i > 0 && (bytes[i - 1] & 0x80) != 0;
            var after = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
            if (before || after) {
                inRuns++;
            }
            if (ARABIC_IN_WINDOWS_1256[bytes[i] & 0x7F]) {
                arabic++;
            }
        }
        return high >= 4 && arabic >= 0.9 * high && inRuns >= 0.6 * high;
    }

    private static boolean[] arabicHighBytes() {
        var table = new boolean[128];
        for (int b = 0; b < 128; b++) {
            var decoded = new String(new byte[] {(byte) (0x80 | b)}, WINDOWS_1256).charAt(0);
            table[b] = decoded >= '\u0600' && decoded <= '\u06FF';
        }
        return table;
    }

    private static Charset guess(byte[] bytes) {
        var detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        var name = detector.getDetectedCharset();
        if (name != null && Charset.isSupported(name)) {
            return Charset.forName(name);
        }
        return WINDOWS_1252;
    }

    /** True when more than a small share of the characters are control characters other than line breaks and tabs. */
    static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long controls = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
                        && c != '\f')
                .count();
        return controls > MAX_CONTROL_SHARE * text.length();
    }
}
