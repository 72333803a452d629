package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * "The protests" right after "during" or "amid", following an arrest or a killing, are the known
 * scene of that act, whether or not the report told them (ToldSettings.knownSetting): the act is
 * the news. Invented sentences.
 */
class KnownScenesTest {

    @Test
    void anArrestDuringTheProtestsIsTheArrestAlone() {
        String s = "Her younger brother was arrested in March during the protests.";
        Document d = doc().published("2026-06-02").paragraph("A nurse from Dorvik has been held without charge for ten weeks, her family said.")
                .paragraph(s).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
        assertThat(sentencesOf(d, "protest")).doesNotContain(s);
    }

    @Test
    void aProtestWithAClauseOfItsOwnStays() {
        String s = "Three students were arrested during the protests that began in Pellan in March.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }

    @Test
    void anArrestDuringAProtestStillTellsIt() {
        String s = "Three students were arrested during a protest outside the governor's office in Pellan on Monday.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
