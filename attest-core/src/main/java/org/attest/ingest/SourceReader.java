package org.attest.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attest.AttestException;
import org.attest.internal.Validate;
import org.attest.model.Source;

/**
 * Reads a file into a {@link Source}, refusing what cannot be a text document: a missing
 * file, a directory, an empty file, a file over the size limit, binary content, bytes that are
 * not valid text in their charset. Each refusal is an {@link AttestException} whose one-line
 * message names the file and the reason.
 */
public final class SourceReader {
    /** The default size limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** How many leading bytes are checked for binary content. */
    private static final int BINARY_SNIFF_BYTES = 8192;
    /** Share of control bytes above which content is taken to be binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** The prefix of a file's location. */
    private static final String FILE = "file:";

    private final long maxBytes;

    /** A reader with the default limit of {@link #DEFAULT_MAX_BYTES}. */
    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes} (must be positive). */
    public SourceReader(long maxBytes) {
        Validate.isTrue(maxBytes > 0, "maxBytes must be positive, was %d", maxBytes);
        this.maxBytes = maxBytes;
    }

    /**
     * Reads one file.
     *
     * @param file the file; not null
     * @return a source named after the file, located at {@code "file:" + file}, with its media
     *         type ({@code text/html} or {@code text/plain}) detected
     * @throws AttestException when the file cannot be read or is not a text document
     */
    public Source read(Path file) throws AttestException {
        return decodable(readUndecoded(file));
    }

    /**
     * Reads one file as {@link #read} does, but neither detects its media type nor decodes it:
     * for a caller that may skip the document from its bytes' SHA-256 alone, as decoding costs
     * more than reading and hashing. Pass the source to {@link #decodable} before using it.
     *
     * @return a source as {@link #read} returns it, with a {@code null} media type
     * @throws AttestException when the file cannot be read, is empty, too large or binary
     */
    public Source readUndecoded(Path file) throws AttestException {
        Validate.notNull(file, "file");
        String where = file.toString();
        if (Files.isDirectory(file)) {
            throw new AttestException(where + ": is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new AttestException(where + ": no such file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new AttestException(where + ": file too large (" + size + " bytes, limit " + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AttestException(where + ": no such file", e);
        } catch (IOException e) {
            throw new AttestException(where + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (bytes.length > maxBytes) {
            // the file grew between the size check and the read
            throw new AttestException(where + ": file too large (" + bytes.length + " bytes, limit " + maxBytes + ")");
        }
        if (bytes.length == 0) {
            throw new AttestException(where + ": empty file");
        }
        if (isBinary(bytes)) {
            throw new AttestException(where + ": binary content, not text");
        }
        Path fileName = file.getFileName();
        String name = fileName == null ? where : fileName.toString();
        return new Source(name, FILE + where, bytes, null);
    }

    /**
     * A source of {@link #readUndecoded} with its media type detected, once its bytes are known
     * to be valid text in their charset: what {@link #read} returns for the file.
     *
     * @throws AttestException naming the file when its bytes are not valid text
     */
    public static Source decodable(Source undecoded) throws AttestException {
        Validate.notNull(undecoded, "undecoded");
        String location = undecoded.location();
        String where = location.startsWith(FILE) ? location.substring(FILE.length()) : location;
        String mediaType = MediaTypes.detect(undecoded.name(), undecoded.bytes());
        // decoding here makes a bad file fail at ingest, with its name, not later in the pipeline
        TextDecoder.decode(where, undecoded.bytes(), mediaType);
        return new Source(undecoded.name(), location, undecoded.bytes(), mediaType);
    }

    /**
     * True when the leading bytes hold a NUL or more than a small share of control bytes other
     * than tab, line feed, carriage return and form feed. Bytes of multi-byte UTF-8 sequences are
     * never control bytes, so Persian or Arabic text passes.
     */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }
}
