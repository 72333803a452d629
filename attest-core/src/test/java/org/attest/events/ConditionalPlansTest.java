package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2d (invented sentences): a plan told only on a condition that closes the sentence is no
 * happening, nor is the undated saying that carries it; a dated saying, and what the sentence tells
 * before the modal, stay.
 */
class ConditionalPlansTest {
    @Test
    void aPlanOnAConditionGivesNoEvent() {
        assertThat(types("The dockers' union has said it may call a general strike in Varna if the wages are not paid.")).isEmpty();
        assertThat(types("The harbour authority said it would raise the matter with the ministry if any crew member was hurt.")).isEmpty();
        assertThat(types("Farmers' leaders said they would consider a boycott of the markets unless the tax is dropped.")).isEmpty();
    }

    @Test
    void aDatedSayingOrWhatStandsBeforeThePlanStays() {
        assertThat(types("The labour minister said on Monday that wages would be raised in May if the budget allowed."))
                .contains("statement");
        assertThat(types("The dockers held a march in Varna on Monday and said they would strike if the wages were not paid."))
                .contains("protest");
        // a firm "would" with the event's own verb and day is a threat announced
        assertThat(types("The dockers' union said it would hold a march in Varna on Friday unless the wages were paid."))
                .contains("protest");
        assertThat(types("The dockers' union said it would not call off the strike planned for Friday unless the wages were paid."))
                .contains("other");
    }
}
