package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Places in Iran reports by other publishers, invented sentences: a dotted initialism ("U.S.")
 * names its country, and so does "US" written in capitals outside a shouted line; a plural cue announces the names of a list it opens with "including" or
 * "such as" ("in four provinces, including Tehran and Isfahan"), as it does with "of".
 */
class IranReportsRoundTest {
    static final long TEHRAN = 112931;
    static final long ISFAHAN = 418863;

    @Test
    void aDottedInitialismNamesItsCountry() {
        Document d = GeoparserFixture.parse("A U.S.-based group said two teachers were held in Tehran.");
        assertThat(d.places()).extracting(PlaceMention::country).contains("US", "IR");
        assertThat(GeoparserFixture.parse("The U.K. envoy was summoned in Tehran.").places())
                .extracting(PlaceMention::country).contains("GB");
    }

    @Test
    void usInCapitalsIsTheUnitedStates() {
        assertThat(GeoparserFixture.parse("A US-based group said two teachers were held in Tehran.").places())
                .extracting(PlaceMention::country).contains("US", "IR");
        assertThat(GeoparserFixture.parse("The US envoy met officials in Tehran on Monday.").places())
                .extracting(PlaceMention::country).contains("US");
    }

    @Test
    void usAsAPronounOrInAShoutedLineIsNoCountry() {
        assertThat(GeoparserFixture.parse("Let us go to Tehran, they said.").places())
                .extracting(PlaceMention::country).containsOnly("IR");
        assertThat(GeoparserFixture.parse("TELL US WHAT HAPPENED IN TEHRAN").places())
                .extracting(PlaceMention::country).doesNotContain("US");
    }

    @Test
    void initialsOfAPersonNameNoCountry() {
        Document d = GeoparserFixture.parse("Reporter J. S. Miller was detained in Tehran on Monday.");
        assertThat(d.places()).extracting(PlaceMention::country).containsOnly("IR");
    }

    @Test
    void provincesIncludingNamesProvinces() {
        Document d = GeoparserFixture.parse("Agents searched homes in at least four provinces, including Tehran, Alborz, "
                + "Isfahan and Mazandaran, the group said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Tehran") || p.surface().equals("Isfahan"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE, PlaceKind.PROVINCE);
        Document such = GeoparserFixture.parse("Strikes spread to provinces such as Isfahan and Fars on Monday.");
        assertThat(such.places()).filteredOn(p -> p.surface().equals("Isfahan"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void citiesIncludingStayCities() {
        Document d = GeoparserFixture.parse("Retirees rallied in several cities, including Tehran and Isfahan, on Sunday.");
        assertThat(ids(d)).contains(TEHRAN, ISFAHAN);
    }
}
