package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.parse;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of reports beyond Iran (3 December 2026, ev19): a role with its
 * holder's name in apposition ("the mayor, Ekrem Imamoglu,") names a person whose surname is then
 * no town on its own; a loose spelling of a short word ("Vote" for Vite) needs a list of places or
 * a cue. Sentences of our own.
 */
class HeldOutAbroadRoundTest {

    @Test
    void aNameInAppositionToARoleIsAPerson() {
        Document d = parse("Police in Ankara detained the city's popular mayor, Ekrem Imamoglu, on Monday. "
                + "Supporters of Imamoglu marched to the court.");
        assertThat(d.places()).extracting(PlaceMention::name).containsExactly("Ankara");
    }

    @Test
    void aTownAfterARoleAndACommaWithoutAFullNameStays() {
        // one capitalised word after the comma is no person's full name: the town stays
        Document d = parse("Students met the governor, Konya officials said on Monday.");
        assertThat(d.places()).extracting(PlaceMention::name).containsExactly("Konya");
    }

    @Test
    void aShortWordIsNoLooseSpellingOfATownOnItsOwn() {
        Document d = parse("Farmers in India used the slogan No Vote to BJP on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::name).containsExactly("India");
    }

    @Test
    void aNameListedAmongProvincesIsTheProvince() {
        Document d = parse("Farmers marched in Punjab, Haryana, Puducherry and Kerala on Monday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Puducherry"))
                .extracting(PlaceMention::kind).containsExactly(org.attest.model.PlaceKind.PROVINCE);
        // listed among towns, it is the town
        Document towns = parse("Protests spread to Puducherry, Chennai and Madurai on Monday.");
        assertThat(towns.places()).filteredOn(p -> p.surface().equals("Puducherry"))
                .extracting(PlaceMention::geonameid).containsExactly(1259425L);
    }
}
