package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Quantities of a held-out set of Iran reports of rights groups: the contact block of an appeal
 * ("Phone: 415 687-2020 Fax: 415 867 7086") holds phone numbers, not counts.
 */
class HeldOutWireRoundTest {

    @Test
    void spacedDigitGroupsAreAPhoneNumber() {
        assertThat(run("Phone: 415 687-2020 Fax: 415 867 7086 Email: the desk.")).isEmpty();
    }

    @Test
    void countsBesideThemStay() {
        assertThat(run("In 2021, 300 people marched and 1,200 signed.")).extracting(Quantity::text)
                .contains("300 people", "1,200");
        assertThat(run("Masoud Rahimi 16,384,403 53.7")).extracting(Quantity::text)
                .containsExactly("16,384,403", "53.7");
    }
}
