package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The town a byline files from is no place of the report; a town listed beside towns stays a
 * town when a province of its name was cued elsewhere; a name the gazetteer lacks after "in" or
 * "at", where the clause goes on, is a place; a small town abroad that a longer name goes on
 * from is no town. Sentences and names invented.
 */
class BylinesListsAndClausesTest {
    @Test
    void theTownAfterAReportersNameInABylineIsNoPlace() {
        Document dash = GeoparserFixture.parse("Dockers strike in Izmir over unpaid wages\n\nMeral Tunckol \u2013 Ankara\n\n"
                + "Hundreds of dockers walked out in Izmir on Monday.");
        assertThat(dash.places()).extracting(PlaceMention::surface).doesNotContain("Ankara").contains("Izmir");
        Document dot = GeoparserFixture.parse("Miners march in Cali\n\nLucia Orbegozo \u00b7 Medellin correspondent\n\n"
                + "Miners marched through Cali on Friday.");
        assertThat(dot.places()).extracting(PlaceMention::surface).doesNotContain("Medellin").contains("Cali");
    }

    @Test
    void aTownNamedInTheTextStaysAPlaceOutsideTheByline() {
        Document d = GeoparserFixture.parse("Teachers rally in Ankara\n\nThousands of teachers rallied in Ankara on Monday "
                + "\u2013 Istanbul followed.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Ankara", "Istanbul");
    }

    @Test
    void aListedTownStaysATownThoughItsProvinceWasCued() {
        Document d = GeoparserFixture.parse("Unrest spread across Kisumu County and Migori County. "
                + "Vigils were held in Kisumu and Migori on Friday evening.");
        assertThat(d.places()).filteredOn(m -> m.surface().equals("Migori") && m.span().start() > 50)
                .extracting(PlaceMention::kind).containsOnly(PlaceKind.CITY);
    }

    @Test
    void anUnknownNameAfterInOrAtWhereTheClauseGoesOnIsAPlace() {
        Document d = GeoparserFixture.parse("In Kenya, a magistrate in Velmaruk ordered the release of four students. "
                + "Police broke up a vigil at Dornavelli and arrested two men near Nairobi. "
                + "One trader died at Kalo Sirvani.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmaruk", "Dornavelli", "Kalo Sirvani");
        Document none = GeoparserFixture.parse("Students in Kenya held a lecture in Defence of Liberty in Nairobi and "
                + "a meeting at Velmaruk Hall.");
        assertThat(none.unresolved()).extracting(Unresolved::surface).doesNotContain("Defence", "Velmaruk");
    }

    @Test
    void aSmallTownAbroadThatALongerNameGoesOnFromIsNoTown() {
        Document d = GeoparserFixture.parse("Farmers blocked roads near Agen and Toulouse in France. "
                + "The protest was called by the union Terres du Vallon, whose members marched in Auch.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Terres").contains("Agen", "Toulouse");
    }
}
