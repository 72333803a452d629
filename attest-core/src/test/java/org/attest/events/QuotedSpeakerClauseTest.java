package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: the speaker named after a quote ends where a clause of its own opens after a comma
 * ("said X, a taxi driver, as police vans patrolled nearby"): the police of that clause make the
 * driver no official, and his words no statement. An official so named still speaks. Invented
 * reports; 2024-02-10 is a Saturday.
 */
class QuotedSpeakerClauseTest {
    private static final String PUBLISHED = "2024-02-10";
    private static final String LEAD = "Clashes in Corvan\n\nPolice fired tear gas at youths in Corvan on Friday.\n\n";

    @Test
    void aDriversWordsBeforeAClauseOfPoliceAreNoStatement() {
        String text = LEAD + "\"They have taken our vote from us,\" said Ali Demba, a taxi driver in the suburb of Rell, "
                + "as police vans patrolled nearby.";
        assertThat(datesOf(events(text, PUBLISHED), "statement")).isEmpty();
    }

    @Test
    void anOfficialBeforeSuchAClauseStillSpeaks() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        String text = LEAD + "\"The streets are calm,\" said Ali Demba, the interior ministry spokesman, on Monday, "
                + "as police vans patrolled nearby.";
        assertThat(datesOf(events(text, PUBLISHED), "statement")).hasSize(1);
    }
}
