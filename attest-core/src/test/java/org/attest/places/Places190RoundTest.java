package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/** Places round of 7 December 2026 (sets ev190-ev196: wire and newspaper pages). Sentences of our own. */
class Places190RoundTest {
    static final long HRODNA = 627904;
    static final long MAHILYOW = 625665;
    static final long MOCIMBOA = 1037370;

    @Test
    void aSeatSpeltFromAnotherLanguageThanItsProvinceIsTheSeat() {
        // GeoNames names the seats Hrodna and Mahilyow (Belarusian) and their provinces Grodno and Mogilev (Russian)
        Document d = GeoparserFixture.parse("Riot police broke up a vigil in Grodno on Friday, and two teachers were "
                + "fined in Mogilev the next morning.");
        assertThat(ids(d)).contains(HRODNA, MAHILYOW);
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.PROVINCE);
        // with a cue it stays the province
        Document cued = GeoparserFixture.parse("Searches were reported across the Grodno region on Monday.");
        assertThat(cued.places()).extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aSeatOfAnotherNameStaysTheProvinces() {
        assertThat(ProvinceTowns.spellingOf("Hrodna", "Grodno")).isTrue();
        assertThat(ProvinceTowns.spellingOf("Homyel'", "Gomel")).isTrue();
        assertThat(ProvinceTowns.spellingOf("Halba", "Akkar")).isFalse();
    }

    @Test
    void aCityDistrictNamedByARussianAdjectiveIsNoTownOfThatName() {
        Document d = GeoparserFixture.parse("In Yekaterinburg, a student was taken to the Sovetsky district police "
                + "station, and her case went to the Kirovsky district court in Samara.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsOnly("Yekaterinburg", "Samara");
    }

    @Test
    void aNameAfterAnInitialIsASurname() {
        Document d = GeoparserFixture.parse("Teachers marched in Lisbon on Tuesday.\n\nPhoto: Daily/R. Fontaine\n\n"
                + "Pickets stood outside schools in Porto. Reporting by M. Ionescu in Bucharest.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsOnly("Lisbon", "Porto", "Bucharest");
    }

    @Test
    void aHyphenatedNameIsNoPlaceOfItsHead() {
        Document d = GeoparserFixture.parse("Riot police were sent to Nanterre and to towns of the Val-de-Marne and "
                + "the Val-d'Oise overnight.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("Val"));
        // a name that makes an adjective with a hyphen stays the place
        Document based = GeoparserFixture.parse("A Lyon-based union called a strike.");
        assertThat(based.places()).extracting(PlaceMention::surface).contains("Lyon");
    }

    @Test
    void aPlacesNameAfterAParticleIsTheTailOfALongerName() {
        // cities500 holds Mocímboa, not "Mocímboa da Praia"; Praia is the capital of Cabo Verde
        Document d = GeoparserFixture.parse("Insurgents raided a market near Mocimboa da Praia in Cabo Delgado on Sunday.");
        assertThat(ids(d)).contains(MOCIMBOA);
        assertThat(d.places()).noneMatch(p -> "CV".equals(p.country()));
    }

    @Test
    void divisionsAreNamedWithoutTheirDesignators() {
        assertThat(Admin1Display.of("Republic of Bashkortostan")).isEqualTo("Bashkortostan");
        assertThat(Admin1Display.of("Autonomous Republic of Crimea")).isEqualTo("Crimea");
        assertThat(Admin1Display.of("Gorno-Badakhshan Autonomous")).isEqualTo("Gorno-Badakhshan");
        assertThat(Admin1Display.of("Chukotka Autonomous Okrug")).isEqualTo("Chukotka");
        assertThat(Admin1Display.of("Jewish Autonomous Oblast")).isEqualTo("Jewish Autonomous Oblast");
        Document d = GeoparserFixture.parse("Villagers in the Republic of Bashkortostan blocked a road to the quarry.");
        assertThat(d.places()).extracting(PlaceMention::name).containsExactly("Bashkortostan");
    }

    @Test
    void aDemonymBeforeATownWordPlacesTheTownNotTheCountry() {
        Document d = GeoparserFixture.parse("Shops closed in Homs on Monday, and in Hama, the central Syrian city, "
                + "crowds gathered after prayers.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY);
        Document named = GeoparserFixture.parse("Shops closed in Homs and Hama on Monday, the Syrian Network for Human "
                + "Rights said.");
        assertThat(named.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY);
    }

    @Test
    void aSurnamesEndingLooselySpeltIsNoTown() {
        Document d = GeoparserFixture.parse("Teachers in Craiova said Ionescu and Popescu had been suspended.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsOnly("Craiova");
    }

    @Test
    void aListAfterTownsCountedInProvincesNamesTowns() {
        // "cities in 31 provinces, including": the list names the cities counted, as "cities, including" does
        Document towns = GeoparserFixture.parse("Shops closed in more than 90 cities in 20 provinces, including "
                + "Tabriz, Rasht, Yazd and Zahedan, on Tuesday.");
        assertThat(towns.places()).isNotEmpty().allMatch(p -> p.kind() == PlaceKind.CITY);
        // a count of provinces alone still lists provinces
        Document provinces = GeoparserFixture.parse("Shops closed in 20 provinces, including Gilan, Yazd and "
                + "Kerman, on Tuesday.");
        assertThat(provinces.places()).extracting(PlaceMention::kind).contains(PlaceKind.PROVINCE)
                .doesNotContain(PlaceKind.CITY);
    }

    @Test
    void aNameAfterAPartOfTheSeaAndOfIsNoTown() {
        Document d = GeoparserFixture.parse("Two tankers were seized in the Gulf of Aden and a ferry was held in "
                + "the Strait of Hormuz, the navy said in Karachi.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsOnly("Karachi");
    }
}
