package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.junit.jupiter.api.Test;

/**
 * A word of direction joined to a city's name names a part of the city the gazetteer lacks: it is
 * reported unresolved under the whole name, the city stays a mention, with invented sentences.
 */
class CityPartsTest {
    @Test
    void aCitysDirectionalPartIsReportedUnderItsWholeName() {
        Document d = GeoparserFixture.parse("A curfew was imposed within Kandy North, Kandy South and Peradeniya on Friday.");
        assertThat(d.unresolved()).extracting(u -> u.surface()).contains("Kandy North", "Kandy South");
        assertThat(d.places()).anyMatch(p -> p.name().equals("Kandy") && p.kind() == PlaceKind.CITY);
    }

    @Test
    void aDirectionBeforeTheCityToo() {
        Document d = GeoparserFixture.parse("Students marched in Central Jakarta and in Surabaya on Thursday.");
        assertThat(d.unresolved()).extracting(u -> u.surface()).contains("Central Jakarta");
    }

    @Test
    void aProvinceWithItsCueIsNoCitysPart() {
        Document d = GeoparserFixture.parse("Rallies were held in the Western Province and in North Carolina.");
        assertThat(d.unresolved()).isEmpty();
    }
}
