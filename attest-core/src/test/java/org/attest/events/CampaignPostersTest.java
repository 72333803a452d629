package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a candidate's or party's posters, or ones a monitor counts
 * among a vote's violations, are canvassing, no protest; protest posters stay one.
 */
class CampaignPostersTest {
    @Test
    void campaignPostersAreNoProtest() {
        assertThat(types("Observers logged forty violations in the harbour ward, most of them illegal posters near polling stations."))
                .doesNotContain("protest");
        assertThat(types("Campaign posters of the mayor covered the walls of the port.")).doesNotContain("protest");
    }

    @Test
    void protestPostersStayAProtest() {
        assertThat(types("Students put up posters against the fee rise across the campus on Monday.")).contains("protest");
    }
}
