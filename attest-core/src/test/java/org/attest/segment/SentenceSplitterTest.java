package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void splitsPlainSentences() {
        assertThat(texts("Crowds gathered at noon. Police watched! Was anyone hurt? Nobody knows."))
                .containsExactly("Crowds gathered at noon.", "Police watched!", "Was anyone hurt?", "Nobody knows.");
    }

    @Test
    void survivesAbbreviationsInitialsAndDecimals() {
        assertThat(texts("Mr. Smith and Dr. Jones met Gen. Brown at No. 10 Main St. on Jan. 5 with J. R. Doe. "
                + "Prices rose 1.5 percent. The U.N. envoy spoke."))
                .containsExactly("Mr. Smith and Dr. Jones met Gen. Brown at No. 10 Main St. on Jan. 5 with J. R. Doe.",
                        "Prices rose 1.5 percent.", "The U.N. envoy spoke.");
    }

    @Test
    void abbreviationEndsSentenceBeforeACommonOpener() {
        assertThat(texts("The delegation flew to the U.S. The talks began on Monday."))
                .containsExactly("The delegation flew to the U.S.", "The talks began on Monday.");
        assertThat(texts("They met at 9 a.m. on Friday."))
                .containsExactly("They met at 9 a.m. on Friday.");
    }

    @Test
    void sentenceEndsAfterClosingQuote() {
        assertThat(texts("He said, \u201cWe will return.\u201d Then he left. She said \"No more.\" It ended."))
                .containsExactly("He said, \u201cWe will return.\u201d", "Then he left.", "She said \"No more.\"", "It ended.");
    }

    @Test
    void ellipsisEndsOnlyBeforeACapital() {
        assertThat(texts("They waited... and waited. Then... Nothing happened\u2026 At all."))
                .containsExactly("They waited... and waited.", "Then...", "Nothing happened\u2026", "At all.");
    }

    @Test
    void headingsAreTheirOwnPieces() {
        String text = "Strike spreads to ports\n\nWorkers walked out on Monday. More joined later.\n\nWhat comes next\n\nTalks resume.";
        List<Sentence> s = SPLITTER.split(text);
        assertThat(s).extracting(x -> x.span().of(text)).containsExactly("Strike spreads to ports",
                "Workers walked out on Monday.", "More joined later.", "What comes next", "Talks resume.");
        assertThat(s).extracting(Sentence::heading).containsExactly(true, false, false, true, false);
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 3);
    }

    @Test
    void shortUnpunctuatedLineInsideABlockIsAHeading() {
        String text = "Background\nThe dispute began in 2019 when wages were cut.";
        assertThat(texts(text)).containsExactly("Background", "The dispute began in 2019 when wages were cut.");
    }

    @Test
    void wrappedLinesJoinIntoOneSentence() {
        String text = "Thousands of teachers across the invented province stayed away from their\n"
                + "classrooms on Thursday, the union said.";
        assertThat(texts(text)).containsExactly(text);
    }

    @Test
    void neverCrossesABlankLine() {
        String text = "A sentence without an end\n\nanother block starting lower case.";
        List<Sentence> s = SPLITTER.split(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).span().of(text)).isEqualTo("A sentence without an end");
        assertThat(s.get(1).paragraph()).isEqualTo(1);
    }

    @Test
    void listItemsAreSeparatePieces() {
        String text = "Demands included:\n- higher wages\n- safer mines\n1. An end to arrests.\n2) Free unions";
        assertThat(texts(text)).containsExactly("Demands included:", "- higher wages", "- safer mines",
                "1. An end to arrests.", "2) Free unions");
    }

    @Test
    void lowerCaseAfterPeriodDoesNotSplit() {
        assertThat(texts("See example.com for more. the site was down.")).hasSize(1);
    }

    @Test
    void persianAndArabicPunctuation() {
        String text = "\u0627\u0639\u062a\u0635\u0627\u0628 \u0627\u062f\u0627\u0645\u0647 \u062f\u0627\u0631\u062f. "
                + "\u0686\u0631\u0627\u061f \u0647\u0645\u0647 \u0622\u0645\u062f\u0646\u062f.";
        assertThat(texts(text)).hasSize(3);
    }

    @Test
    void spansAreTrimmedOrderedAndInsideText() {
        String text = "  One.   Two.  \n\n  Three heading  \n  Four.  ";
        List<Sentence> s = SPLITTER.split(text);
        int last = 0;
        for (Sentence x : s) {
            String piece = x.span().of(text);
            assertThat(piece).isEqualTo(piece.strip()).isNotEmpty();
            assertThat(x.span().start()).isGreaterThanOrEqualTo(last);
            last = x.span().end();
        }
        assertThat(last).isLessThanOrEqualTo(text.length());
        assertThat(s).hasSize(4);
    }

    @Test
    void isAStageThatAddsSentences() {
        Document d = Document.of("d", "file:d", null, null, null, "en", "One. Two.", List.of());
        Document out = SPLITTER.apply(d);
        assertThat(SPLITTER.name()).isEqualTo("segment");
        assertThat(out.sentences()).hasSize(2);
        assertThat(out.text()).isSameAs(d.text());
        assertThat(SPLITTER.split("")).isEmpty();
    }

    /** Ten megabytes in one text: every sentence found, none merged or lost (speed is attest-bench's to measure). */
    @Test
    void splitsTenMegabytesSentenceBySentence() {
        String unit = "Mr. Brown said 2.5 percent of the U.S. staff joined. Police arrested 4 people.\n\n";
        int copies = 10_000_000 / unit.length() + 1;
        String text = unit.repeat(copies);
        List<Sentence> s = SPLITTER.split(text);
        assertThat(s).hasSize(2 * copies);
        Sentence last = s.get(s.size() - 1);
        assertThat(text.substring(last.span().start(), last.span().end())).isEqualTo("Police arrested 4 people.");
    }
}
