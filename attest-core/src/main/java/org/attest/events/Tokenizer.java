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
 * <p>One instance per document run, not shared: it remembers the {@link Lexeme} of every distinct
 * surface it has met, so a word that recurs in the document is lower-cased, stemmed and looked up
 * in the lexicon only the first time.
 */
final class Tokenizer {
    private final char[] text;
    private final EventLexicon lexicon;
    private final LexemeTable seen;

    Tokenizer(String text, EventLexicon lexicon) {
        this.text = text.toCharArray();
        this.lexicon = lexicon;
        this.seen = new LexemeTable(text.length() / 16); // about one new form in three words
    }

    /** Tokens of the text within {@code span}; empty for an empty span. */
    List<Token> tokenize(Span span) {
        List<Token> out = new ArrayList<>(Math.max(4, span.length() / 5));
        int i = span.start();
        int end = Math.min(span.end(), text.length);
        while (i < end) {
            int cp = Character.codePointAt(text, i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean tagged = (cp == '#' || cp == '@') && i + 1 < end
                    && Character.isLetterOrDigit(Character.codePointAt(text, i + 1));
            if (tagged || Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                while (i < end) {
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
                out.add(new Token(lexeme(start, i, true), start, i));
            } else {
                i += Character.charCount(cp);
                out.add(new Token(lexeme(start, i, false), start, i));
            }
        }
        return out;
    }

    private Lexeme lexeme(int start, int end, boolean word) {
        int hash = LexemeTable.hash(text, start, end);
        Lexeme l = seen.get(text, start, end, hash);
        if (l == null) {
            String surface = new String(text, start, end - start);
            l = word ? Lexeme.word(surface, lexicon) : Lexeme.punctuation(surface);
            seen.add(l, hash);
        }
        return l;
    }
}
