package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    @Test
    void readsUtf16LittleEndianByItsByteOrderMark() throws Exception {
        var decoded = TextDecoder.decode(Fixtures.bytes("utf16le-bom.txt"));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.text()).startsWith("Drone strike reported near Al-Tanf garrison");
    }

    @Test
    void readsUtf16BigEndianByItsByteOrderMark() throws Exception {
        var decoded = TextDecoder.decode(Fixtures.bytes("utf16be-bom.txt"));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(decoded.text()).contains("US-led coalition");
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        var bytes = ("\uFEFF" + "Ain al-Asad").getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Ain al-Asad");
    }

    @Test
    void readsUtf8WithoutByteOrderMark() throws Exception {
        var decoded = TextDecoder.decode("قاعدة عين الأسد — café".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo("قاعدة عين الأسد — café");
    }

    @Test
    void recognisesArabicInWindows1256() throws Exception {
        var decoded = TextDecoder.decode(Fixtures.bytes("arabic-windows1256.txt"));

        assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1256);
        assertThat(decoded.text()).contains("قاعدة عين الأسد", "المقاومة الإسلامية في العراق");
    }

    @Test
    void readsFrenchInLatin1() throws Exception {
        var decoded = TextDecoder.decode(Fixtures.bytes("latin1.txt"));

        assertThat(decoded.text()).contains("frappé la base américaine", "à l'est", "signalée");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "As forças americanas responderam com ataques aéreos após a explosão na estação de gás, segundo a informação.",
        "Según las fuentes, la explosión se produjo en la base estadounidense cerca de la frontera; no hubo víctimas.",
        "Les frappes ont touché le dépôt d'armes près de la frontière irakienne, a précisé l'armée française."})
    void neverTakesLatinTextForArabic(String text) throws Exception {
        var decoded = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(decoded.charset()).isNotEqualTo(TextDecoder.WINDOWS_1256);
        assertThat(decoded.text()).isEqualTo(text);
    }

    @Test
    void refusesBinaryData() {
        assertThatThrownBy(() -> TextDecoder.decode(Fixtures.bytes("binary.txt")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void refusesTextMadeMostlyOfControlCharacters() {
        var bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(UnreadableDocumentException.class);
    }
}
