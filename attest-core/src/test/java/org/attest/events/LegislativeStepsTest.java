package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other50 (invented sentences): a bill's steps in a legislature, a trial postponed and a moratorium
 * ended or imposed are {@code other}; asked for, none is.
 */
class LegislativeStepsTest {

    @Test
    void aBillPresentedTabledSentOrPassedIsOther() {
        assertThat(types("The treasury presented its budget bill to the assembly on 3 February.")).containsExactly("other");
        assertThat(types("Her group will table a motion in the city council on Thursday.")).containsExactly("other");
        assertThat(types("The bill, sent to parliament in March, would raise the pension age.")).containsExactly("other");
        assertThat(types("It passed the upper house in May by 61 votes to 40.")).containsExactly("other");
        // walking through a house, or a passage only wished for, is none
        assertThat(types("The senators passed through the lobby of the house.")).doesNotContain("other");
        assertThat(types("Farmers urged the deputies to table a motion on water prices.")).doesNotContain("other");
    }

    @Test
    void aTrialPostponedAndAMoratoriumEndedAreOther() {
        assertThat(types("His trial, originally set for 5 May, was postponed without explanation.")).containsExactly("other");
        assertThat(types("The kingdom ended a five-year moratorium on hangings in 2019.")).containsExactly("other");
        assertThat(types("The league called on the kingdom to declare a moratorium on hangings.")).doesNotContain("other");
    }
}
