package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Places of a fresh held-out set of Iran reports, invented sentences: Persian given names in lists
 * of detainees ("Soroush", "Naser") make the capitalised word after them a surname, not a town.
 */
class HeldOutRoundTest {

    @Test
    void aSurnameAfterAPersianGivenNameIsNoTown() {
        assertThat(GeoparserFixture.parse("Agents held Soroush Abadi and Naser Lotfi in Shiraz on Monday.").places())
                .extracting(PlaceMention::name).containsOnly("Shiraz");
    }

    @Test
    void theTownItselfStaysAPlace() {
        assertThat(GeoparserFixture.parse("Shopkeepers went on strike in Abadeh on Monday.").places())
                .extracting(PlaceMention::name).contains("Abadeh");
    }
}
