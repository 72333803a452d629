package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.places.GeoparserFixture.ids;

import org.attest.gazetteer.Admin1;
import org.attest.gazetteer.Admin1Table;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Places of the round on Latin American, South Asian and European reports, with invented
 * sentences: a surname that is a town, closed by an age or a role in apposition, is a person;
 * Spanish and Portuguese given names before a capitalised word make it a surname; capital
 * districts have their admin1. The round's other rules are in the other
 * {@code QuantityDatePlaceLatAm*Test} classes.
 */
class QuantityDatePlaceLatAmPlacesTest {
    static final long MENDOZA = 3844421;
    static final long ROCHA_URUGUAY = 3440777;
    static final long ALWAR = 1278946;
    static final long BRASILIA = 3469058;
    static final long ISLAMABAD = 1176615;

    @Test
    void aSurnameClosedByAnAgeBetweenCommasIsAPerson() {
        Document d = GeoparserFixture.parse("\"We are many,\" said Teresa Ruiz Mendoza, 41, who marched with her son in Quito.");
        assertThat(ids(d)).doesNotContain(MENDOZA);
    }

    @Test
    void aSurnameClosedByARoleInAppositionIsAPerson() {
        Document d = GeoparserFixture.parse("Police detained 90 people, said Ivanir Rocha, the governor of the state.");
        assertThat(ids(d)).doesNotContain(ROCHA_URUGUAY);
    }

    @Test
    void aTownAfterAPrepositionBeforeAFigureStaysAPlace() {
        assertThat(ids(GeoparserFixture.parse("Farmers blocked roads near Mendoza, 19 of them were detained.")))
                .contains(MENDOZA);
        assertThat(ids(GeoparserFixture.parse("In Mendoza, the governor said calm had returned."))).contains(MENDOZA);
        assertThat(ids(GeoparserFixture.parse("Police in Gran Mendoza, 19 people were detained.")))
                .contains(MENDOZA); // a figure that opens the next clause is no age
    }

    @Test
    void aSpanishGivenNameBeforeACapitalisedWordIsAPerson() {
        Document d = GeoparserFixture.parse("A fifteen-year-old, Alvaro Ledezma died of a gunshot wound in Managua.");
        assertThat(ids(d)).doesNotContain(ALWAR);
    }

    @Test
    void capitalDistrictsHaveTheirAdmin1() {
        Admin1Table table = Admin1Table.loadDefault();
        assertThat(table.byCode("BR", "07")).map(Admin1::name).contains("Federal District");
        assertThat(table.byCode("CO", "34")).map(Admin1::name).contains("Bogotá D.C.");
        assertThat(table.byCode("PK", "08")).map(Admin1::name).contains("Islamabad Capital Territory");
        assertThat(table.byCode("ET", "44")).map(Admin1::name).contains("Addis Ababa City Administration");
        Document d = GeoparserFixture.parse("Thousands marched in Brasilia and in Islamabad on Sunday.");
        assertThat(d.places()).filteredOn(p -> p.geonameid() != null && p.geonameid() == BRASILIA)
                .extracting(PlaceMention::admin1).containsOnly("Federal District");
        assertThat(d.places()).filteredOn(p -> p.geonameid() != null && p.geonameid() == ISLAMABAD)
                .extracting(PlaceMention::admin1).containsOnly("Islamabad Capital Territory");
    }
}
