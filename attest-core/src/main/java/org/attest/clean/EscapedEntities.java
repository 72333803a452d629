package org.attest.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character references a publishing system escaped twice, so that the parsed page still shows
 * them as text ("&amp;#151; --" is read as "&#151; --"). They are decoded once more: numeric
 * references, with 128 to 159 read as Windows-1252 (the code page such pages were written in:
 * 151 is an em dash), and the five names HTML escaping produces, plus {@code nbsp}. A reference
 * that names nothing printable stays as it is.
 */
final class EscapedEntities {
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#(\\d{2,7})|#[xX]([0-9a-fA-F]{2,6})|(amp|quot|apos|lt|gt|nbsp));");
    /** Windows-1252 characters for code points 128 to 159; 0 where the code page has none. */
    private static final char[] CP1252 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    private EscapedEntities() {}

    /** The text with escaped references decoded; the same string when it holds none. */
    static String decode(String s) {
        if (s.indexOf('&') < 0 || s.indexOf(';') < 0) {
            return s;
        }
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String replacement = replacement(m);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start()).append(replacement);
            last = m.end();
        }
        return out == null ? s : out.append(s, last, s.length()).toString();
    }

    private static String replacement(Matcher m) {
        if (m.group(3) != null) {
            return switch (m.group(3)) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> "\u00A0";
            };
        }
        int cp;
        try {
            cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp >= 128 && cp <= 159) {
            char c = CP1252[cp - 128];
            return c == 0 ? null : String.valueOf(c);
        }
        if (cp < 32 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return null;
        }
        return new String(Character.toChars(cp));
    }
}
