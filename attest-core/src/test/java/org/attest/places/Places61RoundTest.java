package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
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

    @Test
    void aCountrysAbbreviationAfterACapitalisedCommonWordClosesAPartysName() {
        Document d = GeoparserFixture.parse("Labour held the ward in Leeds with 900 votes, and Reform UK came third "
                + "with 210. In Bradford, Reform UK gained a seat in May.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY);
        Document country = GeoparserFixture.parse("Rents in Leeds rose faster than anywhere else in the UK last year, "
                + "and on Monday UK ministers promised a review.");
        assertThat(country.places()).filteredOn(p -> p.kind() == PlaceKind.COUNTRY)
                .extracting(PlaceMention::surface).containsOnly("UK");
    }

    @Test
    void theMunicipalWordOfATownsCouncilIsNoTown() {
        Document d = GeoparserFixture.parse("Library staff in Leeds lobbied the Bradford City Council over cuts "
                + "that will close four branches this spring.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("City");
    }

    @Test
    void aWordOfDirectionBeforeAnUnknownNameIsReportedAsAPlaceTheGazetteerLacks() {
        Document d = GeoparserFixture.parse("Troops moved into the hills bordering North Velmark after the attack.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("North Velmark");
        Document org = GeoparserFixture.parse("Observers met the Central Velmark Commission in the capital on Monday.");
        assertThat(org.unresolved()).extracting(Unresolved::surface).doesNotContain("Central Velmark");
    }

    @Test
    void anUnknownNameAfterAFarmerFromIsAPlaceTheGazetteerLacks() {
        Document d = GeoparserFixture.parse("Police in the capital held a farmer from Velmarsk who had joined the march.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarsk");
        Document firm = GeoparserFixture.parse("Police in the capital held two workers from Velmarsk who had joined the march.");
        assertThat(firm.unresolved()).extracting(Unresolved::surface).doesNotContain("Velmarsk");
    }

    @Test
    void aNameBeforeFundedIsAPatronNoTown() {
        Document d = GeoparserFixture.parse("Readers in Leeds marched to save a Carnegie-funded library that opened in 1905.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Leeds");
    }
}
