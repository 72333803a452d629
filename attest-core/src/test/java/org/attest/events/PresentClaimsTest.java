package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A body's claim told in the simple present, in a sentence with no date and no other event, is a
 * standing position, the report's background; a claim in the past on a day and one that tells an act
 * stay. Round extra211 (7 December 2026); all sentences and names are invented.
 */
class PresentClaimsTest {

    private static List<String> typesAfterLead(String body) {
        return TestDocs.events(TestDocs.doc().published("2023-06-07")
                .paragraph("Police arrested twelve dockers in Harlow on Monday.")
                .paragraph(body).build()).stream().map(Event::type).toList();
    }

    @Test
    void aPresentClaimWithNothingElseIsNoStatement() {
        assertThat(typesAfterLead("The navy says it holds the upper hand on the coast."))
                .containsExactly("arrest");
        assertThat(typesAfterLead("The ministry denies any wrongdoing and says the stores were empty."))
                .containsExactly("arrest");
    }

    @Test
    void theSameClaimSaidOnADayStays() {
        assertThat(typesAfterLead("The interior ministry said on Tuesday that the coast road was open again."))
                .contains("statement");
    }

    @Test
    void aPresentClaimThatTellsAnActKeepsTheAct() {
        assertThat(types("Police in Harlow say four dockers have been killed in the clashes."))
                .contains("killing");
    }
}
