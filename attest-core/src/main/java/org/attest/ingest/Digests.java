package org.attest.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.attest.internal.Validate;

/** Content digests used to identify documents. */
public final class Digests {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /**
     * A SHA-256 digest never fed: each call digests with a clone of it. Looking the algorithm up
     * among the security providers for every document cost more than the digest of a short one;
     * the prototype is only read (cloned), never updated, so threads may share it. Null when the
     * provider's digest cannot be cloned: each call then looks it up as before.
     */
    private static final MessageDigest PROTOTYPE = cloneable();

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
            hash = sha256().digest(bytes);
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

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        if (PROTOTYPE != null) {
            try {
                return (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                // not for the JDK's own SHA-256; looked up below as any other provider's
            }
        }
        return MessageDigest.getInstance("SHA-256");
    }

    private static MessageDigest cloneable() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.clone();
            return d;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            return null; // sha256Hex reports a missing SHA-256 when it is asked
        }
    }
}
