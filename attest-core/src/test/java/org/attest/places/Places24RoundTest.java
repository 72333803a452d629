package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places24 round: a country's name that only says whose money an amount is, a region no
 * division names alone, a small seat of a province the text named with its cue, an unknown
 * commune named after "of", and a small town that only opens a longer unknown name. Invented sentences; "Tarvel" is in no gazetteer.
 */
class Places24RoundTest {
    @Test
    void aCountryBeforeAMoneyNounIsNoPlace() {
        Document d = GeoparserFixture.parse("In Lagos, bus fares rose to 40 US cents a ride on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("US");
        Document dollars = GeoparserFixture.parse("Traders in Harare asked to be paid in Hong Kong dollars.");
        assertThat(dollars.places()).extracting(PlaceMention::surface).doesNotContain("Hong Kong");
    }

    @Test
    void kashmirAloneIsTheRegionBesideTheStatesFullName() {
        Document d = GeoparserFixture.parse("Curbs were eased in Jammu and Kashmir on Monday, "
                + "but shops stayed shut across Kashmir.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Jammu and Kashmir");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Kashmir");
    }

    @Test
    void aSmallSeatNamedBareAfterItsCuedProvinceIsTheProvince() {
        Document d = GeoparserFixture.parse("In Cambodia, farmers marched in Kampong Cham province on Monday. "
                + "The party's offices in Kampong Cham stayed shut.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Kampong Cham"))
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.PROVINCE);
    }

    @Test
    void anUnknownCommuneAfterOfIsReported() {
        Document d = GeoparserFixture.parse("In Cambodia, police held the deputy chief of Tarvel commune, an elected post, on Friday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Tarvel");
    }

    @Test
    void aSmallTownBeforeAWordOnlyALooseSpellingFindsIsHalfOfALongerName() {
        Document d = GeoparserFixture.parse("In Indonesia, students marched in Bendungan Hilir, a Jakarta quarter, on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Bendungan").contains("Jakarta");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Bendungan Hilir");
        Document kept = GeoparserFixture.parse("In Iran, Tehran Governor Ali Rahimi said shops would reopen.");
        assertThat(kept.places()).extracting(PlaceMention::surface).contains("Tehran");
    }

    @Test
    void aTwoWordUnknownNameBeforeInItsTownInAListIsReported() {
        Document d = GeoparserFixture.parse("In Indonesia, students rallied in many places, including Velmar Hulu "
                + "in Jakarta and Bandung.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmar Hulu");
    }
}
