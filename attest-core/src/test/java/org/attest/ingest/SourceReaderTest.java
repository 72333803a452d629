package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.AttestException;
import org.attest.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsPlainTextWithNameLocationAndType() throws Exception {
        Path p = write("report.txt", "Students marched in the invented town.\n".getBytes(StandardCharsets.UTF_8));
        Source s = reader.read(p);
        assertThat(s.name()).isEqualTo("report.txt");
        assertThat(s.location()).isEqualTo("file:" + p);
        assertThat(s.mediaType()).isEqualTo(MediaTypes.PLAIN);
        assertThat(s.bytes()).hasSize(39);
    }

    @Test
    void detectsHtmlByExtensionAndBySniffing() throws Exception {
        byte[] page = "<!DOCTYPE html><html><body><p>Hi there</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(write("a.html", page)).mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(reader.read(write("a.txt", page)).mediaType()).isEqualTo(MediaTypes.HTML);
        assertThat(reader.read(write("noext", page)).mediaType()).isEqualTo(MediaTypes.HTML);
    }

    @Test
    void missingFileIsNamed() {
        Path p = dir.resolve("nothing-here.txt");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(AttestException.class)
                .hasMessageContaining("nothing-here.txt").hasMessageContaining("no such file");
    }

    @Test
    void directoryIsRefused() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(AttestException.class)
                .hasMessageContaining("directory");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path p = write("empty.txt", new byte[0]);
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(AttestException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void binaryContentIsRefused() throws Exception {
        Path withNul = write("img.txt", new byte[] {'P', 'N', 'G', 0, 1, 2, 3});
        assertThatThrownBy(() -> reader.read(withNul)).hasMessageContaining("binary");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        Path bells = write("bells.txt", controls);
        assertThatThrownBy(() -> reader.read(bells)).hasMessageContaining("binary");
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Path p = write("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(AttestException.class)
                .hasMessageContaining("latin.txt").hasMessageContaining("invalid UTF-8");
    }

    @Test
    void undecodedReadDefersTheTextCheckToDecodable() throws Exception {
        Path p = write("latin.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
        Source raw = reader.readUndecoded(p);
        assertThat(raw.mediaType()).isNull();
        assertThat(raw.location()).isEqualTo("file:" + p);
        String readMessage = catchThrowable(() -> reader.read(p)).getMessage();
        assertThatThrownBy(() -> SourceReader.decodable(raw)).isInstanceOf(AttestException.class)
                .hasMessage(readMessage);
        assertThatThrownBy(() -> reader.readUndecoded(write("e.txt", new byte[0]))).hasMessageContaining("empty");

        Path page = write("page.txt", "<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Source decoded = SourceReader.decodable(reader.readUndecoded(page));
        assertThat(decoded).usingRecursiveComparison().isEqualTo(reader.read(page));
        assertThat(decoded.mediaType()).isEqualTo(MediaTypes.HTML);
    }

    @Test
    void utf8BomIsAccepted() throws Exception {
        byte[] body = "Persian: \u062a\u0647\u0631\u0627\u0646".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(reader.read(write("bom.txt", bytes)).mediaType()).isEqualTo(MediaTypes.PLAIN);
        assertThat(TextDecoder.decode("bom.txt", bytes, MediaTypes.PLAIN)).startsWith("Persian");
    }

    @Test
    void declaredHtmlCharsetIsHonoured() throws Exception {
        byte[] bytes;
        try (var in = getClass().getResourceAsStream("/clean/arabic-1256.html")) {
            bytes = in.readAllBytes();
        }
        Source s = reader.read(write("page.html", bytes));
        assertThat(TextDecoder.decode(s.name(), s.bytes(), s.mediaType())).contains("\u0627\u0644\u0645\u062f\u064a\u0646\u0629");
    }

    @Test
    void oversizedFileIsRefused() throws Exception {
        Path p = write("big.txt", "x".repeat(101).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new SourceReader(100).read(p)).hasMessageContaining("too large")
                .hasMessageContaining("big.txt");
        assertThat(new SourceReader(101).read(p).bytes()).hasSize(101);
    }

    @Test
    void sha256OfKnownInput() {
        assertThat(Digests.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
