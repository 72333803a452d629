package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A country named inside a monument's or a party's name is no mention of the country: hyphenated
 * compounds through a short particle, and South Asian movement words (invented sentences).
 */
class CompoundNamesTest {
    @Test
    void aCountryClosingAHyphenatedCompoundIsPartOfTheName() {
        Document d = GeoparserFixture.parse("A second rally is set for Lahore's Minar-i-Pakistan on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Lahore");
    }

    @Test
    void aCountryBeforeAMovementWordIsPartOfThePartysName() {
        Document d = GeoparserFixture.parse("Police fired tear gas at Pakistan Tehreek-e-Insaf supporters in Lahore.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Lahore");
    }

    @Test
    void theCountryAloneAndAHyphenatedPlaceNameStay() {
        assertThat(GeoparserFixture.parse("Protests spread across Pakistan on Sunday.").places())
                .extracting(PlaceMention::surface).containsExactly("Pakistan");
        assertThat(GeoparserFixture.parse("Workers struck in Masjed-e-Soleyman on Sunday.").places())
                .extracting(PlaceMention::name).containsExactly("Masjed Soleyman");
    }
}
