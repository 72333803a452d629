package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places61 round: province names, party and brand names. Invented sentences.
 */
class Places61RoundTest {
    @Test
    void aProvinceNameThatItsSeatBearsOnlyAsAWhollyOtherAlternateIsTheProvince() {
        Document d = GeoparserFixture.parse("Teachers in Tripoli, Lebanon, struck on Monday; "
                + "schools in Akkar will close on Tuesday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Akkar"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
        assertThat(ProvinceTowns.spellingOf("Halba", "Akkar")).isFalse();
        assertThat(ProvinceTowns.spellingOf("Isfahan", "Esfahan")).isTrue();
        assertThat(ProvinceTowns.spellingOf("As Sulaymaniyah", "Sulaymaniyah")).isTrue();
        assertThat(ProvinceTowns.spellingOf("Dihok", "Dohuk")).isTrue();
    }
}
