package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: a happening whose postponement or cancellation is told ("protests against the
 * postponement of the presidential election", "the cancellation of the rally") did not take place
 * when it was due, and is no event; the vote itself, told as held, still is. Invented reports;
 * 2024-02-10 is a Saturday.
 */
class PostponedHappeningsTest {
    private static final String PUBLISHED = "2024-02-10";

    @Test
    void aPostponedElectionIsNoVoteOnItsDay() {
        String text = "Clashes in Marava\n\n"
                + "Police fired tear gas at students in Marava on Friday as protests against the postponement "
                + "of the presidential election spread to the port.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).isEmpty();
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2024-02-09");
    }

    @Test
    void aCancelledRallyIsNoRally() {
        assertThat(TestDocs.types("Supporters were angered by the cancellation of the rally in the stadium.")).doesNotContain("rally");
    }

    @Test
    void anElectionToldAsHeldBeforeAPostponementOfSomethingElseStands() {
        String text = "Vote in Marava\n\n"
                + "Voters in Marava went to the polls on Sunday in the presidential election, days after the "
                + "postponement of the trial of an opposition leader.";
        assertThat(datesOf(events(text, PUBLISHED), "election")).containsExactly("2024-02-04");
    }
}
