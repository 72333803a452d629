package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places130 round: a province that opens the name of a monitoring group ("the X Human Rights
 * Observatory") is the group's name, not a mention of the province; a province on a site's
 * navigation line ("Home | News | X | Archive") names a section of the site. Invented sentences.
 */
class Places130RoundTest {
    @Test
    void aProvinceThatNamesAnObservatoryIsNoMention() {
        Document d = GeoparserFixture.parse("Two teachers were detained in Tabriz on Monday, the Gilan Human Rights "
                + "Observatory said in a statement.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tabriz").doesNotContain("Gilan");
    }

    @Test
    void aProvinceOnASiteMenuIsNoMention() {
        Document d = GeoparserFixture.parse("Home | Daily News | Gilan | Statistics | Contact\n"
                + "Two teachers were detained in Tabriz on Monday, their families said.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tabriz").doesNotContain("Gilan");
    }

    @Test
    void aBylineWithOneBarStillPlacesItsTown() {
        Document d = GeoparserFixture.parse("Farmers blocked the road to the port on Monday.\n"
                + "Police detained four of them | Gilan\nThe union said more would come.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Gilan");
    }
}
