package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round stmt40 (6 December 2026, invented sentences): words given to the press ("told reporters",
 * "said at a news conference") are a statement whoever speaks, even after a quote and beside the
 * events they tell; a pronoun or a verb closing a plain clause only says who reports.
 */
class PressSettingsTest {

    @Test
    void aQuoteGivenAtANewsConferenceIsAStatement() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("\"The ballot boxes will be guarded day and night,\" Interior Minister Lina Sabbagh said on Monday "
                + "at a news conference in the capital.")).containsExactly("statement");
    }

    @Test
    void aLawyerOrAnUnnamedSpokespersonTellingReportersMakesAStatement() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("\"My client wrote two poems and nothing more,\" his lawyer, Teo Marsh, told reporters on Monday "
                + "outside the courthouse.")).containsExactly("statement");
        assertThat(types("\"The camps are running out of water,\" a relief agency spokesperson told journalists on Monday "
                + "in Nairobi.")).containsExactly("statement");
    }

    @Test
    void wordsToThePressStayBesideTheEventsTheyTell() {
        assertThat(types("The interior adviser told reporters at his office that 40 people had been arrested overnight."))
                .containsExactlyInAnyOrder("statement", "arrest");
    }

    @Test
    void aPronounOrAClosingAttributionOnlySaysWhoReports() {
        assertThat(types("\"We have buried enough of our sons,\" he told reporters at the gate.")).isEmpty();
        assertThat(types("Residents told reporters that the river had burst its banks before dawn.")).isEmpty();
        assertThat(types("A port official told journalists that protesters had blocked the harbour gates.")).containsExactly("protest");
        assertThat(types("Three traders were killed in the blast near the fish market, the district police chief "
                + "told reporters.")).containsExactly("killing");
    }

    @Test
    void aTitleSpeakingToThePressBetweenCommasMakesAStatement() {
        // miss221: no capitalised name needed when the appositive names the press
        assertThat(types("The transport minister, speaking to journalists at the port on Tuesday, said the ferries "
                + "would sail again within a week.")).containsExactly("statement");
        assertThat(types("The residents, speaking to reporters, said the river had risen overnight.")).isEmpty();
    }
}
