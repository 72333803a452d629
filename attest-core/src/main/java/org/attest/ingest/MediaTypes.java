package org.attest.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells HTML from plain text, by file extension first and by the content when the extension
 * says nothing (Tika's order: a name hint, then magic). Only the two types the cleaner knows
 * are ever returned; anything else is treated as plain text.
 */
public final class MediaTypes {
    public static final String HTML = "text/html";
    public static final String PLAIN = "text/plain";

    /** How many leading bytes are sniffed for markup. */
    private static final int SNIFF_BYTES = 4096;

    private MediaTypes() {}

    /**
     * The media type of a file.
     *
     * @param fileName the file name (may be empty, never null)
     * @param bytes    the content
     * @return {@link #HTML} or {@link #PLAIN}, never null
     */
    public static String detect(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md")) {
            // a .txt file that is really a saved page still gets the HTML cleaner
            return looksLikeHtml(bytes) ? HTML : PLAIN;
        }
        return looksLikeHtml(bytes) ? HTML : PLAIN;
    }

    /** True when the first bytes, after blanks, BOM and comments, open an HTML document. */
    public static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        // ISO-8859-1 maps bytes 1:1 to chars, so markup is found whatever the real charset
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = 0;
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            i = 3;
        }
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        String start = head.substring(i);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<?xml") && start.contains("<html")) {
            return true;
        }
        if (start.startsWith("<!--") || start.startsWith("<")) {
            return start.contains("<html") || start.contains("<body") || start.contains("<p>")
                    || start.contains("<div");
        }
        return false;
    }
}
