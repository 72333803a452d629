package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Splits a span of text into {@link Token}s in one left-to-right pass. Words keep inner
 * apostrophes and hyphens ("Iran's", "anti-government", "sit-in"); a leading '#' or '@' makes a
 * hashtag or handle; every other non-space character is a token of its own. Offsets are
 * document offsets.
 */
final class Tokenizer {
    private Tokenizer() {}

    /** Tokens of {@code text} within {@code span}; empty for an empty span. */
    static List<Token> tokenize(String text, Span span) {
        List<Token> out = new ArrayList<>(Math.max(4, span.length() / 5));
        int i = span.start();
        int end = Math.min(span.end(), text.length());
        while (i < end) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean tagged = (cp == '#' || cp == '@') && i + 1 < end && Character.isLetterOrDigit(text.codePointAt(i + 1));
            if (tagged || Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                while (i < end) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        i += Character.charCount(c);
                    } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '_') && i + 1 < end
                            && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String s = text.substring(start, i);
                out.add(new Token(s, Normalizer.lower(s), Normalizer.stem(s), start, i, true));
            } else {
                i += Character.charCount(cp);
                String s = text.substring(start, i);
                out.add(new Token(s, s, s, start, i, false));
            }
        }
        return out;
    }
}
