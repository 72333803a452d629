package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Towns the gazetteer lacks (invented names, which no gazetteer holds): one named between a
 * sentence-opening "In" and a comma is reported as unresolved; a province name after one and a
 * comma is that town's province, not the province's city.
 */
class UnknownTownsTest {
    @Test
    void aNameAfterAnOpeningInAndBeforeACommaIsAnUnknownTown() {
        Document d = GeoparserFixture.parse("Troops fired on marchers. In Zwelthori Tharyar, 22 people were killed on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Zwelthori Tharyar");
    }

    @Test
    void monthsCommonWordsAndNamesWithoutACommaAreNot() {
        assertThat(GeoparserFixture.parse("In March, 22 people were killed. In Parliament, the vote failed.").unresolved())
                .isEmpty();
        assertThat(GeoparserFixture.parse("Troops fired on marchers. In Zwelthori they killed 22 people.").unresolved())
                .isEmpty();
    }

    @Test
    void aTownTheGazetteerHoldsIsNoUnknownTown() {
        // the context may reject Shiraz here or not; either way it is not "not in gazetteer"
        Document d = GeoparserFixture.parse("Troops fired on marchers. In Shiraz, 22 people were killed on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Shiraz");
    }

    @Test
    void aProvinceNameAfterAnUnknownTownIsTheProvince() {
        Document d = GeoparserFixture.parse("Nine teachers were arrested in Zwelthabad, Isfahan. Their homes in Tehran were searched.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Isfahan"))
                .extracting(p -> p.kind()).containsExactly(PlaceKind.PROVINCE);
        // and the town before it is reported: the text says it is a town of that province
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Zwelthabad");
    }

    @Test
    void inAListOrAfterAKnownTownTheNameStaysTheCity() {
        Document list = GeoparserFixture.parse("Teachers marched in Zwelthabad, Isfahan, Tabriz and Mashhad on Thursday.");
        assertThat(list.places()).filteredOn(p -> p.surface().equals("Isfahan"))
                .extracting(p -> p.kind()).containsExactly(PlaceKind.CITY);
    }
}
