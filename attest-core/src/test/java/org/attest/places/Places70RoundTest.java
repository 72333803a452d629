package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places70 round: sentences after a closing curly quote, numbered sites, peers' titles,
 * descriptive words before "province of", directions before plural cues, monuments, news
 * agencies in apposition, lists of persons and towns after "including". Invented sentences.
 */
class Places70RoundTest {
    @Test
    void aSentenceOpensAfterAFullStopInsideClosingCurlyQuotes() {
        Document d = GeoparserFixture.parse("Two students were charged with \u201cspreading corruption.\u201d "
                + "In Qom, a teacher was detained on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Qom");
    }

    @Test
    void aNameWithAHyphenAndANumberIsANumberedSiteNotTheTown() {
        Document d = GeoparserFixture.parse("Hundreds of exiles met at Ashraf-3 in Albania on Sunday, "
                + "and a second session opened in Tirana.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Ashraf")
                .contains("Albania", "Tirana");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Ashraf-3");
        Document missile = GeoparserFixture.parse("Officials said a Khorramshahr-4 missile was fired from a site "
                + "near Semnan.");
        assertThat(missile.places()).extracting(PlaceMention::surface).doesNotContain("Khorramshahr")
                .contains("Semnan");
        Document spaced = GeoparserFixture.parse("Exiles in the Ashraf 3 compound marked the anniversary of the "
                + "protests in Tehran, Mashhad and Sari.");
        assertThat(spaced.places()).extracting(PlaceMention::surface).doesNotContain("Ashraf");
    }

    @Test
    void aPeersTitleNamesNoPlace() {
        Document d = GeoparserFixture.parse("Lord Pennant of Liverpool told peers that workers in Tabriz "
                + "had been jailed, and the Earl of Sandwich agreed.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Liverpool", "Sandwich")
                .contains("Tabriz");
    }

    @Test
    void aWordBeforeProvinceOfANameDescribesTheProvince() {
        Document d = GeoparserFixture.parse("Police raided two homes in the Caspian province of Mazandaran "
                + "on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Caspian").contains("Mazandaran");
        // the sea's region is reported as a region the text names (places80), never as a town
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsOnlyOnce("Caspian");
        Document county = GeoparserFixture.parse("Farmers protested in the Shush county of Khuzestan.");
        assertThat(county.places()).extracting(PlaceMention::surface).contains("Shush", "Khuzestan");
    }

    @Test
    void aDirectionBeforeAPluralCueNamesNoProvince() {
        Document d = GeoparserFixture.parse("Southern provinces saw the largest rallies, while in Gilan "
                + "and Mazandaran provinces shops closed.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Southern")
                .contains("Gilan", "Mazandaran");
        Document two = GeoparserFixture.parse("Voters queued in the Northern and Eastern provinces of Sri Lanka.");
        assertThat(two.places()).filteredOn(p -> p.kind() == PlaceKind.PROVINCE)
                .extracting(PlaceMention::surface).contains("Northern", "Eastern");
    }

    @Test
    void aGateNamedAfterAPlaceIsAMonument() {
        Document d = GeoparserFixture.parse("Exiles marched through Berlin to the Brandenburg Gate on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Brandenburg").contains("Berlin");
    }

    @Test
    void aProvinceBeforeANewsAgencyThatNamesItselfIsWhere() {
        Document d = GeoparserFixture.parse("In Kermanshah, the state news agency IRNA said that two guards "
                + "were hurt.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Kermanshah");
    }

    @Test
    void twoPlaceNamesInARowInAListOfPersonsAreAPerson() {
        Document d = GeoparserFixture.parse("The prisoners named by the group are Kaveh Saberi, Soran Ahmadi, "
                + "Jamal Nouri and Omid Hosseini, all held in Urmia.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Soran", "Ahmadi").contains("Urmia");
    }

    @Test
    void townsAfterAPluralCueAndIncludingArePlacesThoughTheGazetteerLacksThem() {
        Document d = GeoparserFixture.parse("Strikes spread to smaller towns including Varzelan and Saqqez "
                + "on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Varzelan");
        Document second = GeoparserFixture.parse("Shops shut in cities such as Saqqez and Varzelan.");
        assertThat(second.unresolved()).extracting(Unresolved::surface).contains("Varzelan");
    }
}
