package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places25 round: wire copy's state abbreviations, a delegation and a surname that GeoNames
 * spells as places, lakes and accords named after towns, a building named and placed in another
 * town, a saint's hospital, a village cue's whole name, a city territory among countries,
 * regions and divisions the tables lacked. Invented sentences; "Thit Pin Kone" is in no gazetteer.
 */
class StateAbbreviationsAndNamesakesTest {
    @Test
    void aStateAbbreviationAfterATownIsTheState() {
        Document d = GeoparserFixture.parse("Workers struck at a plant in Flint, Mich., and at a depot in Kansas City, Mo., "
                + "while a union office in Trenton, N.J., called for talks.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::name, PlaceMention::country)
                .containsExactly(tuple("Michigan", "US"), tuple("Missouri", "US"), tuple("New Jersey", "US"));
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kansas City"))
                .extracting(PlaceMention::admin1).containsExactly("Missouri");
    }

    @Test
    void anAbbreviationElsewhereIsNoState() {
        Document d = GeoparserFixture.parse("Mo said the strike in Flint would go on. Miss. Ellis disagreed.");
        assertThat(d.places()).extracting(PlaceMention::kind).doesNotContain(PlaceKind.PROVINCE);
    }

    @Test
    void anObserversMissionIsNoDistrictOfSanFrancisco() {
        Document d = GeoparserFixture.parse("The Mission noted calm voting in Lusaka. The Mission will stay a week.");
        assertThat(d.places()).extracting(PlaceMention::country).containsOnly("ZM");
    }

    @Test
    void aSurnameIsNoManxNameOfTheIsland() {
        Document d = GeoparserFixture.parse("State Chief Minister Harjit Mann visited Amritsar. \"We will act,\" Mann said.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("IM");
    }

    @Test
    void aLakeOrAMountainNamedLikeATownIsNoTown() {
        Document d = GeoparserFixture.parse("Fishing crews on Lake Victoria marched in Kisumu. "
                + "Climbers on Mount Kenya were turned back.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Kisumu");
    }

    @Test
    void anAccordNamedWhereItWasSignedIsNoPlaceOfTheReport() {
        Document d = GeoparserFixture.parse("Rebels in Gondar said the Pretoria peace agreement was broken.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Gondar");
        Document s = GeoparserFixture.parse("Talks on the Sudan peace agreement resumed in Juba.");
        assertThat(s.places()).extracting(PlaceMention::surface).contains("Sudan");
    }

    @Test
    void aBuildingNamedAndPlacedInAnotherTownKeepsOnlyThatTown() {
        Document d = GeoparserFixture.parse("The editors were sent to Marmara Prison in Silivri on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Silivri");
        Document u = GeoparserFixture.parse("The editors were sent to Urmia Central Prison in West Azerbaijan province.");
        assertThat(u.places()).extracting(PlaceMention::surface).containsExactly("Urmia", "West Azerbaijan");
    }

    @Test
    void aSaintsHospitalIsNoTown() {
        Document d = GeoparserFixture.parse("The striker was taken to St Albans' Hospital in Leeds on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Leeds");
    }

    @Test
    void aVillageCueNamesItsWholeRun() {
        Document d = GeoparserFixture.parse("Soldiers burned houses in the village of Thit Pin Kone in Magway, "
                + "residents in Myanmar said.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("NC");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Thit Pin Kone");
    }

    @Test
    void aCityTerritoryAmongCountriesIsTheTerritory() {
        Document d = GeoparserFixture.parse("Students from Taiwan, Hong Kong and Thailand joined the campaign.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Hong Kong"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.COUNTRY);
        Document c = GeoparserFixture.parse("Police in Hong Kong arrested four students.");
        assertThat(c.places()).extracting(PlaceMention::kind).containsExactly(PlaceKind.CITY);
    }

    @Test
    void theBalticStatesAreARegion() {
        Document d = GeoparserFixture.parse("The Baltic states said they would expel two diplomats.");
        assertThat(d.places()).isEmpty();
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Baltic states");
    }

    @Test
    void thessalyAndTheCapitalTerritoryAreProvinces() {
        Document d = GeoparserFixture.parse("Farmers from Thessaly drove their tractors to Thessaloniki in Greece. "
                + "Observers went to all states of Nigeria and the Federal Capital Territory.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::name, PlaceMention::country)
                .containsExactly(tuple("Thessaly", "GR"), tuple("Federal Capital Territory", "NG")); // named as the text names it
    }

    @Test
    void aProvinceWhoseCapitalGoesByTheNameAndCityIsTheProvinceBare() {
        Document d = GeoparserFixture.parse("Teachers in Quebec joined the strike in Montreal. Pickets formed in Quebec City.");
        assertThat(d.places()).extracting(PlaceMention::surface, PlaceMention::kind)
                .containsExactly(tuple("Quebec", PlaceKind.PROVINCE), tuple("Montreal", PlaceKind.CITY),
                        tuple("Quebec City", PlaceKind.CITY));
    }

    @Test
    void anAlternateNameAtTheHeadOfAnOrganisationIsNoTownAtHome() {
        Document d = GeoparserFixture.parse("The US envoy met lawyers in Colombo. The Bar Association called the arrests unlawful.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Bar");
    }

    @Test
    void theConciliationServiceIsNoVillage() {
        Document d = GeoparserFixture.parse("Union leaders in Leeds said they were ready for talks at Acas.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Leeds");
    }

    @Test
    void aTownGeoNamesCallsNameAndCityIsFoundByTheBareName() {
        Document d = GeoparserFixture.parse("Farmers marched in Laoag and Batac on Friday, police in the Philippines said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Batac"))
                .extracting(PlaceMention::name).containsExactly("Batac City");
    }

    @Test
    void aNamePairedWithATownIsUnknownWhenOnlyATownAbroadBearsIt() {
        Document d = GeoparserFixture.parse("Guards stopped buses near Khash and Saravan, residents of Zahedan said.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Saravan");
    }

    @Test
    void theCityFormIsNotSearchedWhenTheBareNameIsATownThere() {
        FuzzyMatcher fuzzy = GeoparserFixture.parser().fuzzy;
        assertThat(fuzzy.withCity(java.util.List.of("ashland"), java.util.List.of("US"))).isEmpty();
        assertThat(fuzzy.withCity(java.util.List.of("batac"), java.util.List.of("PH"))).isNotEmpty();
    }
}
