package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** The lexemes kept across documents: shared, and the same values as made afresh. Invented sentences. */
class LexemeCacheTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    private static List<Token> tokens(String text) {
        return new Tokenizer(text, LEXICON).tokenize(new Span(0, text.length()));
    }

    @Test
    void aWordOfAnEarlierDocumentIsNotMadeAgain() {
        Token first = tokens("Workers protested.").get(1);
        Token later = tokens("Nurses protested too.").get(1);
        assertThat(later.lexeme()).isSameAs(first.lexeme());
    }

    @Test
    void everyFormFoundAgainIsTheLexemeMadeAfresh() {
        // more distinct forms than the cache has slots: some evict others, none is answered wrong
        LexemeCache cache = new LexemeCache(LEXICON.words());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            sb.append("protest").append(Integer.toString(i, 36)).append(' ');
        }
        sb.append("Protesters protested , protested \u2014 %");
        char[] text = sb.toString().toCharArray();
        for (int round = 0; round < 2; round++) {
            int start = 0;
            for (int i = 0; i <= text.length; i++) {
                if (i == text.length || text[i] == ' ') {
                    if (i > start) {
                        String surface = new String(text, start, i - start);
                        boolean word = Character.isLetterOrDigit(surface.codePointAt(0));
                        Lexeme expected = word ? Lexeme.word(surface, LEXICON.words()) : Lexeme.punctuation(surface, LEXICON.words());
                        assertThat(cache.get(text, start, i, word)).isEqualTo(expected);
                    }
                    start = i + 1;
                }
            }
        }
    }

    @Test
    void asciiPunctuationIsMadeUpFront() {
        LexemeCache cache = new LexemeCache(LEXICON.words());
        assertThat(cache.punctuation('%')).isEqualTo(Lexeme.punctuation("%", LEXICON.words()));
        assertThat(cache.punctuation('"').is(Lexeme.QUOTE)).isTrue();
        assertThat(cache.punctuation('-').is(Lexeme.CLAUSE_BREAK)).isFalse();
    }
}
