package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The agency a dateline credits in brackets, an organisation word that closes a name ("State
 * University", "City College"), and a given name before name particles ("Vincent van Gogh") are
 * no places. Sentences and names invented.
 */
class AgenciesSchoolsAndParticlesTest {
    @Test
    void theAgencyInBracketsAfterADatelineIsNoTown() {
        Document d = GeoparserFixture.parse("HALIFAX, Nova Scotia (Atlas) — Truckers blocked a bridge in Halifax on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Atlas").contains("Halifax");
    }

    @Test
    void aProvinceInBracketsInRunningTextIsNoAgency() {
        Document d = GeoparserFixture.parse("Teachers marched in Sanandaj (Kurdistan) and Tabriz on Sunday, Iran's unions said.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Sanandaj", "Tabriz");
    }

    @Test
    void anOrganisationWordThatClosesANameIsNoTown() {
        Document d = GeoparserFixture.parse("Police cleared a lawn at Harlow State University in Portland, Oregon. "
                + "Dozens were held at the City College of New York, and more at Brown University in Providence, Rhode Island.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("University", "College")
                .contains("Portland", "Providence");
    }

    @Test
    void aGivenNameBeforeNameParticlesIsAPerson() {
        Document d = GeoparserFixture.parse("Two women glued themselves to a frame of a Vincent van Gogh painting in London on Friday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Vincent").contains("London");
    }

    @Test
    void aSentenceOpeningWordLooselySpeltLikeAnotherNameOfATownAbroadIsNoTown() {
        Document d = GeoparserFixture.parse("Voters in Brussels and Antwerp went to the polls across Belgium on Sunday. "
                + "Turnout across the country was about 60 percent, officials in Brussels said.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Turnout").contains("Brussels", "Antwerp");
    }
}
