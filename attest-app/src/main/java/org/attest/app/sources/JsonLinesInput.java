package org.attest.app.sources;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.attest.AttestException;
import org.attest.ingest.MediaTypes;
import org.attest.model.Source;

/**
 * Reads a JSON Lines file: each non-blank line is an object with {@code text} or {@code html}
 * and optionally {@code url}, {@code title} and {@code published} (an ISO date or date-time).
 * A bad line (not JSON, not valid UTF-8, no text, a bad field, over the size limit) is one
 * failure naming the file and line number; the other lines go on. Lines are read as a stream,
 * so a long line costs its own length once and a line over the limit is skipped without being
 * held in memory.
 */
final class JsonLinesInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxLineBytes;

    JsonLinesInput(long maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    void read(Path file, String site, SourceSink sink) throws AttestException {
        String where = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int number = 0;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                line.reset();
                long length = readLine(in, line);
                if (length < 0) {
                    break;
                }
                number++;
                String at = where + ": line " + number;
                if (length > maxLineBytes) {
                    sink.failed(at + ": too large (" + length + " bytes, limit " + maxLineBytes + ")");
                    continue;
                }
                try {
                    Source s = record(file, number, line.toByteArray());
                    if (s != null) {
                        sink.accept(s, recordSite(s, site));
                    }
                } catch (AttestException e) {
                    sink.failed(at + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new AttestException(where + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads bytes up to a line feed into {@code out}, keeping at most one byte more than the
     * limit; returns the line's full length without the line feed, or -1 at the end.
     */
    private long readLine(InputStream in, ByteArrayOutputStream out) throws IOException {
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return -1;
        }
        while (b >= 0 && b != '\n') {
            if (length <= maxLineBytes) {
                out.write(b);
            }
            length++;
            b = in.read();
        }
        return length;
    }

    /** The source for one line, or null for a blank line. */
    private static Source record(Path file, int number, byte[] bytes) throws AttestException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AttestException("invalid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AttestException("not JSON (" + FeedInput.oneLine(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new AttestException("not a JSON object");
        }
        String body = string(node, "text");
        String html = string(node, "html");
        String title = string(node, "title");
        String published = string(node, "published");
        String url = string(node, "url");
        if ((body == null || body.isBlank()) && (html == null || html.isBlank())) {
            throw new AttestException("no \"text\" or \"html\"");
        }
        if (published != null) {
            checkDate(published);
        }
        URI uri = url == null ? null : uri(url);
        String location = uri != null ? uri.toString() : "file:" + file + "#line=" + number;
        String name = uri != null ? Payloads.name(uri) : file.getFileName() + ":" + number;
        if (html != null && !html.isBlank()) {
            byte[] page = title == null && published == null ? html.getBytes(StandardCharsets.UTF_8)
                    : EntryPage.fromHtml(html, title, published);
            return new Source(name, location, page, MediaTypes.HTML);
        }
        if (title == null && published == null) {
            return new Source(name, location, body.getBytes(StandardCharsets.UTF_8), MediaTypes.PLAIN);
        }
        return new Source(name, location, EntryPage.fromText(body, title, published), MediaTypes.HTML);
    }

    private static String recordSite(Source s, String fallback) {
        if (s.location().startsWith("file:")) {
            return fallback;
        }
        return Payloads.site(URI.create(s.location()));
    }

    private static String string(JsonNode node, String field) throws AttestException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new AttestException("\"" + field + "\" is not a string");
        }
        return v.asText();
    }

    private static void checkDate(String published) throws AttestException {
        String p = published.strip();
        try {
            if (p.length() <= 10) {
                LocalDate.parse(p);
            } else {
                OffsetDateTime.parse(p);
            }
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(p);
            } catch (DateTimeParseException e2) {
                throw new AttestException("\"published\" is not an ISO date (" + p + ")");
            }
        }
    }

    private static URI uri(String url) throws AttestException {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || u.getHost() == null) {
                throw new AttestException("\"url\" is not an http(s) URL (" + url + ")");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new AttestException("\"url\" is not a URL (" + url + ")");
        }
    }
}
