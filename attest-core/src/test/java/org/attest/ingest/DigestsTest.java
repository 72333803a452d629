package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The content digest: SHA-256 in hex, the same on every call (each call digests with a fresh clone). */
class DigestsTest {
    @Test
    void givesTheStandardSha256OfTheBytesEveryTime() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 3; i++) {
            assertThat(Digests.sha256Hex(abc))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(Digests.sha256Hex(new byte[0]))
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }
    }
}
