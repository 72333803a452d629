package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A small town of a country the text names nothing else in is no town after "the": a town takes
 * no article, so the words name a street, district or feature at home. Sentences invented.
 */
class TheBeforeTownsTest {
    @Test
    void aSmallTownAbroadAfterTheIsNoTown() {
        Document street = GeoparserFixture.parse("In Santiago, Chile, students marched along the Alameda towards the "
                + "ministry on Thursday, and police detained twelve of them in Valparaiso.");
        assertThat(street.places()).extracting(PlaceMention::surface).doesNotContain("Alameda").contains("Santiago", "Valparaiso");
        Document district = GeoparserFixture.parse("In Kano, Nigeria, two traders were wounded when youths clashed in the "
                + "Dala area on Saturday.");
        assertThat(district.places()).extracting(PlaceMention::surface).doesNotContain("Dala").contains("Kano");
    }

    @Test
    void aTownWithoutTheStays() {
        Document d = GeoparserFixture.parse("In Chile, students marched in Santiago, and exiles rallied in Alameda, "
                + "California, on Thursday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Santiago", "Alameda");
    }
}
