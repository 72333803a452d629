package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * "Provincial" after a name ("the Basra provincial council") names the body of a province, so the
 * name is the province, not its capital. Invented sentences.
 */
class ProvincialBodiesTest {
    @Test
    void aNameBeforeProvincialIsTheProvince() {
        Document d = GeoparserFixture.parse("In Iraq, members of the Basra provincial council walked out of "
                + "Sunday's session over the budget.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Basra")).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
                    assertThat(p.admin1()).isEqualTo("Basra");
                });
    }

    @Test
    void theSameNameWithoutTheCueStaysTheCity() {
        Document d = GeoparserFixture.parse("In Iraq, dock workers marched through Basra on Sunday over unpaid wages.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Basra")).extracting(PlaceMention::kind)
                .containsOnly(PlaceKind.CITY);
    }
}
