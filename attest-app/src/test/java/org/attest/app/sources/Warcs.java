package org.attest.app.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files for tests, record by record, the way crawlers do. */
public final class Warcs {
    private Warcs() {}

    /** A response record: an HTTP response with the given status, type and body. */
    public static byte[] response(String uri, int status, String contentType, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = concat(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), payload);
        return record("response", uri, "application/http; msgtype=response", http);
    }

    /** A record of any type with the given block. */
    public static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** A record whose header cannot be parsed. */
    public static byte[] brokenRecord() {
        return "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\nnot a header line\r\n\r\nxxxx\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Records one after the other, uncompressed. */
    public static byte[] plain(List<byte[]> records) {
        byte[] out = new byte[0];
        for (byte[] r : records) {
            out = concat(out, r);
        }
        return out;
    }

    /** Records each in its own gzip member, as in a .warc.gz. */
    public static byte[] gzip(List<byte[]> records) {
        byte[] out = new byte[0];
        for (byte[] r : records) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(b)) {
                z.write(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = concat(out, b.toByteArray());
        }
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
