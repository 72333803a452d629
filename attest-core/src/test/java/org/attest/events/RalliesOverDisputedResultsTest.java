package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r1a: supporters who rally over a result they call rigged or over candidates kept off the
 * ballot protest; a campaign's rally of supporters stays an organised rally. Invented sentences.
 */
class RalliesOverDisputedResultsTest {

    @Test
    void supportersOfDisqualifiedCandidatesProtest() {
        assertThat(types("Hundreds of supporters of disqualified candidates rallied outside the electoral office in Veldra."))
                .contains("protest").doesNotContain("rally");
    }

    @Test
    void supportersAllegingARiggedCountProtest() {
        assertThat(types("Supporters of the farmers' party rallied in the main square of Veldra, alleging that the count was rigged."))
                .contains("protest").doesNotContain("rally");
    }

    @Test
    void aCampaignRallyOfSupportersStaysARally() {
        assertThat(types("Thousands of supporters of the mayor rallied in the main square of Veldra on the last day of the campaign."))
                .contains("rally").doesNotContain("protest");
    }
}
