package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rally held online, and a campaign run online, are online campaigns. All sentences are invented. */
class OnlineRalliesTest {

    @Test
    void aVirtualRallyIsAnOnlineCampaign() {
        assertThat(TestDocs.types("The banned party held a virtual rally on Sunday that drew two million views."))
                .contains("online_campaign").doesNotContain("rally", "protest");
        assertThat(TestDocs.types("Supporters joined online rallies on Friday after the venue was closed."))
                .contains("online_campaign").doesNotContain("rally", "protest");
    }

    @Test
    void aCampaignRunOnlineIsAnOnlineCampaign() {
        assertThat(TestDocs.types("Barred from the airwaves, the movement ran its campaign online in March."))
                .contains("online_campaign");
    }

    @Test
    void aRallyInTheSquareStaysAGathering() {
        assertThat(TestDocs.types("Thousands of supporters attended the party's rally in the main square on Sunday."))
                .doesNotContain("online_campaign");
    }
}
