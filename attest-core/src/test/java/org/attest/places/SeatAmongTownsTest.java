package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A province named after its seat, whose short name the gazetteer lacks, is the seat in a list of
 * towns, as it is after "near"; among provinces it stays the province. Sentences invented.
 */
class SeatAmongTownsTest {
    @Test
    void inAListOfTownsTheProvinceNamedAfterItsSeatIsTheSeat() {
        Document d = GeoparserFixture.parse("Shops stayed shut in Tyre, Sidon and Nabatieh on Monday, the agency said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Nabatieh"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.CITY);
    }

    @Test
    void aloneTheNameStaysTheProvince() {
        Document d = GeoparserFixture.parse("Shops stayed shut across Nabatieh on Monday, the agency said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Nabatieh"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }
}
