package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Names that are no mention of a place, and a capital against a town that lists the capital's
 * name as an alternate, with invented sentences: a region's language or people ("slogans in
 * Catalan"), a country inside a confederation's name, a medium's name before "news network", a
 * surname after "El" ("Nada El Hassan"), "New Delhi" as the capital.
 */
class NotPlacesByWordTest {
    private static List<PlaceMention> named(Document d, String surface) {
        return d.places().stream().filter(p -> p.surface().equals(surface)).toList();
    }

    @Test
    void aRegionsLanguageIsNoTown() {
        Document d = GeoparserFixture.parse(
                "Hundreds of teachers chanted slogans in Catalan outside the education office in Girona on Friday.");
        assertThat(named(d, "Catalan")).isEmpty();
        assertThat(named(d, "Girona")).isNotEmpty();
    }

    @Test
    void aCountryInsideAConfederationsNameIsNoMention() {
        Document d = GeoparserFixture.parse("Roadblocks went up near Cochabamba, and the Confederation of Indigenous "
                + "Peoples of Bolivia said the strike would go on.");
        assertThat(d.places()).noneMatch(p -> p.kind() == PlaceKind.COUNTRY && "BO".equals(p.country()));
    }

    @Test
    void aCapitalNamedByItsOwnNameIsTheCapital() {
        Document d = GeoparserFixture.parse("Farmers from Karnal drove their tractors to New Delhi on Thursday.");
        assertThat(named(d, "New Delhi")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.geonameid()).isEqualTo(1261481L));
    }

    @Test
    void aNameBeforeNewsNetworkIsAMediumsName() {
        Document d = GeoparserFixture.parse("A reporter of the local Tolo news network was held for hours in Herat.");
        assertThat(named(d, "Tolo")).isEmpty();
        assertThat(named(d, "Herat")).isNotEmpty();
    }

    @Test
    void aCapitalisedWordAfterElInAPersonsNameIsASurname() {
        Document d = GeoparserFixture.parse("Energy Minister Nada El Hassan urged calm as crowds gathered in Sidon.");
        assertThat(named(d, "Hassan")).isEmpty();
        assertThat(named(d, "Sidon")).isNotEmpty();
    }
}
