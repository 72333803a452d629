package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other40 (invented sentences): political actions coded {@code other} that no trigger named: a bill
 * approved, parties dissolved, accounts blocked, a subsidy scrapped, a lockdown enforced, a court's
 * sitting or verdict set for a day. Asked for or threatened, none of them is.
 */
class OtherActionsRecallTest {

    @Test
    void billsPartiesAccountsAndSubsidies() {
        assertThat(types("The lower house approved the water privatisation bill on Thursday.")).contains("other");
        assertThat(types("The military council dissolved every opposition party in March.")).contains("other");
        assertThat(types("The media regulator blocked more than 400 social media accounts last week.")).contains("other");
        assertThat(types("The finance minister scrapped the kerosene subsidy in January.")).contains("other");
        // asked for, none
        assertThat(types("Students urged the regulator to stop the plan that blocked their accounts.")).doesNotContain("other");
        assertThat(types("Traders demanded that the cabinet abolish the petrol subsidy.")).doesNotContain("other");
    }

    @Test
    void aLockdownEnforcedIsOtherAndOneLiftedIsNot() {
        assertThat(types("Armed groups enforced a three-day lockdown across the western hills on Monday.")).contains("other");
        assertThat(types("Shopkeepers welcomed the end of the lockdown in the old town.")).doesNotContain("other");
    }

    @Test
    void aCourtSittingOrVerdictSetForADay() {
        assertThat(types("The next hearing in the case of the nine nurses is scheduled for 14 May.")).contains("other");
        assertThat(types("The verdict in the dockers' trial is due on Friday.")).contains("other");
        // a hearing asked for is none
        assertThat(types("The families demanded a public hearing on the shootings.")).doesNotContain("other");
    }
}
