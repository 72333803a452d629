package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places21 round: a province's short name against a large city of its own name abroad, a
 * province that qualifies a town before a country, world regions no candidate stands in, a seat
 * of government named as a building, towns whose names say nothing of a country, and the unknown
 * end of a road between towns. Invented sentences; "Zelenko" is in no gazetteer.
 */
class Places21RoundTest {
    @Test
    void aProvincesShortNameIsTheLargeCityAbroadWhenNothingElseNamesItsCountry() {
        Document d = GeoparserFixture.parse("Fans filled the streets of Manchester after the final on Saturday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Manchester"))
                .extracting(PlaceMention::kind, PlaceMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.CITY, "GB"));
    }

    @Test
    void theProvinceStaysWhenTheTextNamesItsCountry() {
        Document d = GeoparserFixture.parse("Jamaica's police said gunmen struck in Manchester and Kingston overnight.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Manchester"))
                .extracting(PlaceMention::kind, PlaceMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.PROVINCE, "JM"));
    }

    @Test
    void aProvinceQualifyingATownBeforeItsCountryIsTheProvince() {
        Document d = GeoparserFixture.parse("Hundreds rallied outside the courthouse in Los Angeles, California, US, on Friday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("California"))
                .extracting(PlaceMention::kind, PlaceMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.PROVINCE, "US"));
    }

    @Test
    void worldRegionsWithoutACandidateAreReported() {
        Document d = GeoparserFixture.parse("The ban is among Europe's harshest, lawyers in Warsaw said. "
                + "Strikes spread across Siberia and Russia's far east.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Europe", "Siberia", "far east");
    }

    @Test
    void aNamedRegionOfAStateIsNoMentionOfTheState() {
        Document d = GeoparserFixture.parse("Many exiles in Southern California joined the march in Los Angeles.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Southern California");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("California");
    }

    @Test
    void theWhiteHouseIsNoTown() {
        Document d = GeoparserFixture.parse("Marchers walked from the Capitol to the White House in Washington.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("MA");
        Document c = GeoparserFixture.parse("Football fans celebrated in Casablanca on Sunday.");
        assertThat(c.places()).extracting(PlaceMention::country).contains("MA");
    }

    @Test
    void aTownNamedByALargeCitysAlternateAbroadDoesNotPullTheText() {
        Document d = GeoparserFixture.parse("Police held dozens in London after the Manchester bombing. "
                + "Four more were held on Westminster Bridge.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Manchester"))
                .extracting(PlaceMention::country).containsExactly("GB");
    }

    @Test
    void theUnknownEndOfARoadBetweenTownsIsReported() {
        Document d = GeoparserFixture.parse("Lorries stood idle on the Zelenko-Tabriz road in Iran on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zelenko");
        Document k = GeoparserFixture.parse("The Tehran-Karaj highway was closed on Monday.");
        assertThat(k.unresolved()).isEmpty();
    }
    @Test
    void anAcronymAfterACapitalisedWordIsNoPartOfALooseSpelling() {
        Document d = GeoparserFixture.parse("Broad US tariffs have hurt farmers for years.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("US");
    }

    @Test
    void namedRegionsOfTheListAreReported() {
        Document d = GeoparserFixture.parse("Shelling resumed across Donbas and Darfur saw new fighting.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Donbas", "Darfur");
    }
    @Test
    void aTownsNameBeforeParkNamesThePark() {
        Document d = GeoparserFixture.parse("Crowds filled Gorky Park in Moscow on Saturday.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Moscow");
        Document c = GeoparserFixture.parse("Students marched in College Park on Saturday.");
        assertThat(c.places()).extracting(PlaceMention::surface).containsExactly("College Park");
    }

    @Test
    void aRegionClosingAnOrganisationsNameIsNoRegionMentioned() {
        Document d = GeoparserFixture.parse("The Council of Europe said the marches had spread across Scandinavia.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Scandinavia");
    }
}
