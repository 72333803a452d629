package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Quotes of one voice among a body's many, round events87 (6 December 2026, invented sentences):
 * a quote whose speaker an indefinite word opens and whose head is no office ("a council member",
 * "an accountant at the ministry", "one committee member") is colour, not the body's statement;
 * a spokesperson, a body of people or a titled officeholder still speaks for the office.
 */
class OneVoiceQuotesTest {

    @Test
    void aMemberOrEmployeeQuotedAsOneOfManyMakesNoStatement() {
        assertThat(types("\"We cannot pay rent on these wages,\" said Arno Velt, a council member in Lindau.")).isEmpty();
        assertThat(types("\"Nobody has listened to us for a year,\" said Mira Okon, a clerk at the transport ministry."))
                .isEmpty();
        assertThat(types("\"We will not go back until we are paid,\" said one committee member.")).isEmpty();
        assertThat(types("\"The hospital has no fuel left,\" said Pavel Ruud, one employee of the health department.")).isEmpty();
    }

    @Test
    void theOfficeStillSpeaksThroughItsVoiceAndItsTitledMembers() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("\"The curfew will stay in force,\" a ministry spokesman said on Monday.")).containsExactly("statement");
        assertThat(types("\"The curfew will stay in force,\" said Ilse Brand, a spokeswoman for the Interior Ministry, on Monday."))
                .containsExactly("statement");
        assertThat(types("\"The sentences are a travesty,\" said Tomas Reyl, the director of the rights group, on Monday."))
                .containsExactly("statement");
        assertThat(types("\"The vote was rigged,\" said Dana Kell, chairwoman of the opposition party, on Monday."))
                .containsExactly("statement");
    }
}
