package org.attest.app.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The kinds of input {@code attest ingest} reads, told by file name first and by the first
 * bytes when the name says nothing.
 */
public enum InputKind {
    /** One HTML or plain-text report. */
    DOCUMENT,
    /** A WARC file, plain or gzip-compressed. */
    WARC,
    /** An RSS, RDF or Atom feed. */
    FEED,
    /** JSON Lines, one document per line. */
    JSONL,
    /** An XML file that is not a feed: skipped inside directories. */
    OTHER_XML,
    /** A file whose name no reader claims: skipped inside directories. */
    UNKNOWN;

    private static final int SNIFF_BYTES = 4096;

    /** The kind a file's name announces, without reading it; {@link #UNKNOWN} when it announces none. */
    public static InputKind byName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return WARC;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return FEED;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".xml")) {
            return OTHER_XML; // a feed only if its content says so
        }
        if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return DOCUMENT;
        }
        return UNKNOWN;
    }

    /**
     * The kind of a file: by name, then (for {@code .xml} and unknown names) by content. A file
     * given by name that nothing else claims is read as a document, so that its fault is told.
     */
    public static InputKind of(Path file) {
        InputKind byName = byName(file);
        if (byName != OTHER_XML && byName != UNKNOWN) {
            return byName;
        }
        byte[] head = head(file);
        if (FeedInput.looksLikeFeed(head)) {
            return FEED;
        }
        if (byName == OTHER_XML) {
            return OTHER_XML;
        }
        if (startsWithWarc(head) || isGzip(head) && startsWithWarc(gunzipHead(file))) {
            return WARC;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("{\"") && text.contains("\"text\"") || text.contains("\"html\"") && text.startsWith("{")) {
            return JSONL;
        }
        return UNKNOWN;
    }

    private static boolean startsWithWarc(byte[] b) {
        return b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("WARC/");
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return new byte[0]; // the reader reports why it cannot be read
        }
    }

    private static byte[] gunzipHead(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(16);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
