package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.junit.jupiter.api.Test;

/**
 * A town named right after a lower division of its namesake province is the province, with
 * invented sentences: "the province of Urubamba, in Cuzco" (Cuzco, the city of Cusco, is also the
 * region); without a division before it the city stays the city. A loose spelling of a town
 * under a province cue names no town ("the provinces of Caravaya and Huancane" is no Huancano).
 */
class ContainingProvinceTest {
    @Test
    void aNamesakeAfterADivisionOfItIsTheProvince() {
        Document d = GeoparserFixture.parse(
                "Miners blocked roads in the province of Urubamba, in Cuzco, on Monday, Peruvian police said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Cuzco")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
            assertThat(p.admin1()).isEqualTo("Cusco");
        });
    }

    @Test
    void withoutADivisionBeforeItTheCityStays() {
        Document d = GeoparserFixture.parse("Tourists were stranded in Cuzco on Monday as Peruvian farmers blocked roads.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Cuzco")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(PlaceKind.CITY));
    }

    @Test
    void aLooseSpellingUnderAProvinceCueIsNoTown() {
        Document d = GeoparserFixture.parse("Roads were cut in the provinces of Caravaya and Huancane, Peruvian police said.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.CITY);
        assertThat(d.unresolved()).filteredOn(u -> u.surface().equals("Caravaya")).hasSize(1);
    }
}
