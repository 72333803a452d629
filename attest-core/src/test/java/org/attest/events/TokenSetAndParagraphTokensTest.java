package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** The token bits of {@link TokenSet} and the joined paragraph tokens answer as what they stand in for. */
class TokenSetAndParagraphTokensTest {
    private static final EventLexicon LEXICON = EventLexicon.load();

    @Test
    void aTokenSetAnswersAsItsListDoesForEveryToken() {
        String text = "As they marched, the Ministry of Interior & its officials said it was planning another "
                + "rally; Executions are on the rise, filming a VIDEO from the square could follow. The Mr Ali";
        List<Token> tokens = new Tokenizer(text, LEXICON).tokenize(new Span(0, text.length()));
        for (String name : WordSets.ON_TOKENS) {
            TokenSet set = TokenSet.named(name);
            for (Token t : tokens) {
                assertThat(set.has(t)).as(name + ": " + t).isEqualTo(set.contains(t.lower()));
            }
        }
        assertThat(TokenSet.named("name-connectors").has(tokens.get(8))).as(tokens.get(8).surface()).isTrue(); // "&"
    }

    @Test
    void aParagraphsTokensAreThoseOfItsWholeSpan() {
        String text = "Police detained 12. They said so.  Crowds gathered\tin Kessel. Next paragraph here.";
        List<Sentence> sentences = List.of(new Sentence(new Span(0, 19), 0, false), new Sentence(new Span(20, 33), 0, false),
                new Sentence(new Span(35, 61), 0, false), new Sentence(new Span(62, text.length()), 1, false));
        Tokenizer tokenizer = new Tokenizer(text, LEXICON);
        SentenceTokens joined = new SentenceTokens(sentences, text.length(), tokenizer, new TriggerPass());
        assertSame(joined.paragraph(0), tokenizer.tokenize(new Span(0, 61)));
        assertSame(joined.paragraph(3), tokenizer.tokenize(new Span(62, text.length())));
    }

    @Test
    void aSentenceCutInsideAWordLeavesTheParagraphTokenizedWhole() {
        String text = "The sit-in went on.";
        List<Sentence> sentences = List.of(new Sentence(new Span(0, 7), 0, false), new Sentence(new Span(7, text.length()), 0, false));
        Tokenizer tokenizer = new Tokenizer(text, LEXICON);
        List<Token> paragraph = new SentenceTokens(sentences, text.length(), tokenizer, new TriggerPass()).paragraph(0);
        assertSame(paragraph, tokenizer.tokenize(new Span(0, text.length())));
        assertThat(paragraph.get(1).surface()).isEqualTo("sit-in");
    }

    private static void assertSame(List<Token> actual, List<Token> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).start()).isEqualTo(expected.get(i).start());
            assertThat(actual.get(i).end()).isEqualTo(expected.get(i).end());
            assertThat(actual.get(i).lexeme()).isSameAs(expected.get(i).lexeme());
        }
    }
}
