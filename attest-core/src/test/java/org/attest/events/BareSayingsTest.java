package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round stmt220 (7 December 2026; invented sentences and names): a body's undated "said" or "says"
 * with no medium and no quoted words only sources what it tells; the same body dated, given out in
 * writing or on a platform, or quoted, makes a statement; a person in office speaks as news even
 * undated; a pronoun going on for a speaker named before reads as a body does. Also: a passive
 * "announced" and an urging or criticism kept up over time are no statement of a day.
 */
class BareSayingsTest {

    @Test
    void aBodysBareSayingOnlySources() {
        assertThat(types("The dockers' union said it would poll its members before any decision.")).isEmpty();
        assertThat(types("The coastal guard said eleven boats had returned to the harbour.")).isEmpty();
        assertThat(types("The Marlow Relief Fund says about 900 families have left the valley.")).isEmpty();
    }

    @Test
    void aBodyDatedInWritingOrQuotedMakesAStatement() {
        assertThat(types("The dockers' union said on Monday it would consult its members.")).containsExactly("statement");
        assertThat(types("The river authority said in an email that the dam was safe.")).containsExactly("statement");
        assertThat(types("The harbour board said on X that the quays would stay shut.")).containsExactly("statement");
        assertThat(types("The dockers' union said the offer was \"an insult to every crane driver\".")).containsExactly("statement");
        assertThat(types("The dockers' union on Friday said it would consult its members.")).containsExactly("statement");
    }

    @Test
    void aPersonInOfficeSpeaksAsNewsEvenUndated() {
        assertThat(types("Deputy Mayor Ana Kovic said the bridge would reopen.")).containsExactly("statement");
        assertThat(types("A spokesman for the harbour board said the cranes would be checked.")).isEmpty(); // unnamed: SpeakerPass
    }

    @Test
    void aPronounGoingOnForAnOfficialSourcesUnlessDatedOrGivenOut() {
        String lead = "The harbour director, Ilse Marten, spoke on Tuesday at the quay. ";
        assertThat(DatedReports.datesOf(DatedReports.events(lead + "She said the board had counted nine stoppages.\n", "2026-05-14"),
                "statement")).isEmpty();
        assertThat(DatedReports.datesOf(DatedReports.events(lead + "She said in her address that the board had counted nine stoppages.\n",
                "2026-05-14"), "statement")).isNotEmpty();
    }

    @Test
    void aSpeakerOnAPlatformWithQuotedWordsStaysAStatement() {
        // PersonalRemarks: a medium dates the words as a day does
        assertThat(types("Trade Minister Tomas Berko said on X that \"the inquiry starts today\".")).containsExactly("statement");
        assertThat(types("Trade Minister Tomas Berko said that \"the inquiry starts today\".")).isEmpty();
    }

    @Test
    void aPassiveAnnouncedTellsWhatWasMadeKnown() {
        assertThat(types("None of the closures was announced by the ministry.")).isEmpty();
        assertThat(types("New fares have been announced for the ferry line.")).isEmpty();
        assertThat(types("The ministry announced new fares for the ferry line.")).containsExactly("statement");
    }

    @Test
    void anUrgingKeptUpOverTimeIsARecord() {
        assertThat(types("Aid groups have repeatedly urged the port to reopen.")).isEmpty();
        assertThat(types("Rights groups have long criticised the emergency decree.")).isEmpty();
        List<String> once = types("Aid groups urged the port on Monday to reopen.");
        assertThat(once).containsExactly("statement");
    }
}
