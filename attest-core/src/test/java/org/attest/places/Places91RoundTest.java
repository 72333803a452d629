package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places91 round: a name that towns of several countries share, in a list whose other members
 * lie in several countries, is read as its biggest town in those countries when that town is a
 * large city well ahead of the others (a county seat of the name no longer wins on its feature
 * code). Invented sentences.
 */
class Places91RoundTest {
    @Test
    void anAmbiguousTownInAMixedListLeansToTheListsOtherCountry() {
        Document d = GeoparserFixture.parse("Teachers marched in Chicago, Vancouver and Montreal on Friday to "
                + "demand higher pay, and unions in Canada backed the strikes.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Vancouver")).extracting(PlaceMention::country)
                .containsOnly("CA");
    }

    @Test
    void aMixedListOfLargeCitiesReadsTheLargeCityOfAnAmbiguousName() {
        Document d = GeoparserFixture.parse("Crowds filled bars in Seattle, Vancouver and Calgary for the final.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Vancouver")).extracting(PlaceMention::country)
                .containsOnly("CA");
    }
}
