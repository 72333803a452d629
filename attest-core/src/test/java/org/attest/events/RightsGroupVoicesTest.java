package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events112 (invented sentences): a rights group's release quotes its own staff by a title
 * held in the group ("said X, the organisation's Caucasus researcher"), and makes its calls in the
 * progressive ("Harbour Watch is calling on the authorities to ..."): both are the group's
 * statements as news, where a quoted lawyer or relative only attributes.
 */
class RightsGroupVoicesTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Four dockers were sentenced to prison in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    @Test
    void aTitleHeldInTheOrganisationSpeaksForIt() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(statements("“The court ignored every word the defence said,” said Ilse Marvik, the organisation’s "
                + "Caucasus researcher, on Monday.")).hasSize(1);
        assertThat(statements("“The court ignored every word the defence said,” said Ilse Marvik, the group's "
                + "labour specialist, on Monday.")).hasSize(1);
    }

    @Test
    void theOrganisationsLawyerOnlyAttributes() {
        assertThat(statements("“The court ignored every word the defence said,” said Ilse Marvik, the organisation’s "
                + "lawyer.")).isEmpty();
        assertThat(statements("“The court ignored every word the defence said,” said Ilse Marvik, a friend of the "
                + "family.")).isEmpty();
    }

    @Test
    void aCallInTheProgressiveIsTheGroupsStatement() {
        assertThat(statements("The Harbour Rights Network is calling on the authorities to quash the sentences.")).hasSize(1);
        assertThat(statements("Harbour Watch is urging the courts to release the dockers on bail.")).hasSize(1);
    }

    @Test
    void aCallInThePresentSimpleStaysTheReleasesOwnVoice() {
        assertThat(statements("The Harbour Rights Network calls on the authorities to quash the sentences.")).isEmpty();
    }
}
