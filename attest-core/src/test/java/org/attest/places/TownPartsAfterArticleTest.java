package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A part of a town after an indefinite article ("a Baku district") is a part of the town, not of
 * the province named like it; a town after one ("a Minnesota town") stays the province's.
 * Sentences invented.
 */
class TownPartsAfterArticleTest {
    @Test
    void aPartOfATownAfterAnIndefiniteArticleIsTheTownsNotTheProvinces() {
        Document d = GeoparserFixture.parse(
                "Police detained a teacher who stood for parliament in a Baku district, his lawyer said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Baku"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
    }

    @Test
    void aTownAfterAnIndefiniteArticleStillNamesTheProvince() {
        Document d = GeoparserFixture.parse("He grew up in a Minnesota town and moved to Chicago in 2010.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Minnesota"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }
}
