package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places60 round: local reports of the US, Canada, the UK and Ireland. Invented sentences.
 */
class Places60RoundTest {
    @Test
    void aRegionOfSeveralCountiesOrProvincesIsReportedAndHoldsNoTownOrCountry() {
        Document d = GeoparserFixture.parse("Bakers in Halifax said flour prices rose across Atlantic Canada this winter.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Halifax");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Atlantic Canada");
        Document uk = GeoparserFixture.parse("Bus drivers in Bolton walked out, West Yorkshire's depots joined them, "
                + "and strikes spread across the North West.");
        assertThat(uk.places()).extracting(PlaceMention::surface).containsExactly("Bolton");
        assertThat(uk.unresolved()).extracting(Unresolved::surface).contains("West Yorkshire", "North West");
    }

    @Test
    void aCommonWordJoinedByAndToATownAfterInIsAtHomeToo() {
        Document d = GeoparserFixture.parse("Dockers in Dublin, Ireland, struck on Monday. "
                + "Pickets may follow in Wexford, Tralee and Cork.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tralee", "Cork");
    }

    @Test
    void aTownsCityCouncilNamesTheTown() {
        Document d = GeoparserFixture.parse("Tenants lobbied Leicester City Council over repairs on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Leicester");
    }

    @Test
    void theHomeCountrysDemonymNamesItInALocalReport() {
        Document d = GeoparserFixture.parse("Porters in Cork and Tralee protested on Monday, "
                + "the largest walkout at any Irish port this year.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.COUNTRY)
                .extracting(PlaceMention::country).containsExactly("IE");
        Document abroad = GeoparserFixture.parse("Porters in Cork and Tralee protested on Monday, "
                + "waving French flags.");
        assertThat(abroad.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY);
        Document named = GeoparserFixture.parse("Porters in Cork, Ireland, protested at an Irish port.");
        assertThat(named.places()).filteredOn(p -> p.kind() == PlaceKind.COUNTRY)
                .extracting(PlaceMention::surface).containsOnly("Ireland");
    }

    @Test
    void wordsOfDirectionAloneAreARegionNoTown() {
        Document d = GeoparserFixture.parse("Nurses in Sligo and Donegal, in the health board's West and "
                + "North West area, marched on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("West", "North West");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("North West");
        Document province = GeoparserFixture.parse("In South Africa, miners marched in Rustenburg, North West province.");
        assertThat(province.places()).filteredOn(p -> p.surface().equals("North West"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }

    @Test
    void aProvinceBeforeACityCueAfterAnArticleIsTheProvince() {
        Document d = GeoparserFixture.parse("Grocers in Duluth said no Minnesota town had tried it, "
                + "and it was the first time a Minnesota city had backed a boycott.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Minnesota"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }

    @Test
    void aTownHallIsABuildingNoTown() {
        Document d = GeoparserFixture.parse("Campaigners in Dundee plan a march to the Town Hall, then on to City Hall.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Dundee");
    }

    @Test
    void anUnknownVillageBeforeItsCueMayHoldACommonWord() {
        Document d = GeoparserFixture.parse("In Myanmar, soldiers burned houses in Mya Tan village on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Mya Tan");
        Document common = GeoparserFixture.parse("In Myanmar, soldiers burned houses in the Long Hill district on Sunday.");
        assertThat(common.unresolved()).extracting(Unresolved::surface).doesNotContain("Long Hill");
    }
}
