package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events61 (invented sentences): a board speaks as a commission does; "on board" names no
 * board that speaks; a body that speaks again on a day of its own ("The commission said on
 * Monday ...") makes a new statement rather than pointing back to its earlier one.
 */
class BodySpeakersTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events(text + "\n", "2026-05-14");
        return datesOf(events, "statement");
    }

    @Test
    void aBoardSpeaks() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "The regional school board said on Tuesday that classes would resume next month."))
                .containsExactly("2026-05-12");
    }

    @Test
    void onBoardNamesNoSpeaker() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "Not every dock hand is on board. \"It costs me a week's pay,\" said Tomas Reyl, 54. "
                + "He said he would work the night shift anyway.")).isEmpty();
    }

    @Test
    void aBodySpeakingAgainOnItsOwnDayIsANewStatement() {
        List<Event> events = DatedReports.events("Voting in Dalmora closed on Sunday.\n\n"
                + "The electoral commission said that counting had finished in every district.\n\n"
                + "The commission said on Wednesday that it had received 300 complaints about the count.\n", "2026-05-13");
        assertThat(datesOf(events, "statement")).containsExactly("2026-05-10", "2026-05-13"); // the lead's day, then its own
    }

    @Test
    void aTeamOfAnOfficeSpeaks() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "The army's press team said on Tuesday that no soldier had entered the port."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aDayBetweenTheSpeakerAndTheVerbLeavesTheSpeaker() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "Harbour Watch, an alliance of dockers' unions, on Tuesday demanded the reinstatement of the sacked crews."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aSpeechVerbAfterButHasTheFirstVerbsSpeaker() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "The Dalmora Workers Federation praised the settlement on Tuesday but said the pay rise came too late."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aBodyNamedByItsMembersSpeaks() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "An association of harbour pilots said on Tuesday that the strike had left 40 ships waiting."))
                .containsExactly("2026-05-12");
    }

    @Test
    void membersAloneOnlySource() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "Harbour pilots said on Tuesday that the strike had left 40 ships waiting.")).isEmpty();
    }

    @Test
    void observersOfANamedBodySpeakForIt() {
        assertThat(statements("Voting in Dalmora closed on Sunday.\n\n"
                + "Coastal Union observers said in an early report on Tuesday that the count had been orderly."))
                .containsExactly("2026-05-12");
    }

    @Test
    void observersNamedByTheirCountryOnlySource() {
        assertThat(statements("Voting in Dalmora closed on Sunday.\n\n"
                + "Foreign observers said on Tuesday that the count had been orderly.")).isEmpty();
    }

    @Test
    void aCouncillorWhoseWordsAreDatedSpeaks() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "Harbour ward councillor Ines Vall said on Tuesday that families had lost a week of wages."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aCouncillorQuotedWithoutADayOnlySources() {
        assertThat(statements("Port workers in Dalmora stopped work on Monday.\n\n"
                + "Harbour ward councillor Ines Vall said families had lost a week of wages.")).isEmpty();
    }
}
