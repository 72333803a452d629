package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Places of a held-out set of Iran reports of wire services and rights groups, invented sentences:
 * a town's court or department sits in the town; "Firuzeh" before a surname is a woman; "Brig." before
 * a rank is no Swiss town.
 */
class HeldOutWireRoundTest {

    @Test
    void aTownsCourtOrDepartmentNamesTheTown() {
        assertThat(GeoparserFixture.parse("The Qazvin Revolutionary Court jailed two poets on Monday.").places())
                .extracting(PlaceMention::name).contains("Qazvin");
        assertThat(GeoparserFixture.parse("Agents of the Yazd Intelligence Department searched the shop.").places())
                .extracting(PlaceMention::name).contains("Yazd");
        // other organisation words still hide the town
        assertThat(GeoparserFixture.parse("The Yazd Teachers Association issued a call on Monday.").places())
                .extracting(PlaceMention::name).doesNotContain("Yazd");
    }

    @Test
    void aGivenNameBeforeASurnameIsAPerson() {
        assertThat(GeoparserFixture.parse("Agents raided the houses of Leila Amini and Firuzeh Sultan Karimi in Rasht.").places())
                .extracting(PlaceMention::name).containsOnly("Rasht");
    }

    @Test
    void aRankAbbreviationIsNoTown() {
        assertThat(GeoparserFixture.parse("Brig. Gen. Reza Nouri told reporters in Tabriz that the border was shut.").places())
                .extracting(PlaceMention::name).containsOnly("Tabriz");
    }
}
