package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page's note on its own earlier error tells no event; the facts it corrects are told elsewhere. Invented sentences. */
class CorrectionNotesTest {
    private static final String LEAD = "Police detained 40 dockers at the gates of the port on Monday, the union said.";

    @ParameterizedTest
    @ValueSource(strings = {
        "An earlier version of this page said that 40 dockers had been arrested in Velmar.",
        "An earlier update said that police had detained 300 people since the strike began.",
        "A previous version of this story said two protesters were killed on Monday.",
        "Correction: the march in Velmar took place on Sunday, not Saturday.",
        "This article has been amended to show that 12 people were arrested, not 21."})
    void aCorrectionNoteGivesNoEvent(String note) {
        Document d = doc().published("2026-03-02").title("Dockers strike in Velmar").paragraph(LEAD).paragraph(note).build();
        assertThat(TestDocs.events(d)).extracting(e -> d.text().substring(e.span().start(), e.span().end())).containsOnly(LEAD);
    }

    @Test
    void anEarlierReportOfAnotherOutletStillTellsItsEvent() {
        String s = "An earlier Reuters report said police had arrested 40 dockers in Velmar.";
        Document d = doc().published("2026-03-02").title("Dockers strike in Velmar").paragraph(s).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
    }
}
