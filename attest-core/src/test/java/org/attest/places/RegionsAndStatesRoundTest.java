package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Divisions the admin1 matching had left out, lists of states whose members are also towns, names
 * the indexes lack before a division word, and a capital's metropolitan region. Invented
 * sentences; the invented names ("Zwelthabad") are in no gazetteer.
 */
class RegionsAndStatesRoundTest {
    @Test
    void divisionsTheMatchingLeftOutAreProvinces() {
        Document d = GeoparserFixture.parse("Fighting spread across North Kivu province of Congo on Monday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("North Kivu"))
                .extracting(PlaceMention::kind, PlaceMention::country).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PlaceKind.PROVINCE, "CD"));
        Document m = GeoparserFixture.parse("Farmers blocked roads in the Mexican state of Sonora on Friday.");
        assertThat(m.places()).filteredOn(p -> p.surface().equals("Sonora"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aMexicanStateGoesByItsShortName() {
        Document d = GeoparserFixture.parse("Police fired on marchers in Xalapa, Mexico, this week.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Xalapa"))
                .extracting(PlaceMention::admin1).containsExactly("Veracruz");
    }

    @Test
    void aListOfStatesSomeAlsoTownsIsStates() {
        Document d = GeoparserFixture.parse("Venezuelan police detained dozens in several states, among them "
                + "Barinas, Zulia, Carabobo, Miranda and Merida.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Barinas") || p.surface().equals("Merida"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE).hasSize(2);
    }

    @Test
    void aListWithATownThatNamesNoProvinceStaysTowns() {
        Document d = GeoparserFixture.parse("Venezuelan police detained dozens in Barinas, Maracaibo, Valencia and Merida.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Barinas"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
    }

    @Test
    void anUnknownNameBeforeADivisionWordIsReported() {
        Document d = GeoparserFixture.parse("Two soldiers were killed in the remote Zwelthabad region of Senegal, "
                + "and a man was stabbed in Karothpur district on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zwelthabad", "Karothpur");
    }

    @Test
    void compassWordsDemonymsAndLongerNamesBeforeADivisionWordAreNot() {
        Document d = GeoparserFixture.parse("Rains hit the Northern region of Ghana and the Kurdish region of Iraq, "
                + "and the Zwelthabad Water District raised its prices.");
        assertThat(d.unresolved()).extracting(Unresolved::surface)
                .doesNotContain("Northern", "Kurdish", "Zwelthabad", "Zwelthabad Water");
    }

    @Test
    void theNationalCapitalRegionIsARegionNotKuwaitsCapitalProvince() {
        Document d = GeoparserFixture.parse("Farmers from Punjab marched on Delhi, and trains from the National "
                + "Capital Region into the city were halted.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Capital");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("National Capital Region");
    }

    @Test
    void aShopWrittenWithAnIndefiniteArticleIsNoTown() {
        Document d = GeoparserFixture.parse("Two reporters were arrested in a McDonald's in Ferguson, Missouri, "
                + "after police told them to leave the McDonald's quickly.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Ferguson", "Missouri");
    }

    @Test
    void aNewsAgencysCreditIsNoTown() {
        Document d = GeoparserFixture.parse("Xinhua, May 3, 2019\n\nPolice in Harare, Zimbabwe, arrested 12 traders.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Xinhua");
    }

    @Test
    void anUnknownNamePairedWithATownIsReported() {
        Document d = GeoparserFixture.parse("Soldiers shot two men in Mandalay and Zwelthabad on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zwelthabad");
        Document before = GeoparserFixture.parse("Soldiers shot two men in Karothpur and Monywa on Sunday.");
        assertThat(before.unresolved()).extracting(Unresolved::surface).contains("Karothpur");
        Document notPaired = GeoparserFixture.parse("Soldiers shot two men in Mandalay and Zwelthabad Thura was hurt.");
        assertThat(notPaired.unresolved()).extracting(Unresolved::surface).doesNotContain("Zwelthabad");
    }

    @Test
    void aProvinceNameInsideAPersonsNameIsNoPlaceInATextAboutElsewhere() {
        Document d = GeoparserFixture.parse("Lara Trump spoke at a rally in Ohio on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Ohio");
        Document office = GeoparserFixture.parse("Kerala Chief Minister Pinarayi Vijayan visited Ohio.");
        assertThat(office.places()).extracting(PlaceMention::surface).contains("Kerala");
    }
}
