package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * A name after a town and a comma qualifies the town as its province ("Omdurman, Khartoum") only
 * when the name ends there: "Omdurman, Khartoum North" lists a part of the city. Sentences invented.
 */
class DirectionAfterQualifierTest {
    @Test
    void aWordOfDirectionAfterTheNameMakesItACitysPartNotTheProvince() {
        Document d = GeoparserFixture.parse(
                "Strikes were called in Omdurman, Khartoum North, Kassala and Port Sudan on Tuesday, the union said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Khartoum"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.CITY);
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Khartoum North");
    }

    @Test
    void theNameAloneAfterATownStillQualifiesItAsItsProvince() {
        Document d = GeoparserFixture.parse("Police fired tear gas in Omdurman, Khartoum, on Tuesday, the union said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Khartoum"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }
}
