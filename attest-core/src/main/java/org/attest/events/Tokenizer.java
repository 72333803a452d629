package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Splits spans of one document's text into {@link Token}s in one left-to-right pass. Words keep
 * inner apostrophes and hyphens ("Iran's", "anti-government", "sit-in"); a leading '#' or '@'
 * makes a hashtag or handle; every other non-space character is a token of its own. Offsets are
 * document offsets.
 *
 * <p>One instance per document run, not shared. The {@link Lexeme}s come from the lexicon's
 * {@link LexemeCache}, shared by every document, so a word met before, in this document or an
 * earlier one, is not lower-cased, stemmed and looked up in the lexicon again.
 */
final class Tokenizer {
    /** {@link #tokenize}'s class of an ASCII character. */
    private static final byte SPACE = 0;
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte OTHER = 2;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
                    : Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : OTHER;
        }
    }

    private final char[] text;
    private final LexemeCache lexemes;

    Tokenizer(String text, EventLexicon lexicon) {
        this.text = text.toCharArray();
        this.lexemes = lexicon.lexemes();
    }

    /**
     * Tokens of the text within {@code span}; empty for an empty span. ASCII characters take a
     * table lookup; the rest are classified by code point.
     */
    List<Token> tokenize(Span span) {
        List<Token> out = new ArrayList<>(Math.max(4, span.length() / 5));
        int i = span.start();
        int end = Math.min(span.end(), text.length);
        while (i < end) {
            char ch = text[i];
            if (ch < 0x80 && ASCII[ch] == SPACE) {
                i++;
                continue;
            }
            if (ch < 0x80 && ASCII[ch] == OTHER && !tagged(ch, i, end)) {
                out.add(new Token(lexemes.punctuation(ch), i, i + 1));
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            if (tagged(cp, i, end) || Character.isLetterOrDigit(cp)) {
                i = wordEnd(i + Character.charCount(cp), end);
                out.add(new Token(lexemes.get(text, start, i, true), start, i));
            } else {
                i += Character.charCount(cp);
                out.add(new Token(lexemes.get(text, start, i, false), start, i));
            }
        }
        return out;
    }

    /**
     * True when offset {@code at} has an ASCII space on one side: no token runs across it, and no
     * token before it looks past it, so the tokens of a span over it are those of its two halves.
     */
    boolean splitsAt(int at) {
        return at <= 0 || at >= text.length || space(text[at - 1]) || space(text[at]);
    }

    private static boolean space(char ch) {
        return ch < 0x80 && ASCII[ch] == SPACE;
    }

    /** True for a '#' or '@' that starts a hashtag or handle. */
    private boolean tagged(int cp, int i, int end) {
        return (cp == '#' || cp == '@') && i + 1 < end && Character.isLetterOrDigit(Character.codePointAt(text, i + 1));
    }

    /** The end of the word whose letters continue at {@code i}. */
    private int wordEnd(int i, int end) {
        while (i < end) {
            char ch = text[i];
            if (ch < 0x80 && ASCII[ch] == LETTER_OR_DIGIT) {
                i++;
                continue;
            }
            int c = Character.codePointAt(text, i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i += Character.charCount(c);
            } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '_') && i + 1 < end
                    && Character.isLetterOrDigit(Character.codePointAt(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
