package org.attest.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.attest.internal.Validate;

/** Content digests used to identify documents. */
public final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Digests() {}

    /**
     * The SHA-256 of the bytes as 64 lower-case hex digits.
     *
     * @param bytes the content, not null; not modified
     */
    public static String sha256Hex(byte[] bytes) {
        Validate.notNull(bytes, "bytes");
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256, so this is a broken runtime
            throw new IllegalStateException("SHA-256 not available", e);
        }
        char[] out = new char[hash.length * 2];
        for (int i = 0; i < hash.length; i++) {
            out[2 * i] = HEX[(hash[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[hash[i] & 0xF];
        }
        return new String(out);
    }
}
