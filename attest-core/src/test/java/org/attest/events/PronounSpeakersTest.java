package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round recall51 (invented sentences): an official named before who goes on in a sentence opening
 * "He said" / "She says" makes a statement of their own, dated as the paragraph that named them;
 * a relative or a witness named before, a quote the pronoun closes and "told me" stay sources.
 * Round stmt220: the pronoun's words must be dated, given out ("in her address") or quoted, as a
 * body's must ({@link BareSayings}); an undated bare "She said ..." only sources.
 */
class PronounSpeakersTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Port workers in Dalmora stopped work on Monday.\n\n" + text + "\n", "2026-05-14");
        return datesOf(events, "statement");
    }

    @Test
    void anOfficialGoesOnInASentenceOfTheirOwn() {
        assertThat(statements("The harbour authority's director, Ilse Marten, spoke on Tuesday at the quay. "
                + "She said in her address that the authority would review the pay scales.")).contains("2026-05-12");
    }

    @Test
    void theParagraphsDayDatesThePastTenseNotADayAhead() {
        assertThat(statements("The harbour authority's director, Ilse Marten, spoke on Tuesday at the quay. "
                + "She said in her address that the board would decide next week on the pay scales.")).containsExactly("2026-05-12");
    }

    @Test
    void aRelativeNamedBeforeOnlySources() {
        assertThat(statements("The mother of a dock worker waited outside the gate on Tuesday. "
                + "She said the company had cut his pay twice.")).isEmpty();
    }

    @Test
    void aQuoteThePronounClosesOnlySources() {
        assertThat(statements("The harbour authority's director spoke on Tuesday. "
                + "\"We will not cut a single post,\" she said.")).isEmpty();
    }

    @Test
    void aTellingToTheWriterIsPrivate() {
        assertThat(statements("The harbour authority's director spoke on Tuesday. "
                + "He told me the talks had failed.")).isEmpty();
    }

    @Test
    void aPresentSayingOpeningItsParagraphIsNoHabit() {
        assertThat(statements("The chairperson of the port board has begun her briefing.\n\n"
                + "She says in her briefing that the board has received 40 complaints from the crews.")).isNotEmpty();
    }

    @Test
    void aPassiveDeclaringLeavesTheSpeakerTheirWords() {
        assertThat(statements("The port authority's director opened the meeting on Tuesday. "
                + "He said in his address that the crews would be paid in full, and that the new rates will be declared after a review.")).hasSize(1);
    }
}
