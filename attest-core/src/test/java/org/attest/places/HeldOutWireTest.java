package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.parse;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of wire and rights-group reports (December 2026): a territory that is
 * one city ("Hong Kong", "Macau") is named as that city of the gazetteer, not as a country; a
 * sovereign country keeps its kind. Sentences of our own.
 */
class HeldOutWireTest {

    @Test
    void aCityTerritoryIsTheCity() {
        Document d = parse("Police in Hong Kong arrested nine students after a vigil on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::geonameid, PlaceMention::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1819729L, PlaceKind.CITY));
        Document m = parse("Casino workers in Macau marched to the government offices on Monday.");
        assertThat(m.places()).extracting(PlaceMention::geonameid).containsExactly(1821274L);
    }

    @Test
    void aCountryStaysACountry() {
        Document d = parse("Police in Singapore arrested nine students after a vigil on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::kind).containsExactly(PlaceKind.COUNTRY);
    }
}
