package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.model.Document;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/** Places round of 7 December 2026 (sets ev180-ev182: agency, rights-group and newspaper pages). Sentences of our own. */
class Places180RoundTest {
    static final long KOLLA_INDONESIA = 8384098;
    static final long TILCARA = 3834403;

    @Test
    void theSeatOfAThirdOrFourthOrderDivisionAbroadNeedsMoreThanItsName() {
        // Kolla is the seat of a village-level division in Indonesia and the name of a people of the Andes
        Document d = GeoparserFixture.parse("Leaders of Kolla and Diaguita communities blocked the highway near "
                + "Tilcara in Argentina's Jujuy province on Monday.");
        assertThat(ids(d)).contains(TILCARA).doesNotContain(KOLLA_INDONESIA);
    }

    @Test
    void aLakesOrAMountainsNameIsReportedWhole() {
        Document d = GeoparserFixture.parse("Marchers walked to Puno, the regional capital on the shores of Lake "
                + "Titicaca, and fishermen on Lake Victoria joined a strike.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Lake Titicaca", "Lake Victoria");
        assertThat(d.places()).noneMatch(p -> p.surface().contains("Victoria") || p.surface().contains("Titicaca"));
    }

    @Test
    void aDeltaIsTheRegionNotATownOrAStateOfItsName() {
        Document d = GeoparserFixture.parse("A union leader from the Nile Delta city of Mahalla al-Kubra died in custody. "
                + "Militants attacked an oil platform in the Niger Delta.");
        assertThat(d.places()).noneMatch(p -> p.surface().equals("Delta") || p.surface().equals("Niger"));
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Nile Delta", "Niger Delta");
        // the state of that name, with its cue, is still the state
        Document state = GeoparserFixture.parse("Gunmen killed two people in Delta State on Sunday.");
        assertThat(state.places()).extracting(p -> p.name()).contains("Delta");
    }

    @Test
    void aCitysAlternateNameAbroadAfterAGivenNameIsASurname() {
        // Al Ahmadi in Kuwait has "Ahmadi" among its alternate names; here it is a detainee's surname
        Document d = GeoparserFixture.parse("Iranian security forces held these teachers in Kurdistan province:\n\n"
                + "Soran Ahmadi, Marivan\n\nLeila Karimi, Baneh\n");
        assertThat(d.places()).noneMatch(p -> "KW".equals(p.country()));
        assertThat(d.places()).extracting(p -> p.name()).contains("Marivan", "Baneh");
    }

    @Test
    void chilesRegionsGoByGeoNamesOwnNames() {
        Document d = GeoparserFixture.parse("The government of the Santiago Metropolitan Region said on Wednesday it would "
                + "not reverse the fare rise, and police detained 30 people in Temuco, in Araucanía.");
        assertThat(d.places()).filteredOn(p -> p.kind() == org.attest.model.PlaceKind.PROVINCE)
                .extracting(p -> p.admin1()).containsExactly("Santiago Metropolitan", "Araucanía");
    }

    @Test
    void aProvincesBareNameIsItsSeatWhenTheGazetteerSpellsTheSeatWithAnArticle() {
        // GeoNames spells the seat of Jordan's Tafilah governorate "At Tafilah"
        Document d = GeoparserFixture.parse("Jordanian teachers protested in Amman on Sunday. In Tafilah, a teacher was "
                + "taken to hospital after police dispersed a sit-in.");
        assertThat(ids(d)).contains(250198L);
        Document cued = GeoparserFixture.parse("Jordanian teachers staged sit-ins across Tafilah governorate on Sunday.");
        assertThat(cued.places()).extracting(p -> p.kind()).contains(org.attest.model.PlaceKind.PROVINCE);
    }

    @Test
    void divisionsAreNamedWithoutTheTablesDesignatorUnlessTheRestIsGeneric() {
        assertThat(Admin1Display.of("Shan State")).isEqualTo("Shan");
        assertThat(Admin1Display.of("Sololá Department")).isEqualTo("Sololá");
        assertThat(Admin1Display.of("Dhaka Division")).isEqualTo("Dhaka");
        assertThat(Admin1Display.of("Northern Region")).isEqualTo("Northern Region");
        assertThat(Admin1Display.of("Federal District")).isEqualTo("Federal District");
        assertThat(Admin1Display.of("National Capital Region")).isEqualTo("National Capital Region");
        assertThat(Admin1Display.of("Fars")).isEqualTo("Fars");
        Document d = GeoparserFixture.parse("Three students were sentenced in Taunggyi, the capital of Shan State.");
        assertThat(d.places()).extracting(p -> p.admin1()).containsOnly("Shan");
    }

    @Test
    void aCapitalisedCommonWordBeforeAPartWordNamesThePart() {
        Document d = GeoparserFixture.parse("Residents of Pale township, in Sagaing Region, said a jet bombed a school, "
                + "and fighting spread in the Old quarter and the North district.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Pale").doesNotContain("Old", "North");
    }
}
