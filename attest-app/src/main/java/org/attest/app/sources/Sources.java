package org.attest.app.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.attest.ingest.SourceReader;
import org.attest.internal.Validate;

/**
 * Every kind of input {@code attest ingest} reads, behind one call: HTML and text files, WARC
 * files, RSS and Atom feeds, JSON Lines, and {@code http(s)://} URLs. Directories are walked
 * for the kinds known by name (and {@code .xml} files that are feeds). Each input yields
 * documents and failures to a {@link SourceSink}; nothing an input contains stops the batch.
 */
public final class Sources {
    /** The size limit of a document, a feed file or a JSON line: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = SourceReader.DEFAULT_MAX_BYTES;
    /** Connection and response timeout of a fetch. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final long maxBytes;
    private final SourceReader files;
    private final WarcInput warc;
    private final JsonLinesInput jsonl;
    private final WebFetcher web;

    /**
     * @param allowPrivate fetch URLs whose host is private, loopback or link-local
     * @param maxBytes     size limit of one document (and of a feed file, a JSON line)
     * @param timeout      connect and response timeout of a fetch
     */
    public Sources(boolean allowPrivate, long maxBytes, Duration timeout) {
        Validate.isTrue(maxBytes > 0, "maxBytes must be positive, was %d", maxBytes);
        Validate.notNull(timeout, "timeout");
        this.maxBytes = maxBytes;
        this.files = new SourceReader(maxBytes);
        this.warc = new WarcInput(maxBytes);
        this.jsonl = new JsonLinesInput(maxBytes);
        this.web = new WebFetcher(allowPrivate, maxBytes, timeout);
    }

    /**
     * The inputs the arguments stand for: a URL or a file for itself (whatever its name, so
     * that a bad one is reported), a directory for the supported files below it, in name order.
     */
    public static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p = WebFetcher.isUrl(a) ? null : Path.of(a);
            if (p != null && Files.isDirectory(p)) {
                try {
                    DirectoryFiles.below(p).stream().filter(Sources::wanted).forEach(f -> out.add(f.toString()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(a); // reported when it is read
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean wanted(Path p) {
        String n = p.getFileName().toString();
        if (n.equalsIgnoreCase("readme.txt") || n.startsWith(".")) {
            return false;
        }
        InputKind k = InputKind.byName(p);
        return k == InputKind.OTHER_XML ? InputKind.of(p) == InputKind.FEED : k != InputKind.UNKNOWN;
    }

    /**
     * Reads one input: every document it holds goes to {@code sink.accept}, every part that
     * cannot be read to {@code sink.failed}. Never throws for bad input.
     */
    public void read(String input, SourceSink sink) {
        try {
            if (WebFetcher.isUrl(input)) {
                web.fetch(input, sink);
                return;
            }
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                sink.accept(files.read(file), null); // SourceReader tells missing from directory
                return;
            }
            String site = folder(file);
            switch (InputKind.of(file)) {
                case WARC -> warc.read(file, sink);
                case FEED -> FeedInput.read(input, "file:" + input, site, readWhole(file), sink);
                case JSONL -> jsonl.read(file, site, sink);
                case OTHER_XML -> throw new AttestException(input + ": XML that is not an RSS or Atom feed");
                // decoded by the sink, once it knows it does not already hold these bytes
                default -> sink.acceptUndecoded(files.readUndecoded(file), site);
            }
        } catch (AttestException e) {
            sink.failed(e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            sink.failed(input + ": not a file name or http(s) URL");
        }
    }

    private byte[] readWhole(Path file) throws AttestException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new AttestException(file + ": file too large (" + size + " bytes, limit " + maxBytes + ")");
            }
            byte[] b = Files.readAllBytes(file);
            if (b.length == 0) {
                throw new AttestException(file + ": empty file");
            }
            return b;
        } catch (IOException e) {
            throw new AttestException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** The publisher a file stands for: the folder it was found in. */
    static String folder(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
