package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.parse;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of election and campaign reports (December 2026): a Persian surname
 * written with a hyphen and a lower-case ending ("Ahmadi-nejad") holds no town. Sentences of our own.
 */
class HeldOutCampaignsTest {

    @Test
    void aHyphenatedPersianSurnameHoldsNoTown() {
        Document d = parse("Former minister Ahmadi-nejad joined the call in Shiraz, and Karimi-zadeh followed.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Shiraz").doesNotContain("Ahmadi");
    }

    @Test
    void theTownStandsWhenNoSurnameEndingFollowsTheHyphen() {
        Document d = parse("Workers of an Ahmadi-based firm marched in Ahmadi on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Ahmadi");
    }
}
