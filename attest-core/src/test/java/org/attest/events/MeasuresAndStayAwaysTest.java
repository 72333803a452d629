package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167, two senses: "declared" right after the rule it declares ("a state of emergency
 * declared on 3 May put troops on the streets") tells when the rule began, no statement beside it;
 * a stay-away (people kept from work and shops) is a strike by another name (`other`), and a call
 * for one a boycott call. Invented reports; 2025-07-08 is a Tuesday.
 */
class MeasuresAndStayAwaysTest {
    private static final String PUBLISHED = "2025-07-08";

    @Test
    void anEmergencyDeclaredOnADayIsNoStatement() {
        String text = "Troops in Corvan\n\n"
                + "A state of emergency declared on June 19 put troops on the streets of Corvan.";
        assertThat(datesOf(events(text, PUBLISHED), "statement")).isEmpty();
        assertThat(datesOf(events(text, PUBLISHED), "other")).containsExactly("2025-06-19");
    }

    @Test
    void aCurfewDeclaredLastWeekIsNoStatement() {
        assertThat(TestDocs.types("The curfew declared by the army was lifted in the port.")).doesNotContain("statement");
    }

    @Test
    void aMinisterWhoDeclaresStillSpeaks() {
        String text = "Border in Corvan\n\n"
                + "The interior minister declared on Monday that the border with Arvel would reopen.";
        assertThat(datesOf(events(text, PUBLISHED), "statement")).containsExactly("2025-07-07");
    }

    @Test
    void aStayAwayIsAStrike() {
        String text = "Shops shut in Corvan\n\n"
                + "Shops and schools were shut in Corvan on Monday as a stay-away called by the unions took hold.";
        assertThat(datesOf(events(text, PUBLISHED), "other")).containsExactly("2025-07-07");
    }

    @Test
    void aStayAwayCalledForADayIsABoycottCallForThatDay() {
        String text = "Unions in Corvan\n\n"
                + "The unions called for a nationwide stayaway on July 21.";
        assertThat(datesOf(events(text, PUBLISHED), "boycott_call")).containsExactly("2025-07-21");
    }
}
