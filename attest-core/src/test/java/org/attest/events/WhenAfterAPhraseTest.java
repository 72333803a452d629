package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: a "when" clause on a dated noun tells what happened then even when a short phrase
 * of the noun stands before its comma ("the demonstrations of June 2024 against a finance bill,
 * when protesters stormed parliament and at least 60 people were killed"). A clause of its own
 * between them ends the reach. Invented reports; 2025-07-08 is a Tuesday.
 */
class WhenAfterAPhraseTest {
    private static final String PUBLISHED = "2025-07-08";
    private static final String LEAD = "Clashes in Corvan\n\n"
            + "At least 11 people were killed in Corvan on Monday as police clashed with protesters.\n\n";

    @Test
    void theDeadOfTheWhenClauseAreOfThatMonth() {
        String text = LEAD + "The protests come a year after the demonstrations of June 2024 against a tax bill, "
                + "when crowds stormed parliament in Corvan and at least 60 people were killed.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).containsExactly("2025-07-07", "2024-06");
    }

    @Test
    void aClauseBetweenEndsTheReach() {
        String text = LEAD + "The protests come a year after the demonstrations of June 2024, which the army crushed, "
                + "and at least 60 people were killed on Monday in the north.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).doesNotContain("2024-06");
    }
}
