package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places71 round: Iranian towns in their transliterations ("Gh" for "Q"), unknown names
 * before a capitalised "County" or "Province", and a province's spelling used for its seat.
 * Invented sentences.
 */
class Places71RoundTest {
    @Test
    void ghForQIsOneLetterInALooseSpelling() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Truckers went on strike in Ghorveh on Sunday, "
                + "and bakers closed their shops in Ghuchan.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Ghorveh"))
                .extracting(PlaceMention::name).containsExactly("Qorveh");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Ghuchan"))
                .extracting(PlaceMention::name).containsExactly("Quchan");
    }

    @Test
    void anUnknownNameBeforeACapitalisedCountyIsAnUnresolvedPlace() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Guards shot two porters in Zarabad County and "
                + "one in Hirmand Province, a rights group said.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zarabad", "Hirmand");
        Document state = GeoparserFixture.parse("Iran, May 4 - Fighters of the Islamic State attacked a shrine "
                + "in Shiraz.");
        assertThat(state.unresolved()).extracting(Unresolved::surface).doesNotContain("Islamic");
    }

    @Test
    void aProvincesOwnSpellingWithoutACueIsItsNamesakeSeat() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Nurses rallied outside a hospital in Ghazvin "
                + "on Monday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Ghazvin"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
        Document cued = GeoparserFixture.parse("Iran, May 4 - Nurses rallied across Ghazvin province "
                + "on Monday.");
        assertThat(cued.places()).filteredOn(p -> p.surface().equals("Ghazvin"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void anOpeningIsMaySpellPersiansEs() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Retirees gathered in Islamshahr on Sunday, "
                + "and the labour activist Ismail Karimi was detained in Tabriz.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Islamshahr"))
                .extracting(PlaceMention::name).containsExactly("Eslamshahr");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Ismail", "Ismail Karimi")
                .contains("Tabriz");
    }
}
