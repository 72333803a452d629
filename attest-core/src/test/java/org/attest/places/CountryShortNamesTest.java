package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Country names as the UN and rights groups write them ("Viet Nam", "Lao PDR", "Cabo Verde") and
 * everyday short forms ("Bosnia", "St Lucia"): each is the country, found word by word in the
 * text even where its lookup key equals the common name's. Invented sentences.
 */
class CountryShortNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Viet Nam|VN", "Lao PDR|LA", "Cabo Verde|CV", "Bosnia|BA", "St Lucia|LC",
        "St. Lucia|LC"})
    void theNameIsTheCountry(String name, String iso2) {
        Document d = GeoparserFixture.parse("Police in " + name + " detained 12 activists on Monday, the group said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals(name))
                .extracting(PlaceMention::kind, PlaceMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.COUNTRY, iso2));
    }

    @Test
    void aHeadlineOpeningWithTheCountryNamesIt() {
        Document d = GeoparserFixture.parse("Viet Nam: blogger jailed for eight years\n\nA court in Hanoi sentenced "
                + "a blogger on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::country).contains("VN");
    }
}
