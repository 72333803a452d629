package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Tokens, their offsets, and the lexemes a document's tokens share. All sentences are invented. */
class TokenizerTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    private static List<Token> tokens(String text) {
        return new Tokenizer(text, LEXICON).tokenize(new Span(0, text.length()));
    }

    private static List<String> surfaces(List<Token> tokens) {
        return tokens.stream().map(Token::surface).toList();
    }

    @Test
    void wordsKeepInnerApostrophesAndHyphensAndPunctuationStandsAlone() {
        List<Token> t = tokens("Tehran\u2019s sit-in, #FreeThem @user_1 \u201cnow\u201d\u2014ok.");
        assertThat(surfaces(t)).containsExactly("Tehran\u2019s", "sit-in", ",", "#FreeThem", "@user_1",
                "\u201c", "now", "\u201d", "\u2014", "ok", ".");
        assertThat(t.get(1).start()).isEqualTo(9);
        assertThat(t.get(1).end()).isEqualTo(15);
        assertThat(t.get(0).lower()).isEqualTo("tehran's");
        assertThat(t.get(3).stem()).isEqualTo(Normalizer.HASHTAG);
    }

    @Test
    void nonLatinLettersAndMarksMakeWordsToo() {
        assertThat(surfaces(tokens("\u062a\u0647\u0631\u0627\u0646 \u06f1\u06f4\u06f0\u06f2 caf\u00e9!")))
                .containsExactly("\u062a\u0647\u0631\u0627\u0646", "\u06f1\u06f4\u06f0\u06f2", "caf\u00e9", "!");
    }

    @Test
    void aSpanIsTokenisedWithDocumentOffsets() {
        String text = "First part. Second part.";
        List<Token> t = new Tokenizer(text, LEXICON).tokenize(new Span(12, text.length()));
        assertThat(surfaces(t)).containsExactly("Second", "part", ".");
        assertThat(t.get(0).start()).isEqualTo(12);
    }

    @Test
    void aRecurringWordSharesOneLexemeAcrossSentencesOfTheDocument() {
        String text = "Workers protested. Nurses protested too. PROTESTED";
        Tokenizer tokenizer = new Tokenizer(text, LEXICON);
        Token first = tokenizer.tokenize(new Span(0, 18)).get(1);
        Token second = tokenizer.tokenize(new Span(19, 40)).get(1);
        Token shouted = tokenizer.tokenize(new Span(41, text.length())).get(0);
        assertThat(second.lexeme()).isSameAs(first.lexeme());
        assertThat(shouted.lexeme()).isNotSameAs(first.lexeme());
        assertThat(shouted.stem()).isEqualTo(first.stem());
    }

    @Test
    void manyDistinctWordsAreAllFoundAgainAfterTheTableGrows() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("word").append(i).append(' ');
        }
        String once = sb.toString();
        List<Token> t = tokens(once + once);
        assertThat(t).hasSize(6000);
        for (int i = 0; i < 3000; i++) {
            assertThat(t.get(3000 + i).lexeme()).isSameAs(t.get(i).lexeme());
            assertThat(t.get(i).surface()).isEqualTo("word" + i);
        }
    }

    @Test
    void lexemesCarryTheirShapeAndTheLexiconsWordLists() {
        List<Token> t = tokens("The NCRI said \u201cUnits\u201d protested, table-top.");
        Token the = t.get(0);
        Token ncri = t.get(1);
        Token said = t.get(2);
        Token quote = t.get(3);
        Token units = t.get(4);
        Token protested = t.get(6);
        Token comma = t.get(7);
        Token tableTop = t.get(8);
        assertThat(the.capitalised()).isTrue();
        assertThat(the.acronym()).isFalse();
        assertThat(ncri.acronym()).isTrue();
        assertThat(LEXICON.isReportingVerb(said)).isTrue();
        assertThat(LEXICON.isReportingVerb(protested)).isFalse();
        assertThat(quote.quote()).isTrue();
        assertThat(quote.word()).isFalse();
        assertThat(LEXICON.isOrgHead(units)).isTrue();
        assertThat(comma.clauseBreak()).isTrue();
        assertThat(protested.is(Lexeme.STARTS_TRIGGER)).isTrue();
        assertThat(protested.triggers()).anyMatch(tr -> tr.phrase().equals("protested"));
        assertThat(tableTop.is(Lexeme.STARTS_TRIGGER)).isFalse();
        assertThat(tableTop.triggers()).isEmpty();
    }

    @Test
    void anExactTriggerWordStartsOnlyItsOwnFormNotOthersOfItsStem() {
        List<Token> t = tokens("The uprising and the uprisings");
        Token uprising = t.get(1);
        Token uprisings = t.get(4);
        assertThat(uprisings.stem()).isEqualTo(uprising.stem());
        assertThat(uprising.triggers()).anyMatch(tr -> tr.phrase().equals("=uprising"));
        assertThat(uprisings.triggers()).noneMatch(tr -> tr.phrase().equals("=uprising"));
    }
}
