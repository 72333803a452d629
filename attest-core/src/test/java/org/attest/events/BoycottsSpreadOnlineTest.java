package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round r3a (invented sentences): a boycott call told as spreading online is the online campaign, not a second call. */
class BoycottsSpreadOnlineTest {

    @Test
    void callsSpreadUnderAHashtagAreACampaign() {
        assertThat(TestDocs.types("Calls to boycott the Varnby council vote have spread since Monday under a hashtag shared 40,000 times."))
                .contains("online_campaign").doesNotContain("boycott_call");
    }

    @Test
    void aCampaignWithSupportOnlineIsACampaign() {
        assertThat(TestDocs.types("A boycott campaign against the Harbourline referendum drew wide support online."))
                .contains("online_campaign").doesNotContain("boycott_call");
    }

    @Test
    void aCallWithNoWordOfTheInternetStaysACall() {
        assertThat(TestDocs.types("Opposition parties in Varnby called for a boycott of the council vote."))
                .contains("boycott_call").doesNotContain("online_campaign");
    }

    @Test
    void votersWhoBoycottedTellNoCampaign() {
        assertThat(TestDocs.types("Most voters boycotted the Varnby poll, according to figures published online."))
                .doesNotContain("online_campaign");
    }
}
