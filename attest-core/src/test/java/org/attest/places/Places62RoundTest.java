package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places62 round: coined one-word names, provinces and towns by other spellings. Invented sentences.
 */
class Places62RoundTest {
    @Test
    void aOneWordBrandThatClosesUpASmallTownsTwoWordNameIsNoTown() {
        Document d = GeoparserFixture.parse("Shoppers in Minneapolis boycotted Northstar, the grocery chain, "
                + "after Northstar fired six workers in Duluth.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Northstar")
                .contains("Minneapolis", "Duluth");
        Document city = GeoparserFixture.parse("Israeli strikes hit Khanyunis and Rafah on Monday, officials in Gaza said.");
        assertThat(city.places()).extracting(PlaceMention::name).contains("Khan Yunis");
    }

    @Test
    void nearAProvinceNamedAfterItsSeatIsTheSeatThoughTheGazetteerLacksItsShortName() {
        Document d = GeoparserFixture.parse("A shell hit a house near Nabatieh on Friday, officials in Beirut said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Nabatieh"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.CITY);
        Document province = GeoparserFixture.parse("Schools in Nabatieh will close on Friday, officials in Beirut said.");
        assertThat(province.places()).filteredOn(p -> p.surface().equals("Nabatieh"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }
}
