package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The document's title is a heading even when it ends with a question mark or holds a full stop
 * between two headlines (held-out set beyond Iran, December 2026, ev19). Titles of our own.
 */
class TitleHeadingTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<Sentence> split(String title, String text) {
        return SPLITTER.apply(Document.of("d", "file:d", null, title, null, "en", text, List.of())).sentences();
    }

    @Test
    void aTitleThatAsksIsAHeading() {
        String title = "Dockers trend #PortsStandStill online, but why?";
        List<Sentence> s = split(title, title + "\n\nDockers walked out on Monday.");
        assertThat(s).extracting(Sentence::heading).containsExactly(true, false);
    }

    @Test
    void bothHeadlinesOfATitleAreHeadings() {
        String title = "Over 2 million march against the reform. Clashes in three cities, 20 held";
        List<Sentence> s = split(title, title + "\n\nMore than two million people marched on Thursday.");
        assertThat(s).extracting(Sentence::heading).containsExactly(true, true, false);
    }

    @Test
    void aFirstParagraphThatIsNoTitleKeepsItsSentences() {
        List<Sentence> s = split("Dockers strike", "Who walked out? The dockers did.\n\nThey walked out on Monday.");
        assertThat(s).extracting(Sentence::heading).containsExactly(false, false, false);
    }
}
