package org.attest.app.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.attest.AttestException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}): every {@code response} record with
 * status 200 and an HTML or plain-text payload is one document, located at its target URI.
 * Other records (requests, metadata, redirects, images) are skipped silently. A record that
 * cannot be read is one failure naming the file, the record's number and offset and the
 * reason; reading resumes at the next record found after it, so one broken record costs only
 * itself.
 */
final class WarcInput {
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final int MAX_REASON = 160;

    private final long maxBytes;

    WarcInput(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every record of the file; throws only when the file cannot be opened at all. */
    void read(Path file, SourceSink sink) throws AttestException {
        String where = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(channel)) {
            reader.setLenient(true);
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            int number = 0;
            long lastOffset = -1; // where the last record returned starts
            long quietAt = -1;    // an offset already reported, or a false start found by resync
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                    long at = reader.position();
                    if (at != quietAt) {
                        // failing while finishing the last record is that record's failure
                        int n = at == lastOffset ? number : ++number;
                        sink.failed(where + ": record " + n + " at offset " + at + ": " + reason(e));
                    }
                    long resume = nextRecordStart(channel, at + 1, gzip);
                    if (resume < 0) {
                        break;
                    }
                    reader.position(resume);
                    quietAt = resume;
                    lastOffset = -1;
                    continue;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                lastOffset = reader.position();
                quietAt = -1;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        handle(where, number, lastOffset, response, sink);
                    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                        sink.failed(where + ": record " + number + " at offset " + lastOffset + ": " + reason(e));
                        quietAt = lastOffset;
                    }
                }
            }
            if (number == 0) {
                throw new AttestException(where + ": no WARC records");
            }
        } catch (IOException e) {
            throw new AttestException(where + ": cannot read WARC (" + reason(e) + ")", e);
        }
    }

    private void handle(String where, int number, long offset, WarcResponse response, SourceSink sink)
            throws IOException {
        if (!response.contentType().base().toString().equals("application/http")) {
            return; // dns:, gemini: and other non-HTTP captures
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !Payloads.isDocumentType(http.contentType().toString())) {
            return;
        }
        String record = where + ": record " + number + " at offset " + offset;
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = Payloads.readLimited(in, maxBytes);
        } catch (Payloads.TooLargeException e) {
            sink.failed(record + ": " + e.getMessage());
            return;
        }
        if (bytes.length == 0) {
            sink.failed(record + ": empty payload");
            return;
        }
        URI target;
        try {
            target = response.targetURI();
        } catch (IllegalArgumentException e) {
            sink.failed(record + ": bad target URI (" + response.target() + ")");
            return;
        }
        try {
            sink.accept(Payloads.source(record, target, http.contentType().toString(), bytes), Payloads.site(target));
        } catch (org.attest.AttestException e) {
            sink.failed(e.getMessage());
        }
    }

    /**
     * Where the next record starts at or after {@code from}: the next gzip member header in a
     * compressed file (each record is its own member), else the next {@code WARC/} at the start
     * of a line. -1 when there is none.
     */
    static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = from;
        byte[] prev = new byte[0];
        while (true) {
            buf.clear();
            int n = channel.read(buf, base);
            if (n <= 0) {
                return -1;
            }
            byte[] chunk = new byte[prev.length + n];
            System.arraycopy(prev, 0, chunk, 0, prev.length);
            System.arraycopy(buf.array(), 0, chunk, prev.length, n);
            long chunkStart = base - prev.length;
            for (int i = 0; i + 5 <= chunk.length; i++) {
                long at = chunkStart + i;
                if (at < from) {
                    continue;
                }
                if (gzip ? (chunk[i] & 0xFF) == 0x1F && (chunk[i + 1] & 0xFF) == 0x8B && chunk[i + 2] == 8
                        : startsWith(chunk, i, WARC_MAGIC) && (i == 0 ? at == 0 || at == from : chunk[i - 1] == '\n')) {
                    return at;
                }
            }
            int keep = Math.min(5, chunk.length);
            prev = java.util.Arrays.copyOfRange(chunk, chunk.length - keep, chunk.length);
            base += n;
        }
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        for (int j = 0; j < prefix.length; j++) {
            if (a[at + j] != prefix[j]) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String m = t.getMessage();
        String kind = t instanceof java.io.EOFException ? "truncated" : t.getClass().getSimpleName();
        String r = m == null || m.isBlank() ? kind : kind + ": " + m.replaceAll("\\s+", " ");
        // jwarc quotes the bytes around a parse error: enough to find it, not a screenful
        return r.length() > MAX_REASON ? r.substring(0, MAX_REASON - 3) + "..." : r;
    }
}
