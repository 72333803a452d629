package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Tokens and contexts: offsets, separators, opaque chunks, sentence cuts. */
class TokenizerTest {
    private static List<Token> tokens(String s) {
        return Tokenizer.tokenize(s, 0, s.length());
    }

    @Test
    void readsSeparatedDigitsAsOneNumber() {
        List<Token> t = tokens("about 130,000 and 2.5, then 3,4");
        assertThat(t).filteredOn(Token::isNumber).extracting(Token::number)
                .containsExactly(130000.0, 2.5, 3.0, 4.0);
        Token big = t.get(1);
        assertThat(big.start()).isEqualTo(6);
        assertThat(big.end()).isEqualTo(13);
        assertThat(big.plainDigits()).isFalse();
    }

    @Test
    void keepsHyphenatedWordsAndMarksAttachment() {
        List<Token> t = tokens("twenty-five anti-regime 40-year US$5");
        assertThat(t).extracting(Token::lower)
                .containsExactly("twenty-five", "anti-regime", "40", "-", "year", "us", "$", "5");
        assertThat(t.get(3).spaceBefore()).isFalse();
        assertThat(t.get(6).spaceBefore()).isFalse();
    }

    @Test
    void makesADottedDateOpaqueButNotADecimal() {
        List<Token> t = tokens("on 10.05.2024, 2.5 million");
        assertThat(t.get(1).kind()).isEqualTo(Token.Kind.OPAQUE);
        assertThat(t).filteredOn(Token::isNumber).extracting(Token::number).containsExactly(2.5);
    }

    @Test
    void splitsOddAndPlusOffANumberWord() {
        assertThat(tokens("forty-odd thirty-plus oddly")).extracting(Token::lower)
                .containsExactly("forty", "-", "odd", "thirty", "-", "plus", "oddly");
    }

    @Test
    void makesUrlsHashtagsHandlesAndTimesOpaque() {
        List<Token> t = tokens("see www.example.org/a/12, #Tag99 @user7 at 10:30.");
        assertThat(t).filteredOn(tok -> tok.kind() == Token.Kind.OPAQUE).hasSize(4);
        assertThat(t).noneMatch(Token::isNumber);
        assertThat(t.get(t.size() - 1).isSymbol('.')).isTrue();
    }

    @Test
    void contextsCutLinesAndSentencesButNotInitialsOrBeforeDigits() {
        String text = "First line here. Second one\nThe U.S. Senate met. Then 40 came. Art. 5 holds";
        Document doc = Document.of("t", "t", "", null, null, "en", text, List.of());
        assertThat(Contexts.of(doc)).extracting(s -> s.of(text))
                .containsExactly("First line here.", " Second one", "The U.S. Senate met.", " Then 40 came.",
                        " Art. 5 holds");
    }

    @Test
    void contextsFillGapsAroundGivenSentences() {
        String text = "Title 1\nBody text.";
        Document doc = Document.of("t", "t", "", null, null, "en", text, List.of())
                .withSentences(List.of(new org.attest.model.Sentence(new Span(8, 18), 1, false)));
        assertThat(Contexts.of(doc)).extracting(s -> s.of(text)).containsExactly("Title 1", "Body text.");
    }

    @Test
    void collapsesAllKindsOfSpace() {
        assertThat(Tokenizer.collapseSpaces("  a \u00a0 b\n\tc ")).isEqualTo("a b c");
    }

    @Test
    void collapsesSpacesOfARangeUpToALimit() {
        String s = "x  one \u00a0 two\tthree   four  ";
        assertThat(Tokenizer.collapseSpaces(s, 1, s.length(), Integer.MAX_VALUE)).isEqualTo("one two three four");
        assertThat(Tokenizer.collapseSpaces(s.substring(1))).isEqualTo("one two three four");
        // a cut prefix of the full answer, at least the limit long and ending in a non-space
        assertThat(Tokenizer.collapseSpaces(s, 1, s.length(), 5)).isEqualTo("one t");
        assertThat(Tokenizer.collapseSpaces(s, 1, s.length(), 3)).isEqualTo("one");
    }

    @Test
    void describesWhatALongContextCountsWithinTheCut() {
        String tail = "areas of the country " + "and more words ".repeat(20);
        String text = "  " + tail;
        String full = WhatBuilder.what("places", text, 0, text.length());
        assertThat(full).hasSizeLessThanOrEqualTo(WhatBuilder.MAX).startsWith("places areas of the country and more");
        assertThat(full).doesNotEndWith(" ");
    }
}
