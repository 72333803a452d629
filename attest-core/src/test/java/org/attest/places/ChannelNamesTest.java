package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.parse;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * A television channel named after a place and a number ("France 24", "Kurdistan 24") is a
 * medium, not a mention of the place; the same place before a count or a date still is. Sentences
 * of our own.
 */
class ChannelNamesTest {

    @Test
    void aChannelNumberEndsAMediumsName() {
        Document d = parse("Riot police cleared the square in Erbil on Sunday, France 24 reported.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Erbil");
        Document bracketed = parse("Riot police cleared the square in Erbil on Sunday (France 24).");
        assertThat(bracketed.places()).extracting(PlaceMention::surface).containsExactly("Erbil");
    }

    @Test
    void aCountOrADateAfterThePlaceKeepsIt() {
        Document count = parse("The strikers returned to France 24 hours later.");
        assertThat(count.places()).extracting(PlaceMention::surface).containsExactly("France");
        Document date = parse("Strikes spread across France 24 March, the unions said.");
        assertThat(date.places()).extracting(PlaceMention::surface).containsExactly("France");
    }
}
