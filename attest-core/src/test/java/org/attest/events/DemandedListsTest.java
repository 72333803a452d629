package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: what is demanded or proposed has not happened. Every item of a list a demand opens
 * is demanded ("demanding the closure of parliament, new elections and a constituent assembly"),
 * not the first alone; what a proposal would do is its aim ("rejected a proposal to bring elections
 * forward"). A clause after the list, and a vote told as held, still report. Invented reports;
 * 2023-01-10 is a Tuesday.
 */
class DemandedListsTest {
    private static final String PUBLISHED = "2023-01-10";

    @Test
    void aVoteInAListOfDemandsIsNoVote() {
        String text = "Roads blocked in Tarsel\n\n"
                + "Farmers have blocked roads around Tarsel since Monday, demanding the dissolution of parliament, "
                + "new elections and a constituent assembly.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).isEmpty();
        assertThat(datesOf(events(text, PUBLISHED), "protest")).isNotEmpty();
    }

    @Test
    void anArrestInAListAskedForIsNoArrest() {
        String text = "March in Tarsel\n\n"
                + "Thousands marched in Tarsel on Monday, calling for the resignation of the governor, "
                + "the arrest of the officers and an inquiry.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).isEmpty();
    }

    @Test
    void aClauseAfterTheDemandStillReports() {
        String text = "March in Tarsel\n\n"
                + "Crowds gathered in Tarsel on Monday demanding reforms, as the election results came in.";
        assertThat(datesOf(events(text, PUBLISHED), "protest")).isNotEmpty();
        assertThat(datesOf(events(text, PUBLISHED), "election")).isNotEmpty();
    }

    @Test
    void anActAfterTheListIsNoDemand() {
        String text = "March in Tarsel\n\n"
                + "Demanding the release of the students, police arrested twelve teachers in Tarsel on Monday.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).containsExactly("2023-01-09");
    }

    @Test
    void whatAProposalWouldDoIsNoEvent() {
        String text = "Vote in Tarsel\n\n"
                + "Parliament last month rejected a proposal to bring elections forward to October.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).isEmpty();
    }

    @Test
    void aProposalToBanRalliesIsNoRally() {
        assertThat(TestDocs.types("The council approved a proposal to ban rallies in the old town.")).doesNotContain("rally", "protest");
    }
}
