package org.attest.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.AttestException;

/**
 * Turns raw bytes into text. UTF-8 is the default and is decoded strictly (malformed input is
 * an error, not replacement characters); a UTF-8 byte order mark is skipped; an HTML page that
 * declares another charset in a {@code <meta>} tag within its first bytes is decoded with it.
 */
public final class TextDecoder {
    /** Browsers look for the charset declaration in the first 1024 bytes; be a little generous. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{2,40})", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {}

    /**
     * Decodes a document.
     *
     * @param name      the document's name, for messages
     * @param bytes     the content
     * @param mediaType {@link MediaTypes#HTML} to honour a declared charset; anything else decodes UTF-8
     * @return the text, without a byte order mark
     * @throws AttestException naming the document when the bytes are not valid in the charset
     */
    public static String decode(String name, byte[] bytes, String mediaType) throws AttestException {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        Charset charset = StandardCharsets.UTF_8;
        if (offset == 0 && MediaTypes.HTML.equals(mediaType)) {
            charset = declaredCharset(bytes);
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's String decoding is several times faster than a CharsetDecoder; it replaces
            // malformed input with U+FFFD, so a text holding that char is decoded again strictly:
            // the strict decoder names the error, or returns the same text when the char was written
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new AttestException(name + ": invalid " + charset.name() + " text (" + e.getMessage() + ")", e);
        }
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The charset an HTML page declares in its head, or UTF-8 when it declares none we know. */
    static Charset declaredCharset(byte[] bytes) {
        int n = Math.min(bytes.length, PRESCAN_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        // as in the WHATWG encoding standard, Latin-1 labels mean windows-1252
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")) {
            label = "windows-1252";
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
