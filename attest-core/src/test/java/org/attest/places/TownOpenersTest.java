package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Words that open towns' names ("Puerto", "Villa"; {@code town-openers.txt}) and the halves of the
 * globe ({@code world-regions.txt}). Sentences and names invented.
 */
class TownOpenersTest {
    @Test
    void theTailOfAnUnknownNameAfterAnOpenerIsNoPlaceAndTheWholeNameIsReported() {
        Document d = GeoparserFixture.parse("Gunmen burned the barracks in Villa Chile on Sunday, the army said.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Chile");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Villa Chile");
    }

    @Test
    void aProvinceAfterAnUnknownTownWithAnOpenerIsTheProvince() {
        Document d = GeoparserFixture.parse("Nine teachers were arrested in Puerto Zwelmar, Isfahan, last week. Their homes in Tehran were searched.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Isfahan"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void anOpenerInLowerCaseOrAKnownTwoWordNameLeavesTheTown() {
        Document lower = GeoparserFixture.parse("Protesters gathered outside a villa Tehran officials rented, witnesses said.");
        assertThat(lower.places()).extracting(PlaceMention::surface).contains("Tehran");
        Document known = GeoparserFixture.parse("Fishermen blocked the port of Puerto Montt on Monday.");
        assertThat(known.places()).extracting(PlaceMention::surface).contains("Puerto Montt");
        assertThat(known.unresolved()).extracting(Unresolved::surface).doesNotContain("Puerto Montt");
    }

    @Test
    void aHalfOfTheGlobeIsAWorldRegion() {
        Document d = GeoparserFixture.parse("It is the poorest country in the Southern Hemisphere, the report said.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Southern Hemisphere");
    }
}
