package org.attest.app.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.AttestException;
import org.attest.ingest.MediaTypes;
import org.attest.model.Source;

/**
 * Turns a web payload (from a WARC record or an HTTP response) into a {@link Source}: checks
 * its media type, applies the charset its Content-Type declares, and names it after its URL.
 */
final class Payloads {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_:.\\-]{2,40})");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Payloads() {}

    /** The media type without parameters, lower case; "" for none. */
    static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** True for the types the cleaner reads: HTML, XHTML and plain text. */
    static boolean isDocumentType(String contentType) {
        String base = baseType(contentType);
        return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain");
    }

    /**
     * A source for a web payload.
     *
     * @param where       the input and record, for messages
     * @param uri         the URL the payload was served at
     * @param contentType the Content-Type header, or null
     * @param bytes       the payload, Content-Encoding already decoded
     * @throws AttestException when the declared charset does not decode the bytes
     */
    static Source source(String where, URI uri, String contentType, byte[] bytes) throws AttestException {
        String base = baseType(contentType);
        String mediaType = base.equals("text/plain") ? MediaTypes.PLAIN : MediaTypes.HTML;
        if (base.equals("text/plain") && MediaTypes.looksLikeHtml(bytes)) {
            mediaType = MediaTypes.HTML; // servers label saved pages text/plain often enough
        }
        return new Source(name(uri), uri.toString(), transcode(where, contentType, bytes), mediaType);
    }

    /**
     * The HTTP charset wins over a {@code <meta>} declaration (as in browsers): a payload in
     * another charset is re-encoded as UTF-8 behind a byte order mark, which the decoder
     * honours before any {@code <meta>}. UTF-8 or undeclared payloads are kept as they are.
     */
    static byte[] transcode(String where, String contentType, byte[] bytes) throws AttestException {
        if (contentType == null) {
            return bytes;
        }
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return bytes;
        }
        Charset cs;
        try {
            cs = Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return bytes; // an unknown label: let the page's own declaration or UTF-8 decide
        }
        if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
            return bytes;
        }
        if (cs.equals(StandardCharsets.ISO_8859_1)) {
            cs = Charset.forName("windows-1252"); // WHATWG: Latin-1 labels mean windows-1252
        }
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[UTF8_BOM.length + utf8.length];
            System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
            System.arraycopy(utf8, 0, out, UTF8_BOM.length, utf8.length);
            return out;
        } catch (CharacterCodingException e) {
            throw new AttestException(where + ": invalid " + cs.name() + " text (" + e.getMessage() + ")", e);
        }
    }

    /** A short name for a URL: its last path segment, else its host, else the whole URL. */
    static String name(URI uri) {
        String path = uri.getPath();
        if (path != null) {
            String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String last = p.substring(p.lastIndexOf('/') + 1);
            if (!last.isEmpty()) {
                return last;
            }
        }
        return uri.getHost() != null ? uri.getHost() : uri.toString();
    }

    /** The host of a URL, for grouping; null when it has none. */
    static String site(URI uri) {
        return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stream up to a limit.
     *
     * @throws TooLargeException when it holds more than {@code maxBytes}
     */
    static byte[] readLimited(InputStream in, long maxBytes) throws IOException, TooLargeException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A payload over the size limit. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("too large (over " + limit + " bytes)");
        }
    }
}
