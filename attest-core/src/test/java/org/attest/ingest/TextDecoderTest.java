package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.attest.AttestException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void decodesUtf8AsTheStrictDecoderDoes() throws AttestException {
        String text = "Tehran \u2014 \u0622\u0628\u0627\u0646 \u00e9t\u00e9 \ud83d\ude00";
        assertThat(TextDecoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8), MediaTypes.PLAIN)).isEqualTo(text);
    }

    @Test
    void keepsAReplacementCharThatTheTextWrites() throws AttestException {
        String text = "a \ufffd b";
        assertThat(TextDecoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8), MediaTypes.PLAIN)).isEqualTo(text);
    }

    @Test
    void malformedUtf8IsAnErrorNotAReplacement() {
        byte[] bad = {'a', ' ', (byte) 0xC3, '(', ' ', 'b'};
        assertThatThrownBy(() -> TextDecoder.decode("bad.txt", bad, MediaTypes.PLAIN))
                .isInstanceOf(AttestException.class).hasMessageContaining("bad.txt");
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertThatThrownBy(() -> TextDecoder.decode("s.txt", surrogate, MediaTypes.PLAIN))
                .isInstanceOf(AttestException.class);
    }

    @Test
    void skipsAByteOrderMark() throws AttestException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoder.decode("b.txt", bom, MediaTypes.PLAIN)).isEqualTo("hi");
    }
}
